package org.allianceatlas.trends;

import java.time.LocalDate;
import java.util.List;

import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.source.Source;
import org.allianceatlas.state.State;

/**
 * The states holding a membership of one organisation in one year, counted on {@code day}
 * (31 December, or today in the current year), grouped by role and status.
 *
 * @param counts one entry per role and status held that day, strongest role first
 * @param sources the sources of the memberships counted
 */
public record MembershipYear(Organisation organisation, int year, LocalDate day, List<RoleCount> counts,
		List<Source> sources) {

	/** States with role MEMBER, whatever their status. */
	public int members() {
		return this.counts.stream().filter(c -> "MEMBER".equals(c.role())).mapToInt(RoleCount::count).sum();
	}

	/** Memberships counted in every role. */
	public int total() {
		return this.counts.stream().mapToInt(RoleCount::count).sum();
	}

	/**
	 * The states holding one role with one status that day.
	 *
	 * @param role a {@code Role} name
	 */
	public record RoleCount(String role, MembershipStatus status, List<State> states) {

		public int count() {
			return this.states.size();
		}

		/** The stack a chart draws it in: its status if not active, else its role. */
		public String stack() {
			return (this.status == MembershipStatus.ACTIVE) ? this.role : this.role + "_" + this.status.name();
		}

	}

}
