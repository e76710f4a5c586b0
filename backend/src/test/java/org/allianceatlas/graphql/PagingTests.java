package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The Relay paging algorithm of every connection, without the database. */
class PagingTests {

	private static final List<Integer> TEN = IntStream.range(0, 10).boxed().toList();

	private final Paging paging = new Paging(new Binder(new MapConfigurationPropertySource(
			Map.of("atlas.graphql.default-page-size", "4", "atlas.graphql.max-page-size", "6")))
		.bindOrCreate("atlas.graphql", GraphQlLimits.class));

	@Test
	void firstAfterAndLastBeforeCutTheSameList() {
		Paging.Connection<Integer> head = page(3, null, null, null);
		assertThat(head.nodes()).containsExactly(0, 1, 2);
		assertThat(head.totalCount()).isEqualTo(10);
		assertThat(head.pageInfo()).isEqualTo(new Paging.PageInfo(true, false, cursor(head, 0), cursor(head, 2)));

		Paging.Connection<Integer> next = page(3, head.pageInfo().endCursor(), null, null);
		assertThat(next.nodes()).containsExactly(3, 4, 5);
		assertThat(next.pageInfo().hasPreviousPage()).isTrue();

		Paging.Connection<Integer> tail = page(null, null, 3, null);
		assertThat(tail.nodes()).containsExactly(7, 8, 9);
		assertThat(tail.pageInfo().hasNextPage()).isFalse();
		assertThat(tail.pageInfo().hasPreviousPage()).isTrue();

		Paging.Connection<Integer> before = page(null, null, 3, tail.pageInfo().startCursor());
		assertThat(before.nodes()).containsExactly(4, 5, 6);
		assertThat(before.pageInfo().hasNextPage()).isTrue();

		Paging.Connection<Integer> between = page(null, head.edges().get(1).cursor(), null,
				next.edges().get(2).cursor());
		assertThat(between.nodes()).containsExactly(2, 3, 4);
		assertThat(page(null, null, 2, next.edges().get(0).cursor()).nodes()).containsExactly(1, 2);
	}

	@Test
	void withoutFirstOrLastTheDefaultPage() {
		assertThat(page(null, null, null, null).nodes()).containsExactly(0, 1, 2, 3);
	}

	@Test
	void zeroGivesAnEmptyPageWithTheTotal() {
		Paging.Connection<Integer> none = page(0, null, null, null);
		assertThat(none.edges()).isEmpty();
		assertThat(none.totalCount()).isEqualTo(10);
		assertThat(none.pageInfo()).isEqualTo(new Paging.PageInfo(true, false, null, null));
		assertThat(page(null, null, 0, null).edges()).isEmpty();
		assertThat(this.paging.limit("limit", 0, 20)).isZero();
		assertThat(this.paging.page(null, new Paging.Page(2, null, null, null)).totalCount()).isZero();
	}

	@Test
	void badSizesAndForeignCursorsNameTheirArgument() {
		assertThatThrownBy(() -> page(7, null, null, null)).isInstanceOf(LimitExceededException.class)
			.hasMessage("Argument 'first' is 7, more than the largest page of 6 items");
		assertThatThrownBy(() -> page(null, null, -1, null)).isInstanceOf(BadArgumentException.class)
			.hasMessage("Argument 'last' must not be negative");
		assertThatThrownBy(() -> page(null, null, null, "forged")).isInstanceOf(BadArgumentException.class)
			.hasMessage("Argument 'before' is not a cursor returned by this API");
		assertThatThrownBy(() -> this.paging.limit("limit", -1, 20)).isInstanceOf(BadArgumentException.class)
			.hasMessageContaining("'limit'");
	}

	/**
	 * A page the database cuts is the page of the whole list, for every forward page (the
	 * cut asked for holds just that page's items); a backward page reads the whole list.
	 */
	@Test
	void aPageCutByTheDatabaseIsThePageOfTheWholeList() {
		List<String> cursors = page(6, null, null, null).edges().stream().map(Paging.Edge::cursor).toList();
		String afterLast = page(null, null, 1, null).pageInfo().endCursor();
		List<String> afters = new ArrayList<>(cursors);
		afters.add(null);
		afters.add(afterLast);
		for (String after : afters) {
			for (Integer first : new Integer[] { null, 0, 1, 4, 6 }) {
				Paging.Page page = new Paging.Page(first, after, null, null);
				List<Paging.Window> asked = new ArrayList<>();
				Paging.Connection<Integer> cut = this.paging.page(page, (window) -> {
					asked.add(window);
					List<Integer> items = TEN.subList(Math.min(window.start(), 10), Math.min(window.end(), 10));
					return new Paging.Slice<>(10, items);
				}, () -> {
					throw new AssertionError("a forward page must not read the whole list");
				});
				assertThat(cut).as("first %s after %s", first, after).isEqualTo(this.paging.page(TEN, page));
				assertThat(asked).singleElement()
					.satisfies(w -> assertThat(w.size()).isLessThanOrEqualTo((first != null) ? first : 4));
			}
		}
		Paging.Page backward = new Paging.Page(null, null, 3, null);
		assertThat(this.paging.page(backward, (window) -> {
			throw new AssertionError("a backward page needs the whole list");
		}, () -> TEN)).isEqualTo(this.paging.page(TEN, backward));
	}

	/**
	 * A page whose selection asks for no {@code totalCount}: the database reads one item
	 * past the page and counts nothing, and the page, its cursors and whether more follow
	 * or precede are those of the whole list's page.
	 */
	@Test
	void aPageNotCountedReadsOneItemMoreAndHasTheSameEdgesAndPageInfo() {
		List<String> afters = new ArrayList<>(
				page(6, null, null, null).edges().stream().map(Paging.Edge::cursor).toList());
		afters.add(null);
		afters.add(page(null, null, 1, null).pageInfo().endCursor());
		for (String after : afters) {
			for (Integer first : new Integer[] { null, 0, 1, 4, 6 }) {
				List<Paging.Window> asked = new ArrayList<>();
				Paging.Connection<Integer> cut = this.paging.page(new Paging.Page(first, after, null, null, false),
						(window) -> {
							asked.add(window);
							return new Paging.Slice<>(null,
									TEN.subList(Math.min(window.start(), 10), Math.min(window.end(), 10)));
						}, () -> {
							throw new AssertionError("a forward page must not read the whole list");
						});
				Paging.Connection<Integer> whole = page(first, after, null, null);
				assertThat(cut.edges()).as("first %s after %s", first, after).isEqualTo(whole.edges());
				assertThat(cut.pageInfo()).as("first %s after %s", first, after).isEqualTo(whole.pageInfo());
				assertThat(cut.totalCount()).isNull();
				assertThat(asked).singleElement().satisfies((w) -> {
					assertThat(w.counted()).isFalse();
					assertThat(w.size()).isEqualTo(((first != null) ? first : 4) + 1);
				});
			}
		}
	}

	private Paging.Connection<Integer> page(Integer first, String after, Integer last, String before) {
		return this.paging.page(TEN, new Paging.Page(first, after, last, before));
	}

	private static String cursor(Paging.Connection<Integer> page, int index) {
		return page.edges().get(index).cursor();
	}

}
