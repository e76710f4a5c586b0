package org.allianceatlas.trends;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.source.Source;
import org.allianceatlas.state.State;

/**
 * One count summed over an organisation's members in a year, saying which members it
 * covers: a member without a figure for the year is left out of the sum and named.
 *
 * @param value the sum over {@code coveredMembers}; null when none has a figure
 * @param members the states with role MEMBER that year (on {@code day})
 * @param coveredMembers the members whose figure is summed
 * @param sources the sources of the figures summed
 */
public record CoveredTroopTotal(Organisation organisation, int year, LocalDate day, TroopMeasure measure, Long value,
		List<State> members, List<State> coveredMembers, List<Source> sources) {

	/** Members without a figure for the year. */
	public List<State> missingMembers() {
		return this.members.stream().filter(m -> !this.coveredMembers.contains(m)).toList();
	}

	/**
	 * Whether the value is a total: it sums at least two members' figures. A sum over one
	 * member is that member's figure.
	 */
	public boolean isTotal() {
		return this.coveredMembers.size() >= 2;
	}

	/** Whether every member has a figure. */
	public boolean complete() {
		return !this.members.isEmpty() && this.coveredMembers.size() == this.members.size();
	}

	/**
	 * In words: "covers 5 of 6 members; no figure for Uzbekistan", "Armenia only: not a
	 * total (1 of 6 members)".
	 */
	public String coverage() {
		int covered = this.coveredMembers.size();
		int all = this.members.size();
		if (all == 0) {
			return "no members that year";
		}
		if (covered == 0) {
			return "no figure for any of the " + all + " members";
		}
		String missing = names(missingMembers());
		if (covered == 1) {
			return this.coveredMembers.getFirst().name() + " only: not a total (1 of " + all + " members"
					+ (missing.isEmpty() ? "" : "; no figure for " + missing) + ")";
		}
		return "covers " + covered + " of " + all + " members"
				+ (missing.isEmpty() ? "" : "; no figure for " + missing);
	}

	private static String names(List<State> states) {
		return states.stream().map(State::name).collect(Collectors.joining(", "));
	}

}
