package org.allianceatlas.state;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.graphql.OrderDirection;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.membership.Periods;
import org.allianceatlas.query.Along;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Where;
import org.allianceatlas.query.Windows;
import org.springframework.stereotype.Repository;

/** States by key, and pages of all states. */
@Repository
class StateRepository {

	private final CypherQueries cypher;

	StateRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	Optional<State> find(String iso3) {
		return this.cypher
			.rows("MATCH (s:State {iso3: $iso3}) RETURN s{.iso3, .iso2, .name} AS s", Map.of("iso3", iso3))
			.stream()
			.map(r -> State.from(r.row("s")))
			.findFirst();
	}

	Map<String, State> byKeys(Collection<String> iso3s) {
		return this.cypher.byKey("MATCH (s:State) WHERE s.iso3 IN $keys RETURN s{.iso3, .iso2, .name} AS s", iso3s,
				r -> State.from(r.row("s")), State::iso3);
	}

	/**
	 * The states matching the query, in its order, and how many match: all of them when
	 * {@code window} is null, else only those in the window. Only the enum's values reach
	 * the query text (fixed order fragments).
	 */
	Paging.Slice<State> find(Query query, Paging.Window window) {
		return Windows.slice(this.cypher.rows(matching(query) + Windows.tail("s", "s{.iso3, .iso2, .name}", window),
				Windows.parameters(parameters(query), window)), State::from);
	}

	/**
	 * {@link #find} of a window, each state with the column read along with it over
	 * {@code s}.
	 */
	Paging.Slice<Along.Item<State>> findAlong(Query query, Paging.Window window, Along along) {
		Map<String, Object> parameters = parameters(query);
		parameters.putAll(along.parameters());
		return Windows.slice(
				this.cypher.rows(
						matching(query) + Windows.tail("s",
								"{node: s{.iso3, .iso2, .name}, along: %s}".formatted(along.cypher()), window),
						Windows.parameters(parameters, window)),
				(row) -> new Along.Item<>(State.from(row.row("node")), along.rows(row, "along")));
	}

	/**
	 * The states matching the query, bound to {@code s} in its order: only the filters
	 * given, in fixed fragments.
	 */
	private static String matching(Query query) {
		String order = ((query.field() == StateFilter.Field.ISO3) ? "s.iso3 %1$s" : "s.name %1$s, s.iso3 %1$s")
			.formatted(query.direction().cypher());
		String where = Where.of((query.field() == StateFilter.Field.ISO3) ? "s.iso3 IS NOT NULL" : null,
				(query.nameContains() != null) ? "toLower(s.name) CONTAINS toLower($nameContains)" : null,
				(query.organisation() != null) ? """
						EXISTS { MATCH (s)-[:HOLDS]->(m:Membership)-[:IN]->(:Organisation {abbreviation: $organisation})
						         WHERE m.role IN $roles AND %s }""".formatted(Periods.membershipHolds("m")) : null);
		return """
				MATCH (s:State) %s
				WITH s ORDER BY %s
				""".formatted(where, order);
	}

	private static Map<String, Object> parameters(Query query) {
		return Params.of("nameContains", query.nameContains(), "organisation", query.organisation(), "asOf",
				query.asOf(), "roles", query.roles());
	}

	/** A filter of states and its order; any part of the filter may be null. */
	record Query(String nameContains, String organisation, LocalDate asOf, List<String> roles, StateFilter.Field field,
			OrderDirection direction) {
	}

}
