package org.allianceatlas.membership;

import java.time.LocalDate;
import java.util.ArrayList;
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
	 * Owner, order and the membership's holding rule are fixed fragments; the RETURN
	 * columns come from a {@link MembershipShape}.
	 */
	private static final String MEMBERSHIPS = """
			MATCH (s:State)-[:HOLDS]->(m:Membership)-[:IN]->(o:Organisation)
			WHERE %s IN $owners
			  AND ($roles IS NULL OR m.role IN $roles)
			  AND %s
			RETURN %s AS owner, s{.iso3, .iso2, .name} AS state, %s AS organisation, %s AS membership,
			       %s AS statusChanges, %s AS sources
			ORDER BY %s, m.validFrom, m.key""";

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
			String owner = first.byOrganisation() ? "o.abbreviation" : "s.iso3";
			String order = first.byOrganisation() ? "s.name" : "o.abbreviation";
			Map<String, List<Membership>> byOwner = new HashMap<>();
			for (Row row : this.cypher.rows(query(owner, Periods.membershipHolds("m"), shape, order),
					Params.of("owners", group.stream().map(MembershipsOf::owner).distinct().toList(), "roles",
							first.roles(), "asOf", first.asOf()))) {
				byOwner.computeIfAbsent(row.string("owner"), k -> new ArrayList<>())
					.add(Membership.from(row, (first.asOf() != null) ? first.asOf() : today));
			}
			group.forEach(r -> result.put(r, byOwner.getOrDefault(r.owner(), List.of())));
		}
		return result;
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
		String owner = request.byOrganisation() ? "(o:Organisation {abbreviation: $owner}) RETURN o{.*}"
				: "(s:State {iso3: $owner}) RETURN s{.iso3, .iso2, .name}";
		String order = request.byOrganisation() ? "s.name" : "o.abbreviation";
		String figures = (troopFigures && !request.byOrganisation()) ? TroopRepository.figuresOf("s", true) : "null";
		return this.cypher
			.rows("""
					MATCH %s AS owner, COLLECT {
					  MATCH (s:State)-[:HOLDS]->(m:Membership)-[:IN]->(o:Organisation)
					  WHERE ($roles IS NULL OR m.role IN $roles) AND %s
					  RETURN {state: s{.iso3, .iso2, .name}, organisation: %s, membership: %s, statusChanges: %s,
					          sources: %s} AS membership
					  ORDER BY %s, m.validFrom, m.key
					} AS memberships, %s AS troopFigures""".formatted(owner, Periods.membershipHolds("m"),
					shape.organisationProjection(), shape.membershipProjection(), shape.statusChangesExpression(),
					shape.sourcesExpression(), order, figures),
					Params.of("owner", request.owner(), "roles", request.roles(), "asOf", request.asOf()))
			.stream()
			.findFirst()
			.map(row -> new Owned(row.row("owner"),
					row.rows("memberships")
						.stream()
						.map(m -> Membership.from(m, (request.asOf() != null) ? request.asOf() : today))
						.toList(),
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
		for (Row row : this.cypher.rows(query("m.key", "true", MembershipShape.FULL, "m.key"),
				Params.of("owners", List.copyOf(keys), "roles", null))) {
			Membership membership = Membership.from(row, today);
			found.put(membership.key(), membership);
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

	private static String query(String owner, String holds, MembershipShape shape, String order) {
		return MEMBERSHIPS.formatted(owner, holds, owner, shape.organisationProjection(), shape.membershipProjection(),
				shape.statusChangesExpression(), shape.sourcesExpression(), order);
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
