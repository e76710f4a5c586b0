package org.allianceatlas.summary;

import java.util.Map;

import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.Row;
import org.springframework.stereotype.Repository;

/** Counts of what the graph holds, in one round trip. */
@Repository
class SummaryRepository {

	private final CypherQueries cypher;

	SummaryRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	Counts counts() {
		Row row = this.cypher.rows("""
				RETURN COUNT { (:State) } AS states, COUNT { (:Organisation) } AS organisations,
				       COUNT { (:State)-[:HOLDS]->(:Membership)-[:IN]->(:Organisation) } AS memberships,
				       COUNT { (:Source) } AS sources""", Map.of()).getFirst();
		return new Counts(row.integer("states"), row.integer("organisations"), row.integer("memberships"),
				row.integer("sources"));
	}

}
