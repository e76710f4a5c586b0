package org.allianceatlas.state;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.query.CypherQueries;
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

	List<State> page(int offset, int fetch) {
		return this.cypher.rows("""
				MATCH (s:State) RETURN s{.iso3, .iso2, .name} AS s ORDER BY s.name, s.iso3 SKIP $offset LIMIT $fetch""",
				Map.of("offset", offset, "fetch", fetch))
			.stream()
			.map(r -> State.from(r.row("s")))
			.toList();
	}

}
