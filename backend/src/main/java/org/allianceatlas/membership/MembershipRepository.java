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
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.query.Along;
import org.allianceatlas.query.Columns;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.allianceatlas.query.Where;
import org.allianceatlas.state.State;
import org.allianceatlas.troops.TroopFigure;
import org.allianceatlas.troops.TroopRepository;
import org.springframework.stereotype.Repository;

/** Reads reified memberships, many owners per round trip. */
@Repository
class MembershipRepository {

	/**
	 * The one reading of memberships: one row per owner found in {@code $owners} (by its
	 * anchor), with the projection of the owner's node (the state or organisation its
	 * memberships do not repeat; {@code null} for memberships asked by key) and its
	 * memberships collected in their order, each with its state or organisation, status
	 * periods and sources as a {@link MembershipShape} asks, on {@code $asOf} and in
	 * {@code $roles} when they are given; besides, its troop figures ({@code null} when
	 * not wanted). Sorting each owner's few memberships, rather than every row of the
	 * answer at once, and sending one row per owner made the query for all 1,200
	 * organisations of the 100-times graph about a fifth faster.
	 */
	private static final String MEMBERSHIPS = """
			UNWIND $owners AS key
			MATCH (%s:%s {%s: key})
			RETURN key AS owner, %s AS node, %s AS memberships, %s AS troopFigures""";

	/**
	 * The memberships of the owner bound to its anchor's variable, in their order: a
	 * {@code COLLECT} subquery, in {@link #MEMBERSHIPS} or read along with a list of
	 * organisations or states another repository finds ({@link #along}). The owner's
	 * label is not checked again, and only the conditions given are in it.
	 */
	private static final String COLLECTED = """
			COLLECT {
			  MATCH (s%s)-[:HOLDS]->(m%s)-[:IN]->(o%s)
			  %s
			  RETURN %s AS membership
			  ORDER BY %s, m.validFrom, m.key
			}""";

	/**
	 * What memberships are read by: the owner's variable in the membership pattern, its
	 * label and key, and the order of its memberships after it.
	 */
	record Anchor(String variable, String label, String key, String order) {

		/** The label of the variable in the membership pattern: none for the owner's. */
		String labelOf(String variable, String label) {
			return variable.equals(this.variable) ? "" : ":" + label;
		}

		/**
		 * The projection of the owner's node, which its memberships do not repeat: an
		 * organisation as the shape asks for it.
		 */
		String node(MembershipShape shape) {
			return switch (this.variable) {
				case "o" -> shape.organisationProjection();
				case "s" -> MembershipShape.STATE_PROJECTION;
				default -> "null";
			};
		}

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
			Anchor anchor = Anchor.of(first);
			Columns columns = columns(anchor, shape);
			for (Row row : read(anchor, group.stream().map(MembershipsOf::owner).distinct().toList(),
					anchor.node(shape), shape, first.roles(), first.asOf(), "null")) {
				byOwner.put(row.string("owner"),
						memberships(anchor, columns, row, (first.asOf() != null) ? first.asOf() : today));
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
						collected(anchor, shape, roles != null, asOf != null), troopFigures),
				Params.of("owners", owners, "roles", roles, "asOf", asOf));
	}

	/**
	 * {@link #COLLECTED} for the anchor and shape, in {@code $roles} and on {@code $asOf}
	 * when they are given (the whole history in every role, with no parameter, when
	 * neither is). A condition on a parameter that is null ({@code $roles IS NULL OR …})
	 * still cost the database a test per membership.
	 */
	private static String collected(Anchor anchor, MembershipShape shape, boolean byRoles, boolean byDay) {
		String which = Where.of(byRoles ? "m.role IN $roles" : null, byDay ? Periods.membershipHolds("m") : null);
		return COLLECTED.formatted(anchor.labelOf("s", "State"), anchor.labelOf("m", "Membership"),
				anchor.labelOf("o", "Organisation"), which,
				shape.membershipProjection(withState(anchor), withOrganisation(anchor)), anchor.order());
	}

	/** Whether the memberships read for the anchor name their state. */
	private static boolean withState(Anchor anchor) {
		return !anchor.equals(Anchor.STATE);
	}

	/** Whether the memberships read for the anchor name their organisation. */
	private static boolean withOrganisation(Anchor anchor) {
		return !anchor.equals(Anchor.ORGANISATION);
	}

	/** The columns of the memberships {@link #collected} gives for the anchor. */
	private static Columns columns(Anchor anchor, MembershipShape shape) {
		return shape.columns(withState(anchor), withOrganisation(anchor));
	}

	/**
	 * The memberships of an organisation bound to {@code o}, whole history and every
	 * role, as a column another query reads along; {@link #memberships(List, LocalDate)}
	 * reads its rows.
	 */
	Along along(MembershipShape shape) {
		return new Along(collected(Anchor.ORGANISATION, shape, false, false), Map.of(),
				columns(Anchor.ORGANISATION, shape));
	}

	/**
	 * {@link #along(MembershipShape)} for a state bound to {@code s}: its memberships,
	 * whole history and every role, with no parameter that could meet the finding query's
	 * own.
	 */
	Along alongStates(MembershipShape shape) {
		return new Along(collected(Anchor.STATE, shape, false, false), Map.of(), columns(Anchor.STATE, shape));
	}

	/**
	 * The memberships of an organisation read with {@link #along}, each with its status
	 * today.
	 */
	static List<Membership> memberships(Organisation owner, List<Row> rows, LocalDate today) {
		return rows.stream().map(m -> Membership.from(m, null, owner, today)).toList();
	}

	/**
	 * The memberships of a state read with {@link #alongStates}, each with its status
	 * today.
	 */
	static List<Membership> memberships(State owner, List<Row> rows, LocalDate today) {
		return rows.stream().map(m -> Membership.from(m, owner, null, today)).toList();
	}

	/**
	 * The memberships of a row of {@link #MEMBERSHIPS}, each with its status on the day
	 * and the owner its row gives.
	 */
	private static List<Membership> memberships(Anchor anchor, Columns columns, Row row, LocalDate day) {
		List<Row> rows = row.rows("memberships", columns);
		if (anchor.equals(Anchor.ORGANISATION)) {
			return memberships(Organisation.from(row.row("node")), rows, day);
		}
		if (anchor.equals(Anchor.STATE)) {
			return memberships(State.from(row.row("node")), rows, day);
		}
		return rows.stream().map(m -> Membership.from(m, null, null, day)).toList();
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
		Anchor anchor = Anchor.of(request);
		String figures = (troopFigures && !request.byOrganisation()) ? TroopRepository.figuresOf("s", true) : "null";
		String node = request.byOrganisation() ? "o{.*}" : anchor.node(shape);
		return read(anchor, List.of(request.owner()), node, shape, request.roles(), request.asOf(), figures).stream()
			.findFirst()
			.map(row -> new Owned(row.row("node"),
					memberships(anchor, columns(anchor, shape), row, (request.asOf() != null) ? request.asOf() : today),
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
		Columns columns = columns(Anchor.MEMBERSHIP, MembershipShape.FULL);
		for (Row row : read(Anchor.MEMBERSHIP, List.copyOf(keys), "null", MembershipShape.FULL, null, null, "null")) {
			memberships(Anchor.MEMBERSHIP, columns, row, today)
				.forEach(membership -> found.put(membership.key(), membership));
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
