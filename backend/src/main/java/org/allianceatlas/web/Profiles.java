package org.allianceatlas.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.event.EventEntry;
import org.allianceatlas.event.EventService;
import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.membership.MembershipsOf;
import org.allianceatlas.membership.StatusChange;
import org.allianceatlas.organisation.Body;
import org.allianceatlas.organisation.Cooperation;
import org.allianceatlas.organisation.OfficeHolding;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.organisation.Succession;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Name;
import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourceService;
import org.allianceatlas.source.SourcedClaim;
import org.allianceatlas.state.State;
import org.allianceatlas.state.StateService;
import org.allianceatlas.troops.TroopFigure;
import org.allianceatlas.troops.TroopService;
import org.allianceatlas.troops.TroopTotal;
import org.springframework.stereotype.Component;

/**
 * The state and organisation pages' data, read from the feature services with a fixed
 * number of round trips per page, and the page's citations numbered in reading order.
 */
@Component
class Profiles {

	private final StateService states;

	private final OrganisationService organisations;

	private final MembershipService memberships;

	private final TroopService troops;

	private final EventService events;

	private final SourceService sources;

	Profiles(StateService states, OrganisationService organisations, MembershipService memberships, TroopService troops,
			EventService events, SourceService sources) {
		this.states = states;
		this.organisations = organisations;
		this.memberships = memberships;
		this.troops = troops;
		this.events = events;
		this.sources = sources;
	}

	Optional<StatePage> state(String iso3) {
		return this.states.find(iso3).map(state -> {
			List<String> key = List.of(iso3);
			List<MembershipRow> held = rows(this.memberships.of(MembershipsOf.state(iso3, null)));
			List<TroopFigure> all = this.troops.ofStates(key).getOrDefault(iso3, List.of());
			List<String> figureKeys = all.stream().map(TroopFigure::key).toList();
			Map<String, List<SourcedClaim>> figureClaims = this.sources.sourcedClaimsOf(NodeKind.TROOP_FIGURE,
					figureKeys);
			Map<String, List<Source>> figureSources = this.sources.sourcesOf(NodeKind.TROOP_FIGURE, figureKeys);
			List<Figure> figures = all.stream()
				.map(f -> Figure.of(f, figureClaims.getOrDefault(f.key(), List.of()),
						figureSources.getOrDefault(f.key(), List.of())))
				.toList();
			List<EventEntry> involved = this.events.entries(this.events.involving(key).getOrDefault(iso3, List.of()));
			StatePage page = new StatePage(state.iso3(), state.iso2(), state.name(),
					this.sources.namesOf(NodeKind.STATE, key).getOrDefault(iso3, List.of()), held,
					figures.stream().filter(f -> f.year() != null).toList(),
					figures.stream().filter(f -> f.year() == null).toList(),
					this.sources.sourcedClaimsOf(NodeKind.STATE, key).getOrDefault(iso3, List.of()),
					this.sources.sourcesOf(NodeKind.STATE, key).getOrDefault(iso3, List.of()), involved,
					new Citations());
			cite(page.citations(), held);
			page.troopFigures().forEach(f -> page.citations().citeClaims(f.claims()).cite(f.sources()));
			page.undatedTroopFigures().forEach(f -> page.citations().citeClaims(f.claims()).cite(f.sources()));
			page.citations().citeClaims(page.claims()).cite(page.sources());
			involved.forEach(e -> page.citations().cite(e.sources()));
			return page;
		});
	}

	Optional<OrganisationPage> organisation(String abbreviation) {
		return this.organisations.find(abbreviation).map(o -> {
			List<String> key = List.of(abbreviation);
			List<MembershipRow> held = rows(this.memberships.of(MembershipsOf.organisation(abbreviation, null, null)));
			List<Body> bodies = this.organisations.bodies(key).getOrDefault(abbreviation, List.of());
			Map<String, List<Source>> bodySources = this.sources.sourcesOf(NodeKind.BODY,
					bodies.stream().map(Body::key).toList());
			List<OfficeHolding> holdings = this.organisations.officeHolders(key, null)
				.getOrDefault(abbreviation, List.of());
			Map<String, List<State>> nationalities = this.organisations
				.nationalities(holdings.stream().map(h -> h.person().key()).distinct().toList());
			Succession predecessor = this.organisations.successions(key, false).get(abbreviation);
			Succession successor = this.organisations.successions(key, true).get(abbreviation);
			List<Cooperation> cooperations = this.organisations.cooperations(key).getOrDefault(abbreviation, List.of());
			List<String> listed = new ArrayList<>();
			holdings.forEach(h -> listed.addAll(h.sourceKeys()));
			cooperations.forEach(c -> listed.addAll(c.sourceKeys()));
			for (Succession s : new Succession[] { predecessor, successor }) {
				if (s != null) {
					listed.addAll(s.sourceKeys());
				}
			}
			Map<String, Source> byKey = listed.isEmpty() ? Map.of() : this.sources.sourcesByKey(listed);
			List<TroopTotal> totals = this.troops.totals(key).getOrDefault(abbreviation, List.of());
			OrganisationPage page = new OrganisationPage(o.abbreviation(), o.name(), o.kind(), o.description(),
					o.founded(), o.dissolved(), o.headquarters(), o.officialLanguages(),
					this.sources.namesOf(NodeKind.ORGANISATION, key).getOrDefault(abbreviation, List.of()), held,
					bodies.stream()
						.map(b -> new BodyEntry(b.key(), b.name(), b.kind(), b.seat(), b.description(),
								bodySources.getOrDefault(b.key(), List.of())))
						.toList(),
					holdings.stream()
						.map(h -> new Holding(h.office(), h.from(), h.to(),
								new PersonEntry(h.person().key(), h.person().name(),
										nationalities.getOrDefault(h.person().key(), List.of())),
								listed(h.sourceKeys(), byKey)))
						.toList(),
					this.events.entries(this.events.concerning(key).getOrDefault(abbreviation, List.of())),
					successionOf(predecessor, byKey), successionOf(successor, byKey), totals,
					cooperations.stream()
						.map(c -> new CooperationEntry(c.from(), c.note(), c.organisation(),
								listed(c.sourceKeys(), byKey)))
						.toList(),
					this.sources.sourcedClaimsOf(NodeKind.ORGANISATION, key).getOrDefault(abbreviation, List.of()),
					this.sources.sourcesOf(NodeKind.ORGANISATION, key).getOrDefault(abbreviation, List.of()),
					new Citations());
			Citations citations = page.citations();
			cite(citations, held);
			page.bodies().forEach(b -> citations.cite(b.sources()));
			page.officeHolders().forEach(h -> citations.cite(h.sources()));
			page.events().forEach(e -> citations.cite(e.sources()));
			for (SuccessionEntry s : new SuccessionEntry[] { page.predecessor(), page.successor() }) {
				if (s != null) {
					citations.cite(s.sources());
				}
			}
			page.cooperations().forEach(c -> citations.cite(c.sources()));
			page.troopTotals().forEach(t -> citations.cite(t.sources()));
			citations.citeClaims(page.claims()).cite(page.sources());
			return page;
		});
	}

	/** The day the pages' "today" means. */
	LocalDate today() {
		return this.memberships.today();
	}

	boolean organisationExists(String abbreviation) {
		return this.organisations.find(abbreviation).isPresent();
	}

	/**
	 * The memberships with their bodies, status periods, claims and sources (four round
	 * trips), current first.
	 */
	private List<MembershipRow> rows(List<Membership> held) {
		List<String> keys = held.stream().map(Membership::key).toList();
		Map<String, Body> through = this.memberships.bodiesThrough(keys);
		Map<String, List<SourcedClaim>> claims = this.sources.sourcedClaimsOf(NodeKind.MEMBERSHIP, keys);
		Map<String, List<Source>> sourced = this.sources.sourcesOf(NodeKind.MEMBERSHIP, keys);
		Map<String, List<Source>> changeSources = this.sources.sourcesOf(NodeKind.STATUS_CHANGE,
				held.stream().flatMap(m -> m.statusChanges().stream()).map(StatusChange::key).toList());
		return held.stream()
			.sorted(MembershipService.CURRENT_FIRST)
			.map(m -> MembershipRow.of(m, through.get(m.key()), changeSources, claims.getOrDefault(m.key(), List.of()),
					sourced.getOrDefault(m.key(), List.of())))
			.toList();
	}

	private static void cite(Citations citations, List<MembershipRow> rows) {
		for (MembershipRow row : rows) {
			citations.cite(row.sources()).citeClaims(row.claims());
			row.statusChanges().forEach(c -> citations.cite(c.sources()));
		}
	}

	private static List<Source> listed(List<String> keys, Map<String, Source> byKey) {
		return keys.stream().map(byKey::get).filter(s -> s != null).toList();
	}

	private static SuccessionEntry successionOf(Succession succession, Map<String, Source> byKey) {
		return (succession == null) ? null : new SuccessionEntry(succession.date(), succession.organisation(),
				listed(succession.sourceKeys(), byKey));
	}

	/**
	 * A troop figure with its competing claims and sources; {@code year} null when no
	 * source dates it.
	 */
	record Figure(String key, Integer year, Integer active, Integer reserve, Integer paramilitary, Integer total,
			Double perThousandTotal, Double perThousandActive, boolean approximate, String note,
			List<SourcedClaim> claims, List<Source> sources) {

		static Figure of(TroopFigure f, List<SourcedClaim> claims, List<Source> sources) {
			return new Figure(f.key(), f.year(), f.active(), f.reserve(), f.paramilitary(), f.total(),
					f.perThousandTotal(), f.perThousandActive(), f.approximate(), f.note(), claims, sources);
		}

	}

	record StatePage(String iso3, String iso2, String name, List<Name> names, List<MembershipRow> memberships,
			List<Figure> troopFigures, List<Figure> undatedTroopFigures, List<SourcedClaim> claims,
			List<Source> sources, List<EventEntry> events, Citations citations) {
	}

	record OrganisationPage(String abbreviation, String name, String kind, String description, String founded,
			String dissolved, String headquarters, List<String> officialLanguages, List<Name> names,
			List<MembershipRow> memberships, List<BodyEntry> bodies, List<Holding> officeHolders,
			List<EventEntry> events, SuccessionEntry predecessor, SuccessionEntry successor,
			List<TroopTotal> troopTotals, List<CooperationEntry> cooperations, List<SourcedClaim> claims,
			List<Source> sources, Citations citations) {
	}

	record BodyEntry(String key, String name, String kind, String seat, String description, List<Source> sources) {
	}

	record PersonEntry(String key, String name, List<State> nationality) {
	}

	record Holding(String office, String from, String to, PersonEntry person, List<Source> sources) {
	}

	record SuccessionEntry(String date, Organisation organisation, List<Source> sources) {
	}

	record CooperationEntry(String from, String note, Organisation organisation, List<Source> sources) {
	}

}
