package org.allianceatlas.membership;

import java.time.LocalDate;
import java.util.List;

import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.query.Row;
import org.allianceatlas.source.Source;
import org.allianceatlas.state.State;

/**
 * A state's membership of an organisation in one role for one period, read together with
 * its state, organisation and status periods so that its status on a day needs no further
 * query.
 *
 * @param statusChanges its status changes in order; null, with its dates and end, when it
 * was read without what its status needs (a selection that asks for no status), and then
 * it has none
 * @param statusDay the day its {@code status} is for: the day asked about, or today when
 * none was
 * @param sources the sources it cites when they were read with it, null when they were
 * not
 */
public record Membership(String key, State state, Organisation organisation, String role, String roleLabel, String from,
		String to, LocalDate validFrom, LocalDate validTo, String endStatus, String note,
		List<StatusChange> statusChanges, LocalDate statusDay, List<Source> sources) {

	/** A membership whose sources were not read with it. */
	public Membership(String key, State state, Organisation organisation, String role, String roleLabel, String from,
			String to, LocalDate validFrom, LocalDate validTo, String endStatus, String note,
			List<StatusChange> statusChanges, LocalDate statusDay) {
		this(key, state, organisation, role, roleLabel, from, to, validFrom, validTo, endStatus, note, statusChanges,
				statusDay, null);
	}

	/**
	 * A membership from its map projection ({@link MembershipShape}), with its status on
	 * the day; {@code state} or {@code organisation}, when given, is the owner the
	 * memberships were read for, which the projection does not repeat.
	 */
	static Membership from(Row m, State state, Organisation organisation, LocalDate statusDay) {
		List<Source> sources = (m.get("sources") != null) ? m.rows("sources").stream().map(Source::from).toList()
				: null;
		return new Membership(m.string("key"), (state != null) ? state : State.from(m.row("state")),
				(organisation != null) ? organisation : Organisation.from(m.row("organisation")), m.string("role"),
				m.string("roleLabel"), m.string("from"), m.string("to"), m.date("validFrom"), m.date("validTo"),
				m.string("endStatus"), m.string("note"), (m.get("statusChanges") != null)
						? m.rows("statusChanges").stream().map(StatusChange::from).toList() : null,
				statusDay, sources);
	}

	/**
	 * Status on the day asked about: see the schema's description of
	 * {@code Membership.status}.
	 */
	public MembershipStatus status() {
		return statusOn(this.statusDay);
	}

	/** Whether it has ended (or not yet begun) on its status day. */
	public boolean ended() {
		return status() == MembershipStatus.ENDED;
	}

	/**
	 * Whether it held on the day: the rule of every {@code asOf} read
	 * ({@link Periods#membershipHolds(String)}).
	 */
	public boolean holdsOn(LocalDate day) {
		requirePeriods();
		return Periods.membershipHolds(this.validFrom, this.validTo, day);
	}

	public MembershipStatus statusOn(LocalDate day) {
		requirePeriods();
		if (this.validFrom == null && this.validTo == null) {
			return MembershipStatus.UNDATED;
		}
		if (this.validFrom != null && day.isBefore(this.validFrom)) {
			return MembershipStatus.ENDED;
		}
		if (this.validTo != null && day.isAfter(this.validTo)) {
			return "SUSPENDED".equals(this.endStatus) ? MembershipStatus.SUSPENDED : MembershipStatus.ENDED;
		}
		for (StatusChange change : this.statusChanges) {
			// Other recorded stages (e.g. WITHDRAWING during a notice period) leave the
			// membership active.
			if (change.covers(day) && MembershipStatus.isStatus(change.status())) {
				return MembershipStatus.valueOf(change.status());
			}
		}
		return MembershipStatus.ACTIVE;
	}

	private void requirePeriods() {
		if (this.statusChanges == null) {
			throw new IllegalStateException(
					"The membership " + this.key + " was read without its dates and status changes");
		}
	}

}
