package org.allianceatlas.membership;

import java.time.LocalDate;

/** Periods stored as {@code validFrom}/{@code validTo} days; a missing end is open. */
public final class Periods {

	private Periods() {
	}

	/** Whether a day lies in the period, both ends included. */
	public static boolean covers(LocalDate validFrom, LocalDate validTo, LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}

	/**
	 * Whether {@code x} (a node or relationship) held on {@code $asOf}, in Cypher;
	 * everything holds when {@code $asOf} is null, and so does anything without a period
	 * (structural relationships).
	 */
	public static String holds(String x) {
		return "($asOf IS NULL OR ((" + x + ".validFrom IS NULL OR " + x + ".validFrom <= $asOf) AND (" + x
				+ ".validTo IS NULL OR " + x + ".validTo >= $asOf)))";
	}

	/**
	 * Like {@link #holds}, for a {@code Membership} node. A membership with neither end
	 * known is a sourced claim without a date (the monitoring page's undated "observer
	 * states"): it stays in histories but holds on no particular day, so it never shows
	 * up on a day its source did not speak of.
	 */
	public static String membershipHolds(String m) {
		// The same rule in Java: membershipHolds(LocalDate, LocalDate, LocalDate) below.
		return "($asOf IS NULL OR ((" + m + ".validFrom IS NOT NULL OR " + m + ".validTo IS NOT NULL) AND " + holds(m)
				+ "))";
	}

	/**
	 * {@link #membershipHolds(String)} for a membership read into Java: whether a
	 * membership with these days held on {@code day}. One with neither end known holds on
	 * no day.
	 */
	public static boolean membershipHolds(LocalDate validFrom, LocalDate validTo, LocalDate day) {
		return (validFrom != null || validTo != null) && covers(validFrom, validTo, day);
	}

}
