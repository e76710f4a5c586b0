package org.allianceatlas.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.allianceatlas.event.EventEntry;
import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourcedClaim;
import org.allianceatlas.state.State;
import org.allianceatlas.troops.TroopTotal;

/**
 * The tables of the state and organisation pages as CSV, a row for each row of the table,
 * in the same order, with the same words; the {@code sources} cell names every document
 * the row cites (its own, its status periods' and its competing claims').
 */
final class ProfileCsv {

	private ProfileCsv() {
	}

	/**
	 * The memberships table: of a state (first column the organisation) or of an
	 * organisation (first column the state).
	 */
	static Csv memberships(List<MembershipRow> rows, boolean ofState) {
		Csv csv = new Csv().row(ofState ? "organisation" : "state", ofState ? "organisation_name" : "iso3", "through",
				"role", "status_today", "from", "to", "note", "status_periods", "claims", "sources");
		for (MembershipRow m : rows) {
			List<Source> cited = new ArrayList<>(m.sources());
			m.statusChanges().forEach(c -> cited.addAll(c.sources()));
			m.claims().forEach(c -> cited.addAll(c.sources()));
			String periods = m.statusChanges()
				.stream()
				.map(c -> label(c.status()) + " " + c.from() + " – " + ((c.to() != null) ? c.to() : "now")
						+ ((c.note() != null && !c.note().isBlank()) ? " " + c.note() : ""))
				.collect(Collectors.joining("; "));
			csv.row(ofState ? m.organisation().abbreviation() : m.state().name(),
					ofState ? m.organisation().name() : m.state().iso3(),
					(m.through() != null) ? m.through().name() : null,
					(m.roleLabel() != null && !m.roleLabel().isEmpty()) ? m.roleLabel() : label(m.role()),
					MembershipStatus.ACTIVE.name().equals(m.status()) ? null : label(m.status()),
					(m.from() != null) ? m.from() : "?", m.to(), m.note(), periods, claims(m.claims()),
					Csv.sources(cited));
		}
		return csv;
	}

	/** The troop figures table of a state: dated figures by year, then undated ones. */
	static Csv troopFigures(Profiles.StatePage state) {
		Csv csv = new Csv().row("year", "approximate", "active", "reserve", "paramilitary", "total", "note", "claims",
				"sources");
		List<Profiles.Figure> figures = new ArrayList<>(state.troopFigures());
		figures.addAll(state.undatedTroopFigures());
		for (Profiles.Figure f : figures) {
			List<Source> cited = new ArrayList<>(f.sources());
			f.claims().forEach(c -> cited.addAll(c.sources()));
			csv.row((f.year() != null) ? f.year() : "year not given", f.approximate(), f.active(), f.reserve(),
					f.paramilitary(), f.total(), f.note(), claims(f.claims()), Csv.sources(cited));
		}
		return csv;
	}

	/** The events list, a row for each event. */
	static Csv events(List<EventEntry> events) {
		Csv csv = new Csv().row("date", "title", "kind", "organisations", "description", "sources");
		for (EventEntry e : events) {
			csv.row(e.date(), e.title(), e.kind(),
					e.organisations().stream().map(Organisation::abbreviation).collect(Collectors.joining(", ")),
					e.description(), Csv.sources(e.sources()));
		}
		return csv;
	}

	/**
	 * The troop totals table of an organisation: per year, the sums over its members with
	 * a figure, how many members that is, and the documents of the figures summed.
	 */
	static Csv troopTotals(List<TroopTotal> totals) {
		Csv csv = new Csv().row("year", "active", "reserve", "paramilitary", "total", "members_covered", "approximate",
				"sources");
		for (TroopTotal t : totals) {
			csv.row(t.year(), t.active(), t.reserve(), t.paramilitary(), t.total(), t.states(), t.approximate(),
					Csv.sources(t.sources()));
		}
		return csv;
	}

	/** The office holders table of an organisation. */
	static Csv officeHolders(List<Profiles.Holding> holdings) {
		Csv csv = new Csv().row("office", "person", "nationality", "from", "to", "sources");
		for (Profiles.Holding h : holdings) {
			csv.row(h.office(), h.person().name(),
					h.person().nationality().stream().map(State::name).collect(Collectors.joining(", ")), h.from(),
					h.to(), Csv.sources(h.sources()));
		}
		return csv;
	}

	/**
	 * Competing claims as the page writes them: "field: ≈ value — note", one after
	 * another.
	 */
	private static String claims(Collection<SourcedClaim> claims) {
		return claims.stream()
			.map(c -> c.field() + ": " + (c.approximate() ? "≈ " : "") + c.value()
					+ ((c.note() != null && !c.note().isBlank()) ? " — " + c.note() : ""))
			.collect(Collectors.joining("; "));
	}

	private static String label(String code) {
		return Vocabulary.INSTANCE.labels().getOrDefault(code, code);
	}

}
