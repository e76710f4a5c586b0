package org.allianceatlas.troops;

import java.util.List;
import java.util.Map;

import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourcedClaim;

/**
 * The troop figures of an organisation's members for one year as the troop page charts
 * them: one primary row per state and figure, and one row per competing figure or claim.
 *
 * @param organisation null when the atlas has no such organisation
 * @param years every year with figures for the organisation
 * @param year the year shown; null when there are no figures
 * @param yearLabels each year with how many states it has figures for, e.g. "2020 (6
 * states)"
 * @param sources every source of the rows, in order of first use
 * @param totals the summed forces for the year (none or one)
 * @param disputes disagreements about a figure other than its counts (e.g. which edition
 * it is from)
 */
public record TroopTable(List<Organisation> organisations, Organisation organisation, List<Integer> years, Integer year,
		List<Row> rows, List<Source> sources, List<TroopTotal> totals, List<Dispute> disputes,
		Map<Integer, String> yearLabels) {

	/**
	 * One charted row. {@code kind} is "primary" or "competing"; {@code claimField} the
	 * one count a competing claim is about, else null. The per-1000 counts share the
	 * source's per-1000 total out in proportion.
	 */
	public record Row(String iso3, String state, int year, String kind, String claimField, Long active, Long reserve,
			Long paramilitary, Long total, Double perThousandTotal, Double perThousandActive, Double activePerThousand,
			Double reservePerThousand, Double paramilitaryPerThousand, boolean approximate, String note,
			List<Source> sources, String sourceTitles) {
	}

	/** Sources disagreeing about one field of a state's figure. */
	public record Dispute(String state, String field, List<SourcedClaim> claims) {
	}

}
