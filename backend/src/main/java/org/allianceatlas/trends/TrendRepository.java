package org.allianceatlas.trends;

import java.util.List;
import java.util.Map;

import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.state.State;
import org.springframework.stereotype.Repository;

/**
 * What the trends need beyond the other features' reads: which states have dated figures.
 */
@Repository
class TrendRepository {

	private final CypherQueries cypher;

	TrendRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	/** The states with at least one troop figure of a known year, by name. */
	List<State> statesWithDatedFigures() {
		return this.cypher.rows("""
				MATCH (t:TroopFigure)-[:OF_STATE]->(s:State) WHERE t.year IS NOT NULL
				WITH DISTINCT s
				RETURN s{.iso3, .iso2, .name} AS state ORDER BY s.name""", Map.of())
			.stream()
			.map(row -> State.from(row.row("state")))
			.toList();
	}

}
