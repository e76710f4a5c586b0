package org.allianceatlas.query;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A {@code WHERE} clause of only the conditions that apply: a filter the client did not
 * give leaves no {@code $x IS NULL OR ...} for the planner to work around. Without
 * conditions, or with only {@code n.key IS NOT NULL} for the key a list is ordered by,
 * the database reads that key's index in order and stops at the end of the page (a page
 * of 8,700 sources: every source scanned and sorted before, 11 index entries read now).
 */
public final class Where {

	private Where() {
	}

	/**
	 * {@code WHERE} and the conditions that are not null, joined by {@code AND}, or
	 * nothing when all are null. Each is fixed text of the calling repository, with
	 * parameters for the values, never user input.
	 */
	public static String of(String... conditions) {
		String joined = Arrays.stream(conditions).filter(Objects::nonNull).collect(Collectors.joining(" AND "));
		return joined.isEmpty() ? "" : "WHERE " + joined;
	}

}
