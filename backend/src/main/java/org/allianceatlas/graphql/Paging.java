package org.allianceatlas.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.stereotype.Component;

/**
 * Relay cursor connections over lists in a stable order. A cursor is an opaque, encoded
 * position in the whole list (the same encoding as before, so cursors given out earlier
 * still work). A page is cut from the whole list, which also gives its
 * {@code totalCount}, or, for long lists, by the database ({@link #window},
 * {@link #page(Page, Function, Supplier)}).
 */
@Component
public class Paging {

	private static final String PREFIX = "atlas:";

	private static final Pattern SEARCH_WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	/**
	 * Far beyond any list here; keeps offset arithmetic from overflowing on a forged
	 * cursor.
	 */
	private static final int MAX_POSITION = 1_000_000_000;

	private final GraphQlLimits limits;

	Paging(GraphQlLimits limits) {
		this.limits = limits;
	}

	/**
	 * One page of a whole list, by the Relay algorithm: {@code after} and {@code before}
	 * cut the list, then {@code first} keeps the head of what is left and {@code last}
	 * its tail. Without either, the first default-size page. {@code first: 0} and
	 * {@code last: 0} are allowed and give an empty page that still has its
	 * {@code totalCount} (the rule {@code limit: 0} follows too). Cursors are positions
	 * in the whole list, so {@code hasNextPage} and {@code hasPreviousPage} are always
	 * known.
	 */
	public <T> Connection<T> page(List<T> list, Page page) {
		List<T> all = (list != null) ? list : List.of();
		Window window = window(all.size(), page);
		return connection(all.subList(window.start(), window.end()), window, all.size());
	}

	/**
	 * Where a page starts and ends in a list of {@code total} items, by the same rules as
	 * {@link #page(List, Page)}: for a list too long to read whole, whose page the
	 * database cuts ({@code SKIP start LIMIT size}).
	 */
	public Window window(int total, Page page) {
		Integer first = checked("first", page.first());
		Integer last = checked("last", page.last());
		if (first == null && last == null) {
			first = this.limits.defaultPageSize();
		}
		int start = (page.after() != null) ? Math.min(decode("after", page.after()) + 1, total) : 0;
		int end = (page.before() != null) ? Math.min(decode("before", page.before()), total) : total;
		end = Math.max(start, end);
		if (first != null) {
			end = Math.min(end, start + first);
		}
		if (last != null) {
			start = Math.max(start, end - last);
		}
		return new Window(start, end);
	}

	/**
	 * The connection of a page's items, read for that window of a list of {@code total}.
	 */
	public <T> Connection<T> connection(List<T> items, Window window, int total) {
		List<Edge<T>> edges = new ArrayList<>();
		for (int i = 0; i < items.size() && window.start() + i < window.end(); i++) {
			edges.add(new Edge<>(encode(window.start() + i), items.get(i)));
		}
		return new Connection<>(edges, pageInfo(edges, window.end() < total, window.start() > 0), total);
	}

	/**
	 * A page the database cuts when it can. A page counted from the start of the list or
	 * from an {@code after} cursor (no {@code last}, no {@code before}) has the same
	 * window whatever the list's size, but for the end of the list: {@code readWindow}
	 * gets that window and answers the items in it and the whole list's size, in one
	 * query. Any other page needs the size first, so it is cut from the whole list
	 * ({@code readAll}). Both give the same connection as {@link #page(List, Page)} of
	 * the whole list. When the selection does not ask for the {@code totalCount}, the
	 * window is not counted and reaches one item further, which tells whether a next page
	 * follows; the connection's {@code totalCount} is then null.
	 */
	public <T> Connection<T> page(Page page, Function<Window, Slice<T>> readWindow, Supplier<List<T>> readAll) {
		if (page.last() != null || page.before() != null) {
			return page(readAll.get(), page);
		}
		Window asked = window(Integer.MAX_VALUE, page);
		if (page.counted()) {
			Slice<T> slice = readWindow.apply(asked);
			return connection(slice.items(), window(slice.total(), page), slice.total());
		}
		// no totalCount asked for: the database reads one item past the page (to tell
		// whether there is a next page) and stops, where counting reads every match
		List<T> items = readWindow.apply(new Window(asked.start(), asked.end() + 1, false)).items();
		boolean more = items.size() > asked.size();
		List<T> shown = more ? items.subList(0, asked.size()) : items;
		List<Edge<T>> edges = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			edges.add(new Edge<>(encode(asked.start() + i), shown.get(i)));
		}
		return new Connection<>(edges, pageInfo(edges, more, asked.start() > 0), null);
	}

	private static <T> PageInfo pageInfo(List<Edge<T>> edges, boolean hasNext, boolean hasPrevious) {
		String startCursor = edges.isEmpty() ? null : edges.getFirst().cursor();
		String endCursor = edges.isEmpty() ? null : edges.getLast().cursor();
		return new PageInfo(hasNext, hasPrevious, startCursor, endCursor);
	}

	/** A page of a whole list, its items mapped. */
	public <T, R> Connection<R> page(List<T> all, Page page, Function<T, R> mapper) {
		return page(all.stream().map(mapper).toList(), page);
	}

	private Integer checked(String argument, Integer size) {
		if (size == null) {
			return null;
		}
		if (size < 0) {
			throw new BadArgumentException(argument, "must not be negative");
		}
		if (size > this.limits.maxPageSize()) {
			throw new LimitExceededException(argument,
					"is " + size + ", more than the largest page of " + this.limits.maxPageSize() + " items");
		}
		return size;
	}

	/**
	 * A limit for a list that is not paged (search), checked like {@code first}: 0 gives
	 * an empty list.
	 */
	public int limit(String argument, Integer requested, int fallback) {
		return checked(argument, (requested != null) ? requested : fallback);
	}

	/**
	 * Checks a search text against the limits of length and words; a word is a run of
	 * letters, marks and digits, as the search splits it.
	 */
	public void checkSearchText(String argument, String text) {
		if (text.length() > this.limits.maxSearchLength()) {
			throw new LimitExceededException(argument, "is " + Words.number(text.length())
					+ " characters long, more than the limit of " + this.limits.maxSearchLength() + " characters");
		}
		long words = SEARCH_WORD.matcher(text).results().count();
		if (words > this.limits.maxSearchWords()) {
			throw new LimitExceededException(argument,
					"has " + words + " words, more than the limit of " + this.limits.maxSearchWords() + " words");
		}
	}

	private static int decode(String argument, String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				int position = Integer.parseInt(text.substring(PREFIX.length()));
				if (position >= 0 && position < MAX_POSITION) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw new BadArgumentException(argument, "is not a cursor returned by this API");
	}

	static String encode(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The paging arguments of a connection field, as the client gave them (any may be
	 * null).
	 */
	public record Page(Integer first, String after, Integer last, String before, boolean counted) {

		/** Paging arguments for a page whose list is counted. */
		public Page(Integer first, String after, Integer last, String before) {
			this(first, after, last, before, true);
		}

		/**
		 * The paging arguments of the field being fetched, and whether its selection asks
		 * for the {@code totalCount}.
		 */
		public static Page of(DataFetchingEnvironment env) {
			boolean counted = env.getSelectionSet()
				.getImmediateFields()
				.stream()
				.anyMatch(f -> "totalCount".equals(f.getName()));
			return new Page(env.getArgument("first"), env.getArgument("after"), env.getArgument("last"),
					env.getArgument("before"), counted);
		}

	}

	/**
	 * A page with its edges, their nodes, where it stands and the size of the whole list.
	 */
	/**
	 * @param totalCount null when the selection did not ask for it and the list was not
	 * counted
	 */
	public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {

		/** The items of the page without their cursors. */
		public List<T> nodes() {
			return this.edges.stream().map(Edge::node).toList();
		}

	}

	public record Edge<T>(String cursor, T node) {
	}

	/**
	 * A page's place in a whole list: its first position and the one after its last, and
	 * whether the list is to be counted too.
	 */
	public record Window(int start, int end, boolean counted) {

		public Window(int start, int end) {
			this(start, end, true);
		}

		/** How many items the page holds. */
		public int size() {
			return this.end - this.start;
		}

	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/**
	 * The items of a window of a list, as the database cut them, and the whole list's
	 * size (null when the window was not counted).
	 */
	public record Slice<T>(Integer total, List<T> items) {
	}

}
