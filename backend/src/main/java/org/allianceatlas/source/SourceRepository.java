package org.allianceatlas.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.graphql.OrderDirection;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.allianceatlas.query.Where;
import org.allianceatlas.query.Windows;
import org.springframework.stereotype.Repository;

/** Sources in key order, and what each one supports. */
@Repository
class SourceRepository {

	/** A readable label for any node that cites a source. */
	private static final String NODE_LABEL = """
			CASE
			  WHEN n:Membership THEN coalesce([(st:State)-[:HOLDS]->(n)-[:IN]->(o:Organisation)
			       | st.name + ' — ' + o.abbreviation + ' (' + n.role + ')'][0], n.key)
			  WHEN n:TroopFigure THEN coalesce([(n)-[:OF_STATE]->(st:State)
			       | st.name + ' troop figure ' + coalesce(toString(n.year), '(year unknown)')][0], n.key)
			  WHEN n:StatusChange THEN n.status + ' ' + coalesce(n.from, '') + '–' + coalesce(n.to, '')
			  WHEN n:Claim THEN n.field + ': ' + n.value
			  ELSE coalesce(n.name, n.title, n.value, n.abbreviation, n.iso3, n.key)
			END""";

	/**
	 * Keys asked of the index at once: each is one clause of the index's query, which
	 * takes at most 1,024.
	 */
	private static final int INDEX_BATCH = 500;

	private final CypherQueries cypher;

	SourceRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	/** A window of the sources of a kind (all kinds when null), in key order. */
	List<Source> page(String kind, int offset, int fetch) {
		return this.cypher
			.rows("""
					MATCH (s:Source) WHERE $kind IS NULL OR s.kind = $kind
					RETURN s{.*} AS s ORDER BY s.key SKIP $offset LIMIT $fetch""",
					Params.of("kind", kind, "offset", offset, "fetch", fetch))
			.stream()
			.map(row -> Source.from(row.row("s")))
			.toList();
	}

	/** How many sources there are, and how many facts they support together. */
	long[] countWithFacts() {
		Row row = this.cypher
			.rows("""
					RETURN COUNT { (:Source) } AS sources,
					       COUNT { ()-[:CITES]->(:Source) }
					       + COUNT { MATCH ()-[r:SUCCEEDED_BY|PART_OF|OBSERVER_IN|COOPERATES_WITH|HELD_OFFICE|NATIONAL_OF]->()
					                 UNWIND r.sources AS key WITH DISTINCT r, key MATCH (:Source {key: key}) RETURN key } AS facts""",
					Map.of())
			.getFirst();
		return new long[] { row.integer("sources"), row.integer("facts") };
	}

	/**
	 * The sources matching the filter (any part may be null), in an order made of fixed
	 * fragments only; sources without a publication date last when ordered by it.
	 */
	Paging.Slice<Source> find(String kind, String titleContains, String publisherContains, SourceFilter.Field field,
			OrderDirection direction, Paging.Window window) {
		return Windows
			.slice(this.cypher.rows(findQuery(kind, titleContains, publisherContains, field, direction, window), Windows
				.parameters(Params.of("kind", kind, "title", titleContains, "publisher", publisherContains), window)),
					Source::from);
	}

	/**
	 * The text of {@link #find}'s query: only the filters given, and in key order a
	 * condition the key's index answers, so that an unfiltered page is read from that
	 * index in order.
	 */
	static String findQuery(String kind, String titleContains, String publisherContains, SourceFilter.Field field,
			OrderDirection direction, Paging.Window window) {
		String order = switch (field) {
			case TITLE -> "s.title %1$s, s.key %1$s";
			case PUBLISHED -> "s.published IS NULL, s.published %1$s, s.key %1$s";
			case KEY -> "s.key %1$s";
		};
		String where = Where.of((field == SourceFilter.Field.KEY) ? "s.key IS NOT NULL" : null,
				(kind != null) ? "s.kind = $kind" : null,
				(titleContains != null) ? "toLower(s.title) CONTAINS toLower($title)" : null,
				(publisherContains != null) ? "toLower(s.publisher) CONTAINS toLower($publisher)" : null);
		return """
				MATCH (s:Source) %s
				WITH s ORDER BY %s
				%s""".formatted(where, order.formatted(direction.cypher()), Windows.tail("s", "s{.*}", window));
	}

	/**
	 * Every node citing each source and every relationship listing it, by source key. The
	 * relationships come from the index of their {@code sources} lists (migration V0020),
	 * asked once for a whole batch of keys.
	 */
	Map<String, List<SupportedFact>> supports(List<String> sourceKeys) {
		Map<String, List<SupportedFact>> byKey = new HashMap<>();
		for (int from = 0; from < sourceKeys.size(); from += INDEX_BATCH) {
			List<String> batch = sourceKeys.subList(from, Math.min(sourceKeys.size(), from + INDEX_BATCH));
			byKey.putAll(supportsOfBatch(batch));
		}
		return byKey;
	}

	private Map<String, List<SupportedFact>> supportsOfBatch(List<String> sourceKeys) {
		Map<String, List<SupportedFact>> byKey = new HashMap<>();
		if (sourceKeys.isEmpty()) {
			return byKey;
		}
		List<Row> rows = this.cypher
			.rows("""
					CALL db.index.fulltext.queryRelationships('relationship_sources', $terms) YIELD relationship
					WITH collect(relationship) AS listing
					MATCH (s:Source) WHERE s.key IN $keys
					RETURN s.key AS owner,
					  COLLECT { MATCH (n)-[c:CITES]->(s)
					            RETURN {labels: labels(n), props: n{.iso3, .abbreviation, .key}, label: %s, note: c.note} AS f
					            ORDER BY f.label } AS nodes,
					  COLLECT { UNWIND listing AS r
					            WITH r, startNode(r) AS n, endNode(r) AS b WHERE s.key IN r.sources
					            RETURN {type: type(r), labels: labels(n), props: n{.iso3, .abbreviation, .key},
					                    target: b{.iso3, .abbreviation, .key}, targetLabels: labels(b),
					                    label: coalesce(n.name, n.title, n.key) + ' ' + type(r) + ' '
					                           + coalesce(b.name, b.title, b.key),
					                    note: [i IN range(0, size(r.sources) - 1)
					                                    WHERE r.sources[i] = s.key AND coalesce(r.locators[i], '') <> ''
					                                    | r.locators[i]][0]} AS f
					            ORDER BY f.label } AS relationships"""
				.formatted(NODE_LABEL), Map.of("keys", sourceKeys, "terms", terms(sourceKeys)));
		for (Row row : rows) {
			List<SupportedFact> facts = new ArrayList<>();
			for (Row node : row.rows("nodes")) {
				NodeKind kind = NodeKind.of(node.strings("labels"));
				facts.add(new SupportedFact(kind, null, kind.keyOf(node.row("props")), null, node.string("label"),
						node.string("note")));
			}
			for (Row rel : row.rows("relationships")) {
				NodeKind kind = NodeKind.of(rel.strings("labels"));
				NodeKind targetKind = NodeKind.of(rel.strings("targetLabels"));
				facts.add(new SupportedFact(kind, rel.string("type"), kind.keyOf(rel.row("props")),
						targetKind.keyOf(rel.row("target")), rel.string("label"), rel.string("note")));
			}
			byKey.put(row.string("owner"), facts);
		}
		return byKey;
	}

	/**
	 * The index query for any of the keys: each key one exact term, quoted (the index
	 * keeps keys whole), with the query syntax's quote and escape characters escaped.
	 */
	static String terms(List<String> keys) {
		StringBuilder terms = new StringBuilder();
		for (String key : keys) {
			terms.append(terms.isEmpty() ? "" : " OR ")
				.append('"')
				.append(key.replace("\\", "\\\\").replace("\"", "\\\""))
				.append('"');
		}
		return terms.toString();
	}

}
