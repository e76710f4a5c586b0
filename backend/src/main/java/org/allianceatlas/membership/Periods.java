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
	 * The same test in Cypher, for a node or relationship {@code x} and a parameter {@code $asOf} that may
	 * be null (then everything holds).
	 */
	public static String holds(String x) {
		return "($asOf IS NULL OR ((" + x + ".validFrom IS NULL OR " + x + ".validFrom <= $asOf) AND (" + x
				+ ".validTo IS NULL OR " + x + ".validTo >= $asOf)))";
	}

}
