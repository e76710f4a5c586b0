package org.allianceatlas.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Relay cursor pages over lists ordered by a stable key. A cursor is an opaque, encoded
 * position; a page asks the database for one row more than it returns, to know whether
 * another page follows.
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

	/** The requested window, checked against the maximum page size. */
	public Window window(Integer first, String after) {
		int size = (first != null) ? first : this.limits.defaultPageSize();
		if (size < 0) {
			throw new BadArgumentException("first", "must not be negative");
		}
		if (size > this.limits.maxPageSize()) {
			throw new LimitExceededException("first",
					"is " + size + ", more than the largest page of " + this.limits.maxPageSize() + " items");
		}
		return new Window((after != null) ? decode(after) + 1 : 0, size);
	}

	/** A limit for a list that is not paged (search), checked the same way. */
	public int limit(String argument, Integer requested, int fallback) {
		int size = (requested != null) ? requested : fallback;
		if (size < 1) {
			throw new BadArgumentException(argument, "must be at least 1, not " + size);
		}
		if (size > this.limits.maxPageSize()) {
			throw new LimitExceededException(argument,
					"is " + size + ", more than the largest page of " + this.limits.maxPageSize() + " items");
		}
		return size;
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

	private static int decode(String cursor) {
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
		throw new BadArgumentException("after", "is not a cursor returned by this API");
	}

	static String encode(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	/** Which rows to read: skip {@code offset}, return {@code size} (read one more). */
	public record Window(int offset, int size) {

		public int fetch() {
			return this.size + 1;
		}

		/** A page from the rows read for this window (up to {@code fetch()} of them). */
		public <T> Connection<T> page(List<T> rows) {
			boolean more = rows.size() > this.size;
			List<T> items = more ? rows.subList(0, this.size) : rows;
			List<Edge<T>> edges = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				edges.add(new Edge<>(encode(this.offset + i), items.get(i)));
			}
			String start = edges.isEmpty() ? null : edges.getFirst().cursor();
			String end = edges.isEmpty() ? null : edges.getLast().cursor();
			return new Connection<>(edges, new PageInfo(more, this.offset > 0, start, end));
		}

		public <T, R> Connection<R> page(List<T> rows, Function<T, R> mapper) {
			return page(rows.stream().map(mapper).toList());
		}

	}

	public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {
	}

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
