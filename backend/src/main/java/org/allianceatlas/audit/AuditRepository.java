package org.allianceatlas.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.Row;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Repository;

/**
 * The audit log in the graph: one {@code AuditEntry} node per event, connected to
 * nothing, so no reader's query meets it. Details are kept as two lists (names and
 * values), as a node property cannot hold a map.
 */
@Repository
class AuditRepository {

	private static final TransactionConfig WRITE = TransactionConfig.builder()
		.withTimeout(Duration.ofSeconds(10))
		.build();

	private static final String FILTER = """
			MATCH (e:AuditEntry)
			WHERE ($actor IS NULL OR e.actor = $actor) AND ($action IS NULL OR e.action = $action)
			""";

	private final CypherQueries cypher;

	AuditRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	/** The highest sequence number given so far, 0 for an empty log. */
	long lastSequence() {
		Integer last = this.cypher.rows("MATCH (e:AuditEntry) RETURN coalesce(max(e.seq), 0) AS n", Map.of())
			.getFirst()
			.integer("n");
		return (last != null) ? last : 0;
	}

	void add(String id, long seq, Instant at, AuditEvent event) {
		List<String> names = new ArrayList<>(event.details().keySet());
		names.sort(null);
		List<String> values = names.stream().map(event.details()::get).toList();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("seq", seq);
		parameters.put("at", at.atZone(ZoneOffset.UTC));
		parameters.put("actor", event.actor());
		parameters.put("action", event.action());
		parameters.put("subject", event.subject());
		parameters.put("names", names);
		parameters.put("values", values);
		try (Session session = this.cypher.writeSession()) {
			session.executeWriteWithoutResult(tx -> tx.run("""
					CREATE (:AuditEntry {id: $id, seq: $seq, at: $at, actor: $actor, action: $action, subject: $subject,
					                     detailNames: $names, detailValues: $values})""", parameters).consume(), WRITE);
		}
	}

	int count(String actor, String action) {
		return this.cypher.rows(FILTER + "RETURN count(e) AS n", filter(actor, action)).getFirst().integer("n");
	}

	/** Entries newest first, from position {@code skip}. */
	List<AuditEntry> newestFirst(String actor, String action, int skip, int limit) {
		Map<String, Object> parameters = filter(actor, action);
		parameters.put("skip", skip);
		parameters.put("limit", limit);
		return this.cypher
			.rows(FILTER + "RETURN e{.*} AS e ORDER BY e.at DESC, e.seq DESC SKIP $skip LIMIT $limit", parameters)
			.stream()
			.map(r -> entry(r.row("e")))
			.toList();
	}

	private static Map<String, Object> filter(String actor, String action) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("actor", actor);
		parameters.put("action", action);
		return parameters;
	}

	private static AuditEntry entry(Row row) {
		List<String> names = row.strings("detailNames");
		List<String> values = row.strings("detailValues");
		List<AuditEntry.Detail> details = new ArrayList<>();
		for (int i = 0; i < names.size() && i < values.size(); i++) {
			details.add(new AuditEntry.Detail(names.get(i), values.get(i)));
		}
		Instant at = (row.get("at") instanceof ZonedDateTime time) ? time.toInstant() : null;
		return new AuditEntry(row.string("id"), at, row.string("actor"), row.string("action"), row.string("subject"),
				details);
	}

}
