package org.allianceatlas.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.StatusChange;
import org.allianceatlas.organisation.Body;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourcedClaim;
import org.allianceatlas.state.State;

/**
 * A membership as the pages show it: its status on the day asked about spelt out, and (on
 * the state and organisation pages) the body holding it, its status periods, claims and
 * sources.
 */
record MembershipRow(String key, String role, String roleLabel, String status, String from, String to, String validFrom,
		String validTo, String note, State state, Organisation organisation, Body through,
		List<StatusChangeRow> statusChanges, List<SourcedClaim> claims, List<Source> sources) {

	/** Without provenance, for the overview and the timeline. */
	static MembershipRow of(Membership m) {
		return of(m, null, Map.of(), List.of(), List.of());
	}

	static MembershipRow of(Membership m, Body through, Map<String, List<Source>> statusChangeSources,
			List<SourcedClaim> claims, List<Source> sources) {
		List<StatusChangeRow> changes = m.statusChanges()
			.stream()
			.map(c -> StatusChangeRow.of(c, statusChangeSources.getOrDefault(c.key(), List.of())))
			.toList();
		return new MembershipRow(m.key(), m.role(), m.roleLabel(), m.status().name(), m.from(), m.to(),
				day(m.validFrom()), day(m.validTo()), m.note(), m.state(), m.organisation(), through, changes, claims,
				sources);
	}

	/** A day as the page scripts read it (ISO 8601), or null. */
	private static String day(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	/** A status period of the membership, with its sources. */
	record StatusChangeRow(String status, String from, String to, String validFrom, String validTo, String note,
			List<Source> sources) {

		static StatusChangeRow of(StatusChange change, List<Source> sources) {
			return new StatusChangeRow(change.status(), change.from(), change.to(), day(change.validFrom()),
					day(change.validTo()), change.note(), sources);
		}

	}

}
