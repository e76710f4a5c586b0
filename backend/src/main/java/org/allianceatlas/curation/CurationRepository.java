package org.allianceatlas.curation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Every Cypher statement of curation. Writes run in one transaction of the driver each
 * ({@link #write}): the service's rules are applied between the reads and writes of
 * {@link Writes}, so a rule that fails rolls the whole change back. Labels and key
 * properties come from {@link NodeKind}, relationship types from constants here, never
 * from input.
 */
@Repository
class CurationRepository {

	private final CypherQueries cypher;

	CurationRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	/** Runs {@code work} in one write transaction, committed when it returns. */
	<T> T write(Function<Writes, T> work) {
		try (Session session = this.cypher.writeSession()) {
			return session.executeWrite(tx -> work.apply(new Writes(tx)));
		}
	}

	// --- reads (outside any write)
	// ---------------------------------------------------------

	/** Proposals, newest first; only those of {@code proposer} unless it is null. */
	List<Row> proposals(String proposer, String status) {
		return this.cypher.rows("""
				MATCH (p:Proposal)
				WHERE ($proposer IS NULL OR p.proposer = $proposer) AND ($status IS NULL OR p.status = $status)
				RETURN p{.*} AS p ORDER BY p.createdAt DESC, p.id""", Params.of("proposer", proposer, "status", status))
			.stream()
			.map(r -> r.row("p"))
			.toList();
	}

	/** The proposals of these ids that exist. */
	List<Row> proposals(Collection<String> ids) {
		return byIds("Proposal", ids);
	}

	/** The revisions of these ids that exist. */
	List<Row> revisions(Collection<String> ids) {
		return byIds("Revision", ids);
	}

	/** The nodes of this label (a constant here, never input) and these ids. */
	private List<Row> byIds(String label, Collection<String> ids) {
		return this.cypher
			.rows("MATCH (n:%s) WHERE n.id IN $ids RETURN n{.*} AS n".formatted(label), Map.of("ids", List.copyOf(ids)))
			.stream()
			.map(r -> r.row("n"))
			.toList();
	}

	/** Those of these keys that name a thing of this kind in the graph. */
	List<String> existing(NodeKind kind, Collection<String> keys) {
		return this.cypher
			.rows("MATCH (n:%s) WHERE n.%s IN $keys RETURN n.%s AS key".formatted(kind.label(), kind.keyProperty(),
					kind.keyProperty()), Map.of("keys", List.copyOf(keys)))
			.stream()
			.map(r -> r.string("key"))
			.toList();
	}

	Row proposal(String id) {
		List<Row> rows = proposals(List.of(id));
		return rows.isEmpty() ? null : rows.getFirst();
	}

	/** How many revisions there are (from the count store: no revision is read). */
	int revisionCount() {
		return this.cypher.rows("MATCH (r:Revision) RETURN count(r) AS n", Map.of()).getFirst().integer("n");
	}

	/**
	 * One page of the revisions, newest first: only the two properties of the order are
	 * read for every revision (a top-n sort), and the whole revision only for the page.
	 */
	List<Row> revisions(int skip, int limit) {
		return this.cypher.rows("""
				MATCH (r:Revision)
				WITH r ORDER BY r.at DESC, r.sequence DESC SKIP $skip LIMIT $limit
				RETURN r{.*} AS r""", Map.of("skip", skip, "limit", limit)).stream().map(r -> r.row("r")).toList();
	}

	/** Every revision, newest first. */
	List<Row> revisions() {
		return this.cypher.rows("MATCH (r:Revision) RETURN r{.*} AS r ORDER BY r.at DESC, r.sequence DESC", Map.of())
			.stream()
			.map(r -> r.row("r"))
			.toList();
	}

	Row revision(String id) {
		List<Row> rows = revisions(List.of(id));
		return rows.isEmpty() ? null : rows.getFirst();
	}

	/**
	 * Revisions of many things of one kind (those of the things themselves and those that
	 * added a name, claim or status to them), newest first, by key.
	 */
	Map<String, List<Row>> revisionsOf(NodeKind kind, Collection<String> keys) {
		Map<String, List<Row>> result = new HashMap<>();
		for (Row row : this.cypher.rows("""
				UNWIND $keys AS key
				RETURN key, COLLECT {
				  MATCH (r:Revision)
				  WHERE (r.entityKind = $kind AND r.entityKey = key) OR (r.parentKind = $kind AND r.parentKey = key)
				  RETURN r{.*} ORDER BY r.at DESC, r.sequence DESC } AS revisions""",
				Map.of("keys", List.copyOf(keys), "kind", kind.name()))) {
			result.put(row.string("key"), row.rows("revisions"));
		}
		return result;
	}

	/** The sources each thing cites now, by key. */
	Map<String, List<String>> citedSources(NodeKind kind, Collection<String> keys) {
		Map<String, List<String>> result = new HashMap<>();
		for (Row row : this.cypher.rows(
				"""
						MATCH (n:%s) WHERE n.%s IN $keys
						RETURN n.%s AS key, COLLECT { MATCH (n)-[:CITES]->(s:Source) RETURN s.key ORDER BY s.key } AS sources"""
					.formatted(kind.label(), kind.keyProperty(), kind.keyProperty()),
				Map.of("keys", List.copyOf(keys)))) {
			result.put(row.string("key"), row.strings("sources"));
		}
		return result;
	}

	/** Reads and writes inside one transaction. */
	static final class Writes {

		private final TransactionContext tx;

		private Writes(TransactionContext tx) {
			this.tx = tx;
		}

		/** A thing's properties, or null if the graph lacks it. */
		Row node(NodeKind kind, String key) {
			List<Row> rows = rows(
					"MATCH (n:%s {%s: $key}) RETURN n{.*} AS n".formatted(kind.label(), kind.keyProperty()),
					Map.of("key", key));
			return rows.isEmpty() ? null : rows.getFirst().row("n");
		}

		/** Which of these source keys name no source. */
		List<String> missingSources(Collection<String> keys) {
			return rows("UNWIND $keys AS k WITH k WHERE NOT EXISTS { MATCH (:Source {key: k}) } RETURN k",
					Map.of("keys", List.copyOf(keys)))
				.stream()
				.map(r -> r.string("k"))
				.toList();
		}

		/** The fields of a thing that have competing claims, one of them primary. */
		List<String> disputedFields(NodeKind kind, String key) {
			return rows("""
					MATCH (n:%s {%s: $key})-[:HAS_CLAIM]->(c:Claim) WHERE c.key IN coalesce(n.primaryClaim, [])
					RETURN DISTINCT c.field AS field""".formatted(kind.label(), kind.keyProperty()), Map.of("key", key))
				.stream()
				.map(r -> r.string("field"))
				.toList();
		}

		/** A readable name of a thing: a membership as "Armenia in CSTO". */
		String title(NodeKind kind, String key) {
			List<Row> rows = rows("""
					MATCH (n:%s {%s: $key})
					OPTIONAL MATCH (s:State)-[:HOLDS]->(n)-[:IN]->(o:Organisation)
					OPTIONAL MATCH (n)-[:OF_STATE]->(t:State)
					RETURN CASE
					  WHEN s IS NOT NULL THEN s.name + ' in ' + o.abbreviation
					  WHEN t IS NOT NULL THEN t.name + ' troops ' + coalesce(toString(n.year), 'undated')
					  ELSE coalesce(n.name, n.title, n.value, n.abbreviation, n.iso3, n.key) END AS title"""
				.formatted(kind.label(), kind.keyProperty()), Map.of("key", key));
			return rows.isEmpty() ? key : rows.getFirst().string("title");
		}

		void createProposal(Map<String, Object> properties) {
			run("CREATE (p:Proposal) SET p = $properties", Map.of("properties", properties));
		}

		/** A proposal's properties, locked until the transaction ends; null if none. */
		Row lockProposal(String id) {
			return lock("Proposal", id);
		}

		void updateProposal(String id, Map<String, Object> properties) {
			run("MATCH (p:Proposal {id: $id}) SET p += $properties", Map.of("id", id, "properties", properties));
		}

		/**
		 * Takes the thing's write lock by counting its next revision; the revision it had
		 * before, or -1 if the graph lacks it.
		 */
		int nextRevision(NodeKind kind, String key) {
			List<Row> rows = rows(
					"""
							MATCH (n:%s {%s: $key}) SET n.revision = coalesce(n.revision, 0) + 1 RETURN n.revision - 1 AS before"""
						.formatted(kind.label(), kind.keyProperty()),
					Map.of("key", key));
			return rows.isEmpty() ? -1 : rows.getFirst().integer("before");
		}

		/** Revisions of a thing after a number, oldest first. */
		List<Row> revisionsAfter(NodeKind kind, String key, int number) {
			return rows("""
					MATCH (r:Revision {entityKind: $kind, entityKey: $key}) WHERE r.number > $number
					RETURN r{.*} AS r ORDER BY r.number""", Map.of("kind", kind.name(), "key", key, "number", number))
				.stream()
				.map(r -> r.row("r"))
				.toList();
		}

		void createNode(NodeKind kind, String key, Map<String, Object> properties) {
			run("CREATE (n:%s {%s: $key}) SET n += $properties, n.revision = 1".formatted(kind.label(),
					kind.keyProperty()), Map.of("key", key, "properties", properties));
		}

		/** A structural relationship between two things that exist. */
		void relate(NodeKind fromKind, String fromKey, Link type, NodeKind toKind, String toKey) {
			run("MATCH (a:%s {%s: $from}), (b:%s {%s: $to}) CREATE (a)-[:%s]->(b)".formatted(fromKind.label(),
					fromKind.keyProperty(), toKind.label(), toKind.keyProperty(), type.name()),
					Map.of("from", fromKey, "to", toKey));
		}

		/** Sets fields of a thing; a null value removes the field. */
		void setFields(NodeKind kind, String key, Map<String, Object> fields) {
			run("MATCH (n:%s {%s: $key}) SET n += $fields".formatted(kind.label(), kind.keyProperty()),
					Params.of("key", key, "fields", fields));
		}

		void createSource(String key, Map<String, Object> properties) {
			run("CREATE (s:Source {key: $key}) SET s += $properties", Map.of("key", key, "properties", properties));
		}

		/**
		 * Cites sources (key and locator each) it does not cite yet; the keys newly
		 * cited.
		 */
		List<String> cite(NodeKind kind, String key, List<Map<String, Object>> citations) {
			return rows("""
					UNWIND $citations AS c
					MATCH (n:%s {%s: $key}), (s:Source {key: c.key})
					WHERE NOT (n)-[:CITES]->(s)
					CREATE (n)-[:CITES {note: c.note}]->(s)
					RETURN s.key AS key""".formatted(kind.label(), kind.keyProperty()),
					Map.of("key", key, "citations", citations))
				.stream()
				.map(r -> r.string("key"))
				.toList();
		}

		void uncite(NodeKind kind, String key, List<String> sourceKeys) {
			run("""
					MATCH (n:%s {%s: $key})-[c:CITES]->(s:Source) WHERE s.key IN $sources DELETE c"""
				.formatted(kind.label(), kind.keyProperty()), Map.of("key", key, "sources", sourceKeys));
		}

		/** The periods of a membership's statuses. */
		List<Row> statusPeriods(String membership) {
			return rows("""
					MATCH (:Membership {key: $key})-[:HAS_STATUS]->(c:StatusChange)
					RETURN c.key AS key, c.validFrom AS validFrom, c.validTo AS validTo""", Map.of("key", membership));
		}

		/** Whether names, claims or statuses hang off a thing. */
		boolean hasDependents(NodeKind kind, String key) {
			return !rows("""
					MATCH (n:%s {%s: $key}) WHERE EXISTS { (n)-[:HAS_STATUS|HAS_NAME|HAS_CLAIM]->() } RETURN 1 AS x"""
				.formatted(kind.label(), kind.keyProperty()), Map.of("key", key)).isEmpty();
		}

		void delete(NodeKind kind, String key) {
			run("MATCH (n:%s {%s: $key}) DETACH DELETE n".formatted(kind.label(), kind.keyProperty()),
					Map.of("key", key));
		}

		/** Removes sources of these keys that nothing cites any more. */
		void deleteUncitedSources(List<String> keys) {
			run("""
					MATCH (s:Source) WHERE s.key IN $keys AND NOT ()-[:CITES]->(s)
					  AND NOT EXISTS { MATCH ()-[r]->() WHERE s.key IN r.sources }
					DETACH DELETE s""", Map.of("keys", keys));
		}

		/**
		 * Writes a revision with the next number of the atlas-wide sequence, which orders
		 * revisions of the same instant.
		 */
		void createRevision(Map<String, Object> properties) {
			run("""
					OPTIONAL CALL () {
					  MATCH (last:Revision) WHERE last.sequence IS NOT NULL
					  RETURN last.sequence AS sequence ORDER BY last.sequence DESC LIMIT 1
					}
					CREATE (r:Revision) SET r = $properties, r.sequence = coalesce(sequence, 0) + 1""",
					Map.of("properties", properties));
		}

		/** A revision, locked until the transaction ends; null if none. */
		Row lockRevision(String id) {
			return lock("Revision", id);
		}

		/**
		 * The properties of the node of this label (a constant of this class, never
		 * input) and id, after writing to it, which takes its write lock until the
		 * transaction ends; null if there is none.
		 */
		private Row lock(String label, String id) {
			List<Row> rows = rows("""
					MATCH (n:%s {id: $id}) SET n.locks = coalesce(n.locks, 0) + 1 RETURN n{.*} AS n""".formatted(label),
					Map.of("id", id));
			return rows.isEmpty() ? null : rows.getFirst().row("n");
		}

		void markReverted(String id, String by) {
			run("MATCH (r:Revision {id: $id}) SET r.revertedBy = $by", Map.of("id", id, "by", by));
		}

		private List<Row> rows(String query, Map<String, Object> parameters) {
			return this.tx.run(query, parameters).list(record -> new Row(record.asMap(Value::asObject)));
		}

		private void run(String query, Map<String, Object> parameters) {
			this.tx.run(query, parameters).consume();
		}

	}

	/** The structural relationships curation creates. */
	enum Link {

		HOLDS, IN, HAS_STATUS, CONCERNS, INVOLVES, OF_STATE, HAS_NAME, HAS_CLAIM

	}

}
