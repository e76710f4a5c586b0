package org.allianceatlas.troops;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourceService;
import org.allianceatlas.source.SourcedClaim;
import org.springframework.stereotype.Service;

/**
 * Troop figures, their sums over an organisation's members, and the troop page's table.
 */
@Service
public class TroopService {

	/** The counts a competing claim may be about. */
	static final List<String> COUNTS = List.of("active", "reserve", "paramilitary", "total");

	private final TroopRepository troops;

	private final OrganisationService organisations;

	private final SourceService sources;

	TroopService(TroopRepository troops, OrganisationService organisations, SourceService sources) {
		this.troops = troops;
		this.organisations = organisations;
		this.sources = sources;
	}

	/**
	 * Dated figures of the organisation's members in their years (all states when null),
	 * one year or all.
	 */
	public List<TroopFigure> dated(String organisation, Integer year) {
		requireOrganisation(organisation);
		return this.troops.dated(organisation, year);
	}

	/**
	 * Figures no source dates, of the organisation's members ever (all states when null).
	 */
	public List<TroopFigure> undated(String organisation) {
		requireOrganisation(organisation);
		return this.troops.undated(organisation);
	}

	/** Figures (dated and undated) by key. */
	public Map<String, TroopFigure> byKeys(Collection<String> keys) {
		return this.troops.byKeys(keys);
	}

	/** Every figure (dated and undated) of the states, by iso3. */
	public Map<String, List<TroopFigure>> ofStates(List<String> iso3s) {
		return this.troops.ofStates(iso3s, false);
	}

	/**
	 * {@link #ofStates}, each figure with its sources read in the same query: a state has
	 * a few figures, so reading their sources along costs less than a second round trip
	 * for them.
	 */
	public Map<String, List<TroopFigure>> ofStatesWithSources(List<String> iso3s) {
		return this.troops.ofStates(iso3s, true);
	}

	/**
	 * How many states were full members of the organisation in the year: what a total
	 * over members should cover, to say how many of them it does.
	 */
	public int members(String abbreviation, int year) {
		return this.troops.members(abbreviation, year);
	}

	/**
	 * Summed forces per year of each organisation's members, by abbreviation, each with
	 * the documents of exactly the figures it sums (one more round trip for all of them).
	 */
	public Map<String, List<TroopTotal>> totals(List<String> abbreviations) {
		Map<String, List<TroopTotal>> totals = this.troops.totals(abbreviations);
		List<String> keys = totals.values()
			.stream()
			.flatMap(List::stream)
			.flatMap(t -> t.figures().stream())
			.distinct()
			.toList();
		if (keys.isEmpty()) {
			return totals;
		}
		Map<String, List<Source>> cited = this.sources.sourcesOf(NodeKind.TROOP_FIGURE, keys);
		Map<String, List<TroopTotal>> result = new LinkedHashMap<>();
		totals.forEach((organisation, list) -> result.put(organisation, list.stream()
			.map(t -> t.withSources(
					t.figures().stream().flatMap(f -> cited.getOrDefault(f, List.of()).stream()).distinct().toList()))
			.toList()));
		return result;
	}

	/**
	 * The troop page's table for one organisation; {@code year} null means
	 * {@link #defaultYear}.
	 */
	public TroopTable table(String abbreviation, Integer year) {
		List<Organisation> all = this.organisations.findAll();
		Organisation organisation = all.stream()
			.filter(o -> o.abbreviation().equals(abbreviation))
			.findFirst()
			.orElse(null);
		if (organisation == null) {
			return new TroopTable(all, null, List.of(), null, List.of(), List.of(), List.of(), List.of(), Map.of());
		}
		List<TroopFigure> figures = this.troops.dated(abbreviation, null);
		Map<Integer, Set<String>> statesByYear = statesByYear(figures);
		Map<Integer, String> yearLabels = new LinkedHashMap<>();
		statesByYear.forEach((y, states) -> yearLabels.put(y,
				y + " (" + states.size() + (states.size() == 1 ? " state)" : " states)")));
		Integer chosen = (year != null) ? year : defaultYear(figures);
		List<TroopFigure> shown = figures.stream()
			.filter(f -> f.year().equals(chosen))
			.sorted(Comparator.comparing((TroopFigure f) -> f.state().name()))
			.toList();
		List<String> keys = shown.stream().map(TroopFigure::key).toList();
		Map<String, List<SourcedClaim>> claims = this.sources.sourcedClaimsOf(NodeKind.TROOP_FIGURE, keys);
		Map<String, List<Source>> figureSources = this.sources.sourcesOf(NodeKind.TROOP_FIGURE, keys);
		List<TroopTable.Row> rows = new ArrayList<>();
		List<TroopTable.Dispute> disputes = new ArrayList<>();
		Map<String, Integer> perState = new LinkedHashMap<>();
		for (TroopFigure figure : shown) {
			boolean second = perState.merge(figure.state().iso3(), 1, Integer::sum) > 1;
			List<SourcedClaim> sourced = claims.getOrDefault(figure.key(), List.of());
			rows.addAll(rows(figure, second, figureSources.getOrDefault(figure.key(), List.of()), sourced));
			disputes.addAll(disputes(figure, sourced));
		}
		Map<String, Source> cited = new LinkedHashMap<>();
		rows.forEach(r -> r.sources().forEach(s -> cited.putIfAbsent(s.key(), s)));
		// the page's totals line cites no documents (its rows do): no round trip for them
		List<TroopTotal> totals = this.troops.totals(List.of(abbreviation))
			.getOrDefault(abbreviation, List.of())
			.stream()
			.filter(t -> chosen != null && chosen == t.year())
			.toList();
		return new TroopTable(all, organisation, List.copyOf(statesByYear.keySet()), chosen, rows,
				List.copyOf(cited.values()), totals, disputes, yearLabels);
	}

	/**
	 * Every dated figure of a state, oldest first, as rows: one per figure and one per
	 * competing claim about one of its counts, each with its sources (the troop page's
	 * rows, over all years).
	 */
	public List<TroopTable.Row> rowsOfState(String iso3) {
		List<TroopFigure> figures = this.troops.ofStates(List.of(iso3), true)
			.getOrDefault(iso3, List.of())
			.stream()
			.filter(TroopFigure::dated)
			.toList();
		List<String> keys = figures.stream().map(TroopFigure::key).toList();
		Map<String, List<SourcedClaim>> claims = this.sources.sourcedClaimsOf(NodeKind.TROOP_FIGURE, keys);
		Set<Integer> seen = new TreeSet<>();
		List<TroopTable.Row> rows = new ArrayList<>();
		for (TroopFigure figure : figures) {
			boolean second = !seen.add(figure.year());
			rows.addAll(rows(figure, second, figure.sources(), claims.getOrDefault(figure.key(), List.of())));
		}
		return rows;
	}

	/**
	 * The year to show first: of the years with figures for the most states, the latest
	 * (a later year holding one state's single figure would make a poor default). Null
	 * without figures.
	 */
	static Integer defaultYear(List<TroopFigure> figures) {
		Map<Integer, Set<String>> statesByYear = statesByYear(figures);
		int most = statesByYear.values().stream().mapToInt(Set::size).max().orElse(0);
		Integer chosen = null;
		for (Map.Entry<Integer, Set<String>> entry : statesByYear.entrySet()) {
			if (entry.getValue().size() == most) {
				chosen = entry.getKey();
			}
		}
		return chosen;
	}

	/**
	 * A count per 1000 inhabitants: the source's per-1000 total shared out in proportion,
	 * to one decimal.
	 */
	static Double perThousand(Long count, Long total, Double perThousandTotal) {
		if (count == null || perThousandTotal == null || total == null || total == 0) {
			return null;
		}
		return Math.round(count * perThousandTotal / total * 10.0) / 10.0;
	}

	/** Digits of a claimed value ("about 42,900" → 42900); null when it has none. */
	static Long count(String value) {
		if (value == null) {
			return null;
		}
		String digits = value.replaceAll("[^0-9]", "");
		return digits.isEmpty() ? null : Long.valueOf(digits);
	}

	/**
	 * The figure's row (a competing row when the state already has a figure that year)
	 * and one competing row per claim giving another value for one of its counts.
	 */
	static List<TroopTable.Row> rows(TroopFigure figure, boolean second, List<Source> sources,
			List<SourcedClaim> claims) {
		List<TroopTable.Row> rows = new ArrayList<>();
		Long total = longOf(figure.total());
		rows.add(row(figure, second ? "competing" : "primary", null, longOf(figure.active()), longOf(figure.reserve()),
				longOf(figure.paramilitary()), total, figure.perThousandTotal(), figure.perThousandActive(),
				figure.approximate(), figure.note(), sources, total));
		for (SourcedClaim claim : claims) {
			Long value = COUNTS.contains(claim.field()) ? count(claim.value()) : null;
			if (value == null || value.equals(countOf(figure, claim.field()))) {
				continue;
			}
			rows.add(row(figure, "competing", claim.field(), "active".equals(claim.field()) ? value : null,
					"reserve".equals(claim.field()) ? value : null, "paramilitary".equals(claim.field()) ? value : null,
					"total".equals(claim.field()) ? value : null, null, null, claim.approximate(), claim.note(),
					claim.sources(), null));
		}
		return rows;
	}

	private static TroopTable.Row row(TroopFigure figure, String kind, String claimField, Long active, Long reserve,
			Long paramilitary, Long total, Double perThousandTotal, Double perThousandActive, boolean approximate,
			String note, List<Source> sources, Long shareOf) {
		String titles = String.join("; ",
				sources.stream()
					.map(s -> s.title() + ((s.publisher() != null) ? " (" + s.publisher() + ")" : ""))
					.toList());
		return new TroopTable.Row(figure.state().iso3(), figure.state().name(), figure.year(), kind, claimField, active,
				reserve, paramilitary, total, perThousandTotal, perThousandActive,
				perThousand(active, shareOf, perThousandTotal), perThousand(reserve, shareOf, perThousandTotal),
				perThousand(paramilitary, shareOf, perThousandTotal), approximate, note, sources, titles);
	}

	/**
	 * Sources disagreeing about a field of the figure other than its counts (which
	 * edition, so which year).
	 */
	private static List<TroopTable.Dispute> disputes(TroopFigure figure, List<SourcedClaim> claims) {
		Map<String, List<SourcedClaim>> byField = new LinkedHashMap<>();
		claims.stream()
			.filter(c -> !COUNTS.contains(c.field()))
			.forEach(c -> byField.computeIfAbsent(c.field(), f -> new ArrayList<>()).add(c));
		List<TroopTable.Dispute> disputes = new ArrayList<>();
		byField.forEach((field, list) -> {
			if (list.size() > 1) {
				disputes.add(new TroopTable.Dispute(figure.state().name(), field, list));
			}
		});
		return disputes;
	}

	private static Map<Integer, Set<String>> statesByYear(List<TroopFigure> figures) {
		Map<Integer, Set<String>> statesByYear = new TreeMap<>();
		figures.forEach(f -> statesByYear.computeIfAbsent(f.year(), y -> new TreeSet<>()).add(f.state().iso3()));
		return statesByYear;
	}

	private static Long countOf(TroopFigure figure, String field) {
		return longOf(switch (field) {
			case "active" -> figure.active();
			case "reserve" -> figure.reserve();
			case "paramilitary" -> figure.paramilitary();
			default -> figure.total();
		});
	}

	private static Long longOf(Integer value) {
		return (value != null) ? value.longValue() : null;
	}

	private void requireOrganisation(String abbreviation) {
		if (abbreviation != null) {
			this.organisations.requireExisting("organisation", List.of(abbreviation));
		}
	}

}
