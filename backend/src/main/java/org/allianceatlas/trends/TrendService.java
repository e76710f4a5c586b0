package org.allianceatlas.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.LimitExceededException;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.membership.Role;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourceService;
import org.allianceatlas.state.State;
import org.allianceatlas.state.StateService;
import org.allianceatlas.troops.TroopFigure;
import org.allianceatlas.troops.TroopService;
import org.allianceatlas.troops.TroopTable;
import org.springframework.stereotype.Service;

/**
 * Trends over the years: members per organisation and year by role and status, a state's
 * troop figures per source, and troop totals over an organisation's members that say
 * which members they cover. Which memberships count in a year is the membership rule
 * ({@link MembershipService#dayOfYear}); this class only groups and sums.
 */
@Service
public class TrendService {

	/** The first year the trends cover. */
	public static final int FIRST_YEAR = 1991;

	/** Most organisations one membership trend compares. */
	public static final int MOST_ORGANISATIONS = 12;

	private static final String MEMBER = Role.MEMBER.name();

	private final MembershipService memberships;

	private final OrganisationService organisations;

	private final StateService states;

	private final TroopService troops;

	private final SourceService sources;

	private final TrendRepository trends;

	TrendService(MembershipService memberships, OrganisationService organisations, StateService states,
			TroopService troops, SourceService sources, TrendRepository trends) {
		this.memberships = memberships;
		this.organisations = organisations;
		this.states = states;
		this.troops = troops;
		this.sources = sources;
		this.trends = trends;
	}

	/** The last year the trends cover: the current one. */
	public int lastYear() {
		return this.memberships.today().getYear();
	}

	/**
	 * The day that decides membership in a year (see
	 * {@link MembershipService#dayOfYear}).
	 */
	public LocalDate dayOfYear(int year) {
		return this.memberships.dayOfYear(year);
	}

	/** Every organisation, for choosing. */
	public List<Organisation> organisations() {
		return this.organisations.findAll();
	}

	/** The states with troop figures of known years, for choosing. */
	public List<State> statesWithFigures() {
		return this.trends.statesWithDatedFigures();
	}

	/**
	 * Members of each organisation per year from {@code from} (default 1991) to
	 * {@code to} (default this year), organisation by organisation in the order asked,
	 * each oldest year first.
	 */
	public List<MembershipYear> membershipTrend(List<String> abbreviations, Integer from, Integer to) {
		List<String> keys = requireOrganisations(abbreviations);
		int first = (from != null) ? from : FIRST_YEAR;
		int last = (to != null) ? to : lastYear();
		requireYears(first, last);
		Map<String, List<Membership>> histories = this.memberships.ofOrganisations(keys, null);
		Map<String, List<Source>> cited = this.sources.sourcesOf(NodeKind.MEMBERSHIP,
				histories.values().stream().flatMap(List::stream).map(Membership::key).distinct().toList());
		Map<String, Organisation> byKey = byAbbreviation();
		List<MembershipYear> result = new ArrayList<>();
		for (String key : keys) {
			for (int year = first; year <= last; year++) {
				List<Membership> held = this.memberships.heldInYear(histories.get(key), year);
				LocalDate day = dayOfYear(year);
				result.add(new MembershipYear(byKey.get(key), year, day, counts(held, day),
						sourcesOf(held, Membership::key, cited)));
			}
		}
		return result;
	}

	/** A state's troop figures across years, one series per set of sources. */
	public TroopTrend troopTrend(String iso3) {
		State state = this.states.find(iso3).orElseThrow(() -> new NotFoundException("iso3", iso3, "state"));
		return new TroopTrend(state, series(this.troops.rowsOfState(iso3)));
	}

	/**
	 * One count summed over the organisation's members (role MEMBER on each year's day)
	 * for one year, or for every year from 1991 in which at least one member has a
	 * figure.
	 */
	public List<CoveredTroopTotal> troopTotals(String abbreviation, TroopMeasure measure, Integer year) {
		Organisation organisation = this.organisations.require("organisation", abbreviation);
		if (year != null) {
			requireYear("year", year);
		}
		List<Membership> history = this.memberships.ofOrganisations(List.of(abbreviation), null)
			.get(abbreviation)
			.stream()
			.filter(m -> MEMBER.equals(m.role()))
			.toList();
		List<String> iso3s = history.stream().map(m -> m.state().iso3()).distinct().toList();
		Map<String, List<TroopFigure>> figures = this.troops.ofStates(iso3s);
		Map<String, List<Source>> cited = this.sources.sourcesOf(NodeKind.TROOP_FIGURE,
				figures.values().stream().flatMap(List::stream).map(TroopFigure::key).toList());
		List<CoveredTroopTotal> result = new ArrayList<>();
		int first = (year != null) ? year : FIRST_YEAR;
		int last = (year != null) ? year : lastYear();
		for (int y = first; y <= last; y++) {
			List<State> members = statesOf(this.memberships.heldInYear(history, y));
			CoveredTroopTotal total = sum(organisation, y, dayOfYear(y), measure, members, figures, cited);
			if (year != null || !total.coveredMembers().isEmpty()) {
				result.add(total);
			}
		}
		return result;
	}

	/**
	 * The memberships held on {@code day}, counted by role (strongest first) and their
	 * status that day; the states of each in name order.
	 */
	static List<MembershipYear.RoleCount> counts(List<Membership> held, LocalDate day) {
		Map<List<Object>, Set<State>> groups = new LinkedHashMap<>();
		held.stream()
			.sorted(Comparator.comparingInt((Membership m) -> Role.rank(m.role()))
				.thenComparing(m -> m.statusOn(day))
				.thenComparing(m -> m.state().name()))
			.forEach(m -> groups.computeIfAbsent(List.of(m.role(), m.statusOn(day)), k -> new LinkedHashSet<>())
				.add(m.state()));
		List<MembershipYear.RoleCount> counts = new ArrayList<>();
		groups.forEach((k, v) -> counts
			.add(new MembershipYear.RoleCount((String) k.get(0), (MembershipStatus) k.get(1), List.copyOf(v))));
		return counts;
	}

	/**
	 * The members' figures for the year summed: per member the first figure (by key) of
	 * that year giving the count; members without one are left out of the sum and named.
	 */
	static CoveredTroopTotal sum(Organisation organisation, int year, LocalDate day, TroopMeasure measure,
			List<State> members, Map<String, List<TroopFigure>> figures, Map<String, List<Source>> cited) {
		Long value = null;
		List<State> covered = new ArrayList<>();
		List<TroopFigure> used = new ArrayList<>();
		for (State member : members) {
			TroopFigure figure = figures.getOrDefault(member.iso3(), List.of())
				.stream()
				.filter(f -> f.year() != null && f.year() == year && count(f, measure) != null)
				.min(Comparator.comparing(TroopFigure::key))
				.orElse(null);
			if (figure != null) {
				value = ((value != null) ? value : 0L) + count(figure, measure);
				covered.add(member);
				used.add(figure);
			}
		}
		return new CoveredTroopTotal(organisation, year, day, measure, value, members, covered,
				sourcesOf(used, TroopFigure::key, cited));
	}

	/**
	 * Rows grouped into series by their sources, in order of each series' first year;
	 * points oldest first.
	 */
	static List<TroopSeries> series(List<TroopTable.Row> rows) {
		Map<List<String>, List<TroopTable.Row>> groups = new LinkedHashMap<>();
		rows.stream()
			.sorted(Comparator.comparingInt(TroopTable.Row::year))
			.forEach(r -> groups.computeIfAbsent(r.sources().stream().map(Source::key).toList(), k -> new ArrayList<>())
				.add(r));
		List<TroopSeries> series = new ArrayList<>();
		groups.values().forEach(list -> {
			TroopTable.Row first = list.getFirst();
			String label = first.sources().isEmpty() ? "no source given"
					: first.sources().stream().map(Source::title).collect(Collectors.joining("; "));
			series.add(new TroopSeries(label, first.sources(),
					list.stream()
						.map(r -> new TroopSeries.Point(r.year(), "competing".equals(r.kind()), r.claimField(),
								r.active(), r.reserve(), r.paramilitary(), r.total(), r.approximate(), r.note()))
						.toList()));
		});
		return series;
	}

	static Long count(TroopFigure figure, TroopMeasure measure) {
		Integer value = switch (measure) {
			case ACTIVE -> figure.active();
			case RESERVE -> figure.reserve();
			case PARAMILITARY -> figure.paramilitary();
			case TOTAL -> figure.total();
		};
		return (value != null) ? value.longValue() : null;
	}

	private static List<State> statesOf(List<Membership> held) {
		return held.stream().map(Membership::state).distinct().sorted(Comparator.comparing(State::name)).toList();
	}

	private static <T> List<Source> sourcesOf(List<T> items, Function<T, String> key, Map<String, List<Source>> cited) {
		Map<String, Source> found = new LinkedHashMap<>();
		items.forEach(i -> cited.getOrDefault(key.apply(i), List.of()).forEach(s -> found.putIfAbsent(s.key(), s)));
		return List.copyOf(found.values());
	}

	private Map<String, Organisation> byAbbreviation() {
		Map<String, Organisation> result = new LinkedHashMap<>();
		this.organisations.findAll().forEach(o -> result.put(o.abbreviation(), o));
		return result;
	}

	private List<String> requireOrganisations(List<String> abbreviations) {
		List<String> keys = (abbreviations == null) ? List.of() : abbreviations.stream().distinct().toList();
		if (keys.isEmpty()) {
			throw new BadArgumentException("organisations", "must list at least one organisation abbreviation");
		}
		if (keys.size() > MOST_ORGANISATIONS) {
			throw new LimitExceededException("organisations", "lists " + keys.size() + " organisations, more than the "
					+ MOST_ORGANISATIONS + " one trend compares");
		}
		this.organisations.requireExisting("organisations", keys);
		return keys;
	}

	private void requireYears(int from, int to) {
		requireYear("from", from);
		requireYear("to", to);
		if (from > to) {
			throw new BadArgumentException("from", "(" + from + ") is after argument 'to' (" + to + ")");
		}
	}

	private void requireYear(String argument, int year) {
		int last = lastYear();
		if (year < FIRST_YEAR || year > last) {
			throw new BadArgumentException(argument, "is " + year + "; years run from " + FIRST_YEAR + " to " + last);
		}
	}

}
