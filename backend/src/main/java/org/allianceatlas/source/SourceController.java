package org.allianceatlas.source;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Sources, what each supports, and the sources of claims. */
@Controller
class SourceController {

	/** A readable label for any node that cites a source. */
	static final String NODE_LABEL = """
			CASE
			  WHEN n:Membership THEN coalesce([(st:State)-[:HOLDS]->(n)-[:IN]->(o:Organisation)
			       | st.name + ' — ' + o.abbreviation + ' (' + n.role + ')'][0], n.key)
			  WHEN n:TroopFigure THEN coalesce([(n)-[:OF_STATE]->(st:State)
			       | st.name + ' troop figure ' + coalesce(toString(n.year), '(year unknown)')][0], n.key)
			  WHEN n:StatusChange THEN n.status + ' ' + coalesce(n.from, '') + '–' + coalesce(n.to, '')
			  WHEN n:Claim THEN n.field + ': ' + n.value
			  ELSE coalesce(n.name, n.title, n.value, n.abbreviation, n.iso3, n.key)
			END""";

	private final CypherQueries cypher;

	private final Paging paging;

	private final Facts facts;

	SourceController(CypherQueries cypher, Paging paging, Facts facts) {
		this.cypher = cypher;
		this.paging = paging;
		this.facts = facts;
	}

	@QueryMapping
	Source source(@Argument String key) {
		Source source = this.facts.sourcesByKey(List.of(key)).get(key);
		if (source == null) {
			throw new NotFoundException("key", key, "source");
		}
		return source;
	}

	@QueryMapping
	Paging.Connection<Source> sources(@Argument String kind, @Argument Integer first, @Argument String after) {
		Paging.Window window = this.paging.window(first, after);
		List<Row> rows = this.cypher.rows("""
				MATCH (s:Source) WHERE $kind IS NULL OR s.kind = $kind
				RETURN s{.*} AS s ORDER BY s.key SKIP $offset LIMIT $fetch""",
				Params.of("kind", kind, "offset", window.offset(), "fetch", window.fetch()));
		return window.page(rows, row -> Source.from(row.row("s")));
	}

	@BatchMapping(typeName = "Source")
	Map<Source, List<SupportedFact>> supports(List<Source> sources) {
		Map<String, List<SupportedFact>> byKey = new HashMap<>();
		List<Row> rows = this.cypher.rows("""
				MATCH (s:Source) WHERE s.key IN $keys
				RETURN s.key AS owner,
				  COLLECT { MATCH (n)-[c:CITES]->(s)
				            RETURN {labels: labels(n), props: n{.iso3, .abbreviation, .key}, label: %s, note: c.note} AS f
				            ORDER BY f.label } AS nodes,
				  COLLECT { MATCH (n)-[r]->(b) WHERE s.key IN r.sources
				            RETURN {type: type(r), labels: labels(n), props: n{.iso3, .abbreviation, .key},
				                    target: b{.iso3, .abbreviation, .key}, targetLabels: labels(b),
				                    label: coalesce(n.name, n.title, n.key) + ' ' + type(r) + ' '
				                           + coalesce(b.name, b.title, b.key),
				                    note: [i IN range(0, size(r.sources) - 1)
				                                    WHERE r.sources[i] = s.key AND coalesce(r.locators[i], '') <> ''
				                                    | r.locators[i]][0]} AS f
				            ORDER BY f.label } AS relationships""".formatted(NODE_LABEL),
				Map.of("keys", sources.stream().map(Source::key).distinct().toList()));
		for (Row row : rows) {
			List<SupportedFact> facts = new java.util.ArrayList<>();
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
		Map<Source, List<SupportedFact>> result = new LinkedHashMap<>();
		sources.forEach(source -> result.put(source, byKey.getOrDefault(source.key(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "Claim", field = "sources")
	Map<Claim, List<Source>> claimSources(List<Claim> claims) {
		return this.facts.sourcesFor(NodeKind.CLAIM, claims, Claim::key);
	}

}
