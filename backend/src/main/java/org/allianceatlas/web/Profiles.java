package org.allianceatlas.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.allianceatlas.event.EventEntry;
import org.allianceatlas.event.EventService;
import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.membership.MembershipsOf;
import org.allianceatlas.membership.StatusChange;
import org.allianceatlas.organisation.Body;
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
 * <p>
 * The reads that do not depend on one another run at the same time on the page-read
 * threads of {@link PageReads}, so a page waits about as long as its longest chain of
 * dependent reads (three), not as long as all of them (about twenty) one after another. A
 * task there never waits for another task: dependent reads are chained with
 * {@code thenCompose}, and only the request's own thread waits for the result.
 */
@Component
class Profiles {

	private final StateService states;

	private final OrganisationService organisations;

	private final MembershipService memberships;

	private final TroopService troops;

	private final EventService events;

	private final SourceService sources;

	private final PageReads reads;

	Profiles(StateService states, OrganisationService organisations, MembershipService memberships, TroopService troops,
			EventService events, SourceService sources, PageReads reads) {
		this.states = states;
		this.organisations = organisations;
		this.memberships = memberships;
		this.troops = troops;
		this.events = events;
		this.sources = sources;
		this.reads = reads;
	}

	Optional<StatePage> state(String iso3) {
		List<String> key = List.of(iso3);
		var state = read(() -> this.states.find(iso3));
		var held = rows(read(() -> this.memberships.of(MembershipsOf.state(iso3, null))));
		var figures = read(() -> this.troops.ofStatesWithSources(key).getOrDefault(iso3, List.of()))
			.thenCompose(all -> {
				List<String> figureKeys = all.stream().map(TroopFigure::key).toList();
				return read(() -> this.sources.sourcedClaimsOf(NodeKind.TROOP_FIGURE, figureKeys))
					.thenApply(figureClaims -> all.stream()
						.map(f -> Figure.of(f, figureClaims.getOrDefault(f.key(), List.of()), f.sources()))
						.toList());
			});
		var involved = read(() -> this.events.entries(this.events.involving(key).getOrDefault(iso3, List.of())));
		var names = read(() -> this.sources.namesOf(NodeKind.STATE, key).getOrDefault(iso3, List.of()));
		var claims = read(() -> this.sources.sourcedClaimsOf(NodeKind.STATE, key).getOrDefault(iso3, List.of()));
		var cited = read(() -> this.sources.sourcesOf(NodeKind.STATE, key).getOrDefault(iso3, List.of()));
		return join(state).map(found -> {
			List<Figure> all = join(figures);
			StatePage page = new StatePage(found.iso3(), found.iso2(), found.name(), join(names), join(held),
					all.stream().filter(f -> f.year() != null).toList(),
					all.stream().filter(f -> f.year() == null).toList(), join(claims), join(cited), join(involved),
					new Citations());
			cite(page.citations(), page.memberships());
			page.troopFigures().forEach(f -> page.citations().citeClaims(f.claims()).cite(f.sources()));
			page.undatedTroopFigures().forEach(f -> page.citations().citeClaims(f.claims()).cite(f.sources()));
			page.citations().citeClaims(page.claims()).cite(page.sources());
			page.events().forEach(e -> page.citations().cite(e.sources()));
			return page;
		});
	}

	Optional<OrganisationPage> organisation(String abbreviation) {
		List<String> key = List.of(abbreviation);
		var organisation = read(() -> this.organisations.find(abbreviation));
		var held = rows(read(() -> this.memberships.of(MembershipsOf.organisation(abbreviation, null, null))));
		var bodies = read(() -> this.organisations.bodies(key).getOrDefault(abbreviation, List.of()))
			.thenCompose(list -> read(() -> {
				Map<String, List<Source>> bodySources = this.sources.sourcesOf(NodeKind.BODY,
						list.stream().map(Body::key).toList());
				return list.stream()
					.map(b -> new BodyEntry(b.key(), b.name(), b.kind(), b.seat(), b.description(),
							bodySources.getOrDefault(b.key(), List.of())))
					.toList();
			}));
		var holdings = read(() -> this.organisations.officeHolders(key, null).getOrDefault(abbreviation, List.of()));
		var nationalities = holdings.thenCompose(list -> read(
				() -> this.organisations.nationalities(list.stream().map(h -> h.person().key()).distinct().toList())));
		var predecessor = read(() -> Optional.ofNullable(this.organisations.successions(key, false).get(abbreviation)));
		var successor = read(() -> Optional.ofNullable(this.organisations.successions(key, true).get(abbreviation)));
		var cooperations = read(() -> this.organisations.cooperations(key).getOrDefault(abbreviation, List.of()));
		// the documents of office holdings, cooperations and successions, in one read
		var byKey = CompletableFuture.allOf(holdings, cooperations, predecessor, successor).thenCompose(done -> {
			List<String> listed = new ArrayList<>();
			holdings.join().forEach(h -> listed.addAll(h.sourceKeys()));
			cooperations.join().forEach(c -> listed.addAll(c.sourceKeys()));
			predecessor.join().ifPresent(p -> listed.addAll(p.sourceKeys()));
			successor.join().ifPresent(p -> listed.addAll(p.sourceKeys()));
			return listed.isEmpty() ? CompletableFuture.completedFuture(Map.<String, Source>of())
					: read(() -> this.sources.sourcesByKey(listed));
		});
		var totals = read(() -> this.troops.totals(key).getOrDefault(abbreviation, List.of()));
		var events = read(() -> this.events.entries(this.events.concerning(key).getOrDefault(abbreviation, List.of())));
		var names = read(() -> this.sources.namesOf(NodeKind.ORGANISATION, key).getOrDefault(abbreviation, List.of()));
		var claims = read(
				() -> this.sources.sourcedClaimsOf(NodeKind.ORGANISATION, key).getOrDefault(abbreviation, List.of()));
		var cited = read(
				() -> this.sources.sourcesOf(NodeKind.ORGANISATION, key).getOrDefault(abbreviation, List.of()));
		return join(organisation).map(o -> {
			Map<String, Source> documents = join(byKey);
			Map<String, List<State>> nationality = join(nationalities);
			OrganisationPage page = new OrganisationPage(o.abbreviation(), o.name(), o.kind(), o.description(),
					o.founded(), o.dissolved(), o.headquarters(), o.officialLanguages(), join(names), join(held),
					join(bodies),
					join(holdings).stream()
						.map(h -> new Holding(h.office(), h.from(), h.to(),
								new PersonEntry(h.person().key(), h.person().name(),
										nationality.getOrDefault(h.person().key(), List.of())),
								listed(h.sourceKeys(), documents)))
						.toList(),
					join(events), successionOf(join(predecessor).orElse(null), documents),
					successionOf(join(successor).orElse(null), documents), join(totals),
					join(cooperations).stream()
						.map(c -> new CooperationEntry(c.from(), c.note(), c.organisation(),
								listed(c.sourceKeys(), documents)))
						.toList(),
					join(claims), join(cited), new Citations());
			Citations citations = page.citations();
			cite(citations, page.memberships());
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
	 * The memberships with their bodies, status periods, claims and sources (four reads
	 * at once, after the memberships), current first.
	 */
	private CompletableFuture<List<MembershipRow>> rows(CompletableFuture<List<Membership>> memberships) {
		return memberships.thenCompose(held -> {
			List<String> keys = held.stream().map(Membership::key).toList();
			var through = read(() -> this.memberships.bodiesThrough(keys));
			var claims = read(() -> this.sources.sourcedClaimsOf(NodeKind.MEMBERSHIP, keys));
			var sourced = read(() -> this.sources.sourcesOf(NodeKind.MEMBERSHIP, keys));
			var changeSources = read(() -> this.sources.sourcesOf(NodeKind.STATUS_CHANGE,
					held.stream().flatMap(m -> m.statusChanges().stream()).map(StatusChange::key).toList()));
			return CompletableFuture.allOf(through, claims, sourced, changeSources)
				.thenApply(done -> held.stream()
					.sorted(MembershipService.CURRENT_FIRST)
					.map(m -> MembershipRow.of(m, through.join().get(m.key()), changeSources.join(),
							claims.join().getOrDefault(m.key(), List.of()),
							sourced.join().getOrDefault(m.key(), List.of())))
					.toList());
		});
	}

	private <T> CompletableFuture<T> read(Supplier<T> read) {
		return this.reads.read(read);
	}

	private static <T> T join(CompletableFuture<T> read) {
		return PageReads.join(read);
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
