package org.allianceatlas.membership;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceatlas.organisation.Body;
import org.allianceatlas.query.Along;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.allianceatlas.state.State;
import org.allianceatlas.troops.TroopFigure;
import org.allianceatlas.troops.TroopRepository;
import org.springframework.stereotype.Repository;

/** Reads reified memberships, many owners per round trip. */
@Repository
class MembershipRepository {

	/**
	 * The one reading of memberships: one row per owner found in {@code $owners} (by its
	 * anchor), with its memberships collected in their order, each with its state,
	 * organisation, membership, status periods and sources as a {@link MembershipShape}
	 * asks, on {@code $asOf} and in {@code $roles} (all when null). Besides: a projection
	 * of the owner's node and its troop figures (each {@code null} when not wanted).
	 * Sorting each owner's few memberships, rather than every row of the answer at once,
	 * and sending one row per owner made the query for all 1,200 organisations of the
	 * 100-times graph about a fifth faster.
	 */
	private static final String MEMBERSHIPS = """
			UNWIND $owners AS key
			MATCH (%s:%s {%s: key})
			RETURN key AS owner, %s AS node, %s AS memberships, %s AS troopFigures""";

	/**
	 * The memberships of the owner bound to its anchor's variable, in their order: a
	 * {@code COLLECT} subquery, in {@link #MEMBERSHIPS} or read along with a list of
	 * organisations another repository finds ({@link #along}).
	 */
	private static final String COLLECTED = """
			COLLECT {
			  MATCH (s:State)-[:HOLDS]->(m:Membership)-[:IN]->(o:Organisation)
			  WHERE %s
			  RETURN {state: s{.iso3, .iso2, .name}, organisation: %s, membership: %s, statusChanges: %s,
			          sources: %s} AS membership
			  ORDER BY %s, m.validFrom, m.key
			}""";

	/**
	 * What memberships are read by: the owner's variable in the membership pattern, its
	 * label and key, and the order of its memberships after it.
	 */
	record Anchor(String variable, String label, String key, String order) {

		static final Anchor ORGANISATION = new Anchor("o", "Organisation", "abbreviation", "s.name");

		static final Anchor STATE = new Anchor("s", "State", "iso3", "o.abbreviation");

		static final Anchor MEMBERSHIP = new Anchor("m", "Membership", "key", "m.key");

		static Anchor of(MembershipsOf request) {
			return request.byOrganisation() ? ORGANISATION : STATE;
		}

	}

	private final CypherQueries cypher;

	MembershipRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	/**
	 * Memberships for every requested owner; requests with the same day and roles share
	 * one query. A request without a day gets each membership's status for {@code today}.
	 */
	Map<MembershipsOf, List<Membership>> load(Set<MembershipsOf> requests, LocalDate today) {
		Map<MembershipsOf, MembershipShape> full = new LinkedHashMap<>();
		requests.forEach(r -> full.put(r, MembershipShape.FULL));
		return load(full, today);
	}

	/**
	 * Memberships for every requested owner, each group of requests with the same day and
	 * roles in one query that returns what their shapes together need.
	 */
	Map<MembershipsOf, List<Membership>> load(Map<MembershipsOf, MembershipShape> requests, LocalDate today) {
		Map<MembershipsOf, List<Membership>> result = new HashMap<>();
		Map<List<Object>, List<MembershipsOf>> groups = requests.keySet()
			.stream()
			.collect(Collectors.groupingBy(r -> Arrays.asList(r.byOrganisation(), r.asOf(), r.roles()),
					LinkedHashMap::new, Collectors.toList()));
		for (List<MembershipsOf> group : groups.values()) {
			MembershipsOf first = group.getFirst();
			MembershipShape shape = group.stream().map(requests::get).reduce(MembershipShape::and).orElseThrow();
			Map<String, List<Membership>> byOwner = new HashMap<>();
			for (Row row : read(Anchor.of(first), group.stream().map(MembershipsOf::owner).distinct().toList(), "null",
					shape, first.roles(), first.asOf(), "null")) {
				byOwner.put(row.string("owner"), memberships(row, (first.asOf() != null) ? first.asOf() : today));
			}
			group.forEach(r -> result.put(r, byOwner.getOrDefault(r.owner(), List.of())));
		}
		return result;
	}

	/** One run of {@link #MEMBERSHIPS}. */
	private List<Row> read(Anchor anchor, List<String> owners, String node, MembershipShape shape, List<String> roles,
			LocalDate asOf, String troopFigures) {
		return this.cypher.rows(
				MEMBERSHIPS.formatted(anchor.variable(), anchor.label(), anchor.key(), node,
						collected(anchor, shape, true), troopFigures),
				Params.of("owners", owners, "roles", roles, "asOf", asOf));
	}

	/**
	 * {@link #COLLECTED} for the anchor and shape; {@code filtered}: on {@code $asOf} and
	 * in {@code $roles}, else the whole history in every role, with no parameter.
	 */
	private static String collected(Anchor anchor, MembershipShape shape, boolean filtered) {
		String which = filtered ? "($roles IS NULL OR m.role IN $roles) AND " + Periods.membershipHolds("m") : "true";
		return COLLECTED.formatted(which, shape.organisationProjection(), shape.membershipProjection(),
				shape.statusChangesExpression(), shape.sourcesExpression(), anchor.order());
	}

	/**
	 * The memberships of an organisation bound to {@code o}, whole history and every
	 * role, as a column another query reads along; {@link #memberships(List, LocalDate)}
	 * reads its rows.
	 */
	Along along(MembershipShape shape) {
		return new Along(collected(Anchor.ORGANISATION, shape, false), Map.of());
	}

	/**
	 * {@link #along(MembershipShape)} for a state bound to {@code s}: its memberships,
	 * whole history and every role, with no parameter that could meet the finding query's
	 * own.
	 */
	Along alongStates(MembershipShape shape) {
		return new Along(collected(Anchor.STATE, shape, false), Map.of());
	}

	/** The memberships of rows read with {@link #along}, each with its status today. */
	static List<Membership> memberships(List<Row> rows, LocalDate today) {
		return rows.stream().map(m -> Membership.from(m, today)).toList();
	}

	/**
	 * The memberships of a row of {@link #MEMBERSHIPS}, each with its status on the day.
	 */
	private static List<Membership> memberships(Row row, LocalDate day) {
		return memberships(row.rows("memberships"), day);
	}

	/**
	 * The owner of a request (its projection: an organisation's every property, a state's
	 * iso3, iso2 and name, as their own repositories read them) and the request's
	 * memberships, in one query; empty when there is no such owner. The memberships are
	 * those, in the same order and shape, that {@link #load(Map, LocalDate)} reads. With
	 * {@code troopFigures} a state's troop figures come along too, with their sources, as
	 * {@link TroopRepository#figuresOf} reads them (null otherwise).
	 */
	Optional<Owned> withOwner(MembershipsOf request, MembershipShape shape, LocalDate today, boolean troopFigures) {
		String node = request.byOrganisation() ? "o{.*}" : "s{.iso3, .iso2, .name}";
		String figures = (troopFigures && !request.byOrganisation()) ? TroopRepository.figuresOf("s", true) : "null";
		return read(Anchor.of(request), List.of(request.owner()), node, shape, request.roles(), request.asOf(), figures)
			.stream()
			.findFirst()
			.map(row -> new Owned(row.row("node"), memberships(row, (request.asOf() != null) ? request.asOf() : today),
					(row.get("troopFigures") != null) ? TroopRepository.figures(row.rows("troopFigures")) : null));
	}

	/**
	 * An owner as its node's projection, its memberships, and its troop figures when they
	 * were read along (null when not).
	 */
	record Owned(Row owner, List<Membership> memberships, List<TroopFigure> troopFigures) {
	}

	/**
	 * Memberships by their keys, each with its status for {@code today}; and status
	 * changes by their keys.
	 */
	Map<String, Membership> byKeys(Collection<String> keys, LocalDate today) {
		Map<String, Membership> found = new LinkedHashMap<>();
		for (Row row : read(Anchor.MEMBERSHIP, List.copyOf(keys), "null", MembershipShape.FULL, null, null, "null")) {
			memberships(row, today).forEach(membership -> found.put(membership.key(), membership));
		}
		return found;
	}

	/**
	 * The states holding a membership (in the organisation; any when null): name by ISO
	 * code, in name order.
	 */
	Map<String, String> statesHolding(String organisation) {
		Map<String, String> names = new LinkedHashMap<>();
		statesWith(organisation, null, null).forEach(s -> names.put(s.iso3(), s.name()));
		return names;
	}

	/**
	 * The states, in name order, holding a membership in the organisation, in the role
	 * and on the day (any of them when null). Only the parts given are in the query, so
	 * that the planner can start from the organisation's key or the index of membership
	 * roles (V0027) instead of reading every membership.
	 */
	List<State> statesWith(String organisation, String role, LocalDate asOf) {
		return this.cypher
			.rows(statesWithQuery(organisation != null, role != null, asOf != null),
					Params.of("organisation", organisation, "role", role, "asOf", asOf))
			.stream()
			.map(r -> State.from(r.row("s")))
			.toList();
	}

	/**
	 * The query of {@link #statesWith}, with only the conditions given (the organisation
	 * is matched only when one is asked for).
	 */
	static String statesWithQuery(boolean byOrganisation, boolean byRole, boolean byDay) {
		return """
				MATCH (s:State)-[:HOLDS]->(m:Membership)%s
				WHERE %s AND %s
				WITH DISTINCT s
				RETURN s{.iso3, .iso2, .name} AS s ORDER BY s.name, s.iso3""".formatted(
				byOrganisation ? "-[:IN]->(:Organisation {abbreviation: $organisation})" : "",
				byRole ? "m.role = $role" : "true", byDay ? Periods.membershipHolds("m") : "true");
	}

	Map<String, StatusChange> statusChangesByKey(Collection<String> keys) {
		return this.cypher.byKey("MATCH (c:StatusChange) WHERE c.key IN $keys RETURN c{.*} AS c", keys,
				r -> StatusChange.from(r.row("c")), StatusChange::key);
	}

	/**
	 * Which bodies hold the memberships (a parliament observing an assembly), by
	 * membership key.
	 */
	Map<String, Body> bodiesThrough(List<String> membershipKeys) {
		Map<String, Body> result = new HashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH (m:Membership)-[:THROUGH]->(b:Body) WHERE m.key IN $keys
				RETURN m.key AS membership, b{.*} AS body""", Map.of("keys", membershipKeys))) {
			result.put(row.string("membership"), Body.from(row.row("body")));
		}
		return result;
	}

}
