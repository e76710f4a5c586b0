package org.allianceatlas.state;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.graphql.OrderDirection;
import org.allianceatlas.membership.Periods;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.Params;
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
	 * The states matching the filter (any part may be null), ordered by fixed fragments:
	 * only the enum's values reach the query text.
	 */
	List<State> find(String nameContains, String organisation, LocalDate asOf, List<String> roles,
			StateFilter.Field field, OrderDirection direction) {
		String order = ((field == StateFilter.Field.ISO3) ? "s.iso3 %1$s" : "s.name %1$s, s.iso3 %1$s")
			.formatted(direction.cypher());
		return this.cypher
			.rows("""
					MATCH (s:State)
					WHERE ($nameContains IS NULL OR toLower(s.name) CONTAINS toLower($nameContains))
					  AND ($organisation IS NULL OR EXISTS {
					        MATCH (s)-[:HOLDS]->(m:Membership)-[:IN]->(:Organisation {abbreviation: $organisation})
					        WHERE m.role IN $roles AND %s })
					RETURN s{.iso3, .iso2, .name} AS s ORDER BY %s""".formatted(Periods.membershipHolds("m"), order),
					Params.of("nameContains", nameContains, "organisation", organisation, "asOf", asOf, "roles", roles))
			.stream()
			.map(r -> State.from(r.row("s")))
			.toList();
	}

}
