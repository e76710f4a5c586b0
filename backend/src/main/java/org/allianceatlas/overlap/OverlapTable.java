package org.allianceatlas.overlap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Who held which role in some organisations on one day: a row per state, the pairwise
 * matrix of shared members and the exclusive intersections of full members.
 *
 * @param organisations abbreviations, in the order asked
 * @param rows states holding any role in any of them, strongest first
 */
public record OverlapTable(LocalDate day, List<String> organisations, List<StateRow> rows, List<OverlapCell> matrix,
		List<Intersection> intersections) {

	/** A state and its role in each organisation it is in on the day, by abbreviation. */
	public record StateRow(String iso3, String name, Map<String, Cell> cells) {
	}

	/**
	 * A state's strongest role in one organisation on the day, and that membership's
	 * status; {@code membershipKey} names that membership (for its sources).
	 */
	public record Cell(String organisation, String role, String roleLabel, String status, String from, String to,
			String membershipKey) {
	}

	/** The states that are full members of exactly these organisations (an UpSet bar). */
	public record Intersection(String label, List<String> organisations, List<String> states) {
	}

}
