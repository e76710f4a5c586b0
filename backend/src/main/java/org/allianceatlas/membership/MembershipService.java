package org.allianceatlas.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.allianceatlas.organisation.Body;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.query.Along;
import org.allianceatlas.query.Row;
import org.allianceatlas.state.State;
import org.springframework.stereotype.Service;

/**
 * The membership rules: which memberships held on a day, and each one's status on the day
 * asked about (today, by the injected clock, when no day is asked). Used by the GraphQL
 * fields and the pages alike.
 */
@Service
public class MembershipService {

	/**
	 * Current first, then by start (unknown starts last), then by state and organisation.
	 */
	private static final Comparator<Membership> TIMELINE_ORDER = Comparator
		.comparing((Membership m) -> m.state().name())
		.thenComparing((m) -> m.organisation().abbreviation())
		.thenComparing((m) -> Objects.toString(m.from()));

	public static final Comparator<Membership> CURRENT_FIRST = Comparator.comparing(Membership::ended)
		.thenComparing(Membership::from, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing((Membership m) -> m.state().name())
		.thenComparing((Membership m) -> m.organisation().abbreviation());

	private final MembershipRepository memberships;

	private final Clock clock;

	MembershipService(MembershipRepository memberships, Clock clock) {
		this.memberships = memberships;
		this.clock = clock;
	}

	/** Today, as the application's clock has it. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Memberships by key, each with its status today. */
	public Map<String, Membership> byKeys(Collection<String> keys) {
		return this.memberships.byKeys(keys, today());
	}

	/** Status changes by key. */
	public Map<String, StatusChange> statusChangesByKey(Collection<String> keys) {
		return this.memberships.statusChangesByKey(keys);
	}

	/**
	 * The day that decides membership in a year: 31 December, or today while the year is
	 * not over. A state counts as a member in year Y when its membership holds on that
	 * day (the same rule as any {@code asOf} day).
	 */
	public LocalDate dayOfYear(int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate today = today();
		return end.isAfter(today) ? today : end;
	}

	/**
	 * The memberships of a history that count in the year (see {@link #dayOfYear}), in
	 * the order given.
	 */
	public List<Membership> heldInYear(List<Membership> history, int year) {
		LocalDate day = dayOfYear(year);
		return history.stream().filter((m) -> m.holdsOn(day)).toList();
	}

	/** The memberships of many owners, grouped as the data loader asks for them. */
	public Map<MembershipsOf, List<Membership>> load(Set<MembershipsOf> requests) {
		return this.memberships.load(requests, today());
	}

	/**
	 * The memberships of many owners, each request read with what its shape needs (the
	 * GraphQL fields' data loader).
	 */
	Map<MembershipsOf, List<Membership>> load(Map<MembershipsOf, MembershipShape> requests) {
		return this.memberships.load(requests, today());
	}

	/**
	 * An organisation's memberships (whole history, every role) in the shape asked, as a
	 * column the query that finds organisations reads along.
	 */
	Along along(MembershipShape shape) {
		return this.memberships.along(shape);
	}

	/**
	 * A state's memberships (whole history, every role) in the shape asked, as a column
	 * the query that finds states reads along.
	 */
	Along alongStates(MembershipShape shape) {
		return this.memberships.alongStates(shape);
	}

	/**
	 * The memberships of an organisation a column of {@link #along} read, each with its
	 * status today.
	 */
	List<Membership> readAlong(Organisation owner, List<Row> rows) {
		return MembershipRepository.memberships(owner, rows, today());
	}

	/**
	 * The memberships of a state a column of {@link #alongStates} read, each with its
	 * status today.
	 */
	List<Membership> readAlong(State owner, List<Row> rows) {
		return MembershipRepository.memberships(owner, rows, today());
	}

	/**
	 * The owner of a request with the request's memberships, and a state's troop figures
	 * when asked for, in one query.
	 */
	Optional<MembershipRepository.Owned> withOwner(MembershipsOf request, MembershipShape shape, boolean troopFigures) {
		return this.memberships.withOwner(request, shape, today(), troopFigures);
	}

	/**
	 * One owner's memberships; on {@code asOf} only, or the whole history when it is
	 * null.
	 */
	public List<Membership> of(MembershipsOf request) {
		return load(Set.of(request)).get(request);
	}

	/**
	 * Several organisations' memberships on a day (all when null), in the order asked.
	 */
	public Map<String, List<Membership>> ofOrganisations(List<String> abbreviations, LocalDate asOf) {
		Set<MembershipsOf> requests = new LinkedHashSet<>();
		abbreviations.forEach(a -> requests.add(MembershipsOf.organisation(a, asOf, null)));
		Map<MembershipsOf, List<Membership>> found = load(requests);
		Map<String, List<Membership>> result = new LinkedHashMap<>();
		requests.forEach(r -> result.put(r.owner(), found.get(r)));
		return result;
	}

	/**
	 * Who held a role in some organisations on a day: for each state (by ISO code, in
	 * name order) its strongest membership in each organisation it was in, in the order
	 * asked. A state holding two roles in one organisation keeps the stronger.
	 */
	public Map<String, Map<String, Membership>> strongestOnDay(List<String> abbreviations, LocalDate day) {
		Map<String, List<Membership>> held = ofOrganisations(abbreviations, day);
		Map<String, Map<String, Membership>> result = new LinkedHashMap<>();
		held.values()
			.stream()
			.flatMap(List::stream)
			.sorted(Comparator.comparing((Membership m) -> m.state().name()))
			.forEach((m) -> result.computeIfAbsent(m.state().iso3(), (k) -> new LinkedHashMap<>()));
		held.forEach((organisation, list) -> list.forEach((m) -> result.get(m.state().iso3())
			.merge(organisation, m, (a, b) -> (Role.rank(b.role()) < Role.rank(a.role())) ? b : a)));
		return result;
	}

	/**
	 * The timeline's rows: every membership of the given histories, optionally only of
	 * one organisation and one state (null: all), ordered by state name, organisation and
	 * start.
	 */
	public List<Membership> timeline(Map<String, List<Membership>> histories, String organisation, String iso3) {
		return histories.values()
			.stream()
			.flatMap(List::stream)
			.filter((m) -> organisation == null || organisation.equals(m.organisation().abbreviation()))
			.filter((m) -> iso3 == null || iso3.equals(m.state().iso3()))
			.sorted(TIMELINE_ORDER)
			.toList();
	}

	/**
	 * The states holding a membership in the organisation (any when null): name by ISO
	 * code, in name order.
	 */
	public Map<String, String> statesHolding(String organisation) {
		return this.memberships.statesHolding(organisation);
	}

	/**
	 * The states, in name order, holding a membership in the organisation, in the role
	 * and on the day (any of them when null).
	 */
	public List<State> statesWith(String organisation, String role, LocalDate asOf) {
		return this.memberships.statesWith(organisation, role, asOf);
	}

	/**
	 * The bodies holding memberships (a parliament observing an assembly), by membership
	 * key.
	 */
	public Map<String, Body> bodiesThrough(List<String> membershipKeys) {
		return this.memberships.bodiesThrough(membershipKeys);
	}

}
