package org.allianceatlas.search;

import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.springframework.stereotype.Repository;

/**
 * Look-ups in the full-text index {@code atlas_search}; a matching alias counts for its
 * owner.
 */
@Repository
class SearchRepository {

	private final CypherQueries cypher;

	SearchRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	/**
	 * The best {@code limit} hits of a Lucene query, best first; only of nodes with one
	 * of the labels when they are given (not null).
	 */
	List<SearchHit> search(String luceneQuery, int limit, List<String> labels) {
		List<SearchHit> hits = new ArrayList<>();
		for (Row row : this.cypher.rows("""
				CALL db.index.fulltext.queryNodes('atlas_search', $query, {limit: $candidates}) YIELD node, score
				OPTIONAL MATCH (owner)-[:HAS_NAME]->(node)
				WITH coalesce(owner, node) AS thing, CASE WHEN owner IS NULL THEN null ELSE node END AS alias, score
				WHERE (thing:State OR thing:Organisation OR thing:Body OR thing:Person OR thing:Event)
				  AND ($labels IS NULL OR any(label IN labels(thing) WHERE label IN $labels))
				WITH thing, alias, score ORDER BY score DESC
				WITH thing, max(score) AS score, head(collect(alias{.value, .language})) AS alias
				RETURN labels(thing) AS labels, thing{.iso3, .abbreviation, .key, .name, .title} AS thing, alias, score
				ORDER BY score DESC, coalesce(thing.name, thing.title) LIMIT $limit""",
				Params.of("query", luceneQuery, "candidates", limit * 5, "limit", limit, "labels", labels))) {
			NodeKind kind = NodeKind.of(row.strings("labels"));
			Row thing = row.row("thing");
			Row alias = row.row("alias");
			hits.add(new SearchHit(kind, kind.keyOf(thing), NodeKind.nameOf(thing),
					(alias != null) ? alias.string("value") : null, (alias != null) ? alias.string("language") : null,
					row.decimal("score")));
		}
		return hits;
	}

}
