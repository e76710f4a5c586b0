package org.allianceatlas.query;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.allianceatlas.graphql.Paging;

/**
 * Lists that the database cuts to a page
 * ({@link Paging#page(Paging.Page, Function, java.util.function.Supplier)}): the end of a
 * query that has ordered the matching nodes, answering how many match and only the
 * projections of those in the window, in one row. Without a window, every match.
 */
public final class Windows {

	private Windows() {
	}

	/**
	 * The query's end for the ordered nodes bound to {@code variable}, each answered as
	 * {@code projection}, an expression over that same variable (e.g. {@code "s{.key,
	 * .name}"}, or a map with a column read along): columns {@code total} and
	 * {@code page}. A window that is not counted is cut before the nodes are collected,
	 * so the database stops at its end (its {@code total} is null); the query must then
	 * end with {@code WITH variable ORDER BY ...}, which the cut continues. Both text
	 * arguments are fixed text of the calling repository, never user input.
	 */
	public static String tail(String variable, String projection, Paging.Window window) {
		if (window != null && !window.counted()) {
			return """
					SKIP $start LIMIT $end - $start
					WITH collect(%1$s) AS matching
					RETURN null AS total, [%1$s IN matching | %2$s] AS page""".formatted(variable, projection);
		}
		return """
				WITH collect(%1$s) AS matching
				RETURN size(matching) AS total,
				       [%1$s IN CASE WHEN $start IS NULL THEN matching ELSE matching[$start..$end] END | %2$s] AS page"""
			.formatted(variable, projection);
	}

	/** The parameters {@link #tail} uses, added to the query's own. */
	public static Map<String, Object> parameters(Map<String, Object> parameters, Paging.Window window) {
		parameters.put("start", (window != null) ? window.start() : null);
		parameters.put("end", (window != null) ? window.end() : null);
		return parameters;
	}

	/** The answer of a query that ends with {@link #tail}. */
	public static <T> Paging.Slice<T> slice(List<Row> rows, Function<Row, T> mapper) {
		Row row = rows.getFirst();
		return new Paging.Slice<>(row.integer("total"), row.rows("page").stream().map(mapper).toList());
	}

}
