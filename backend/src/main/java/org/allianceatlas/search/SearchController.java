package org.allianceatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Search over the full-text index {@code atlas_search} (names, titles, abbreviations and every
 * {@code Name} alias; its analyser folds case and accents). A matching alias counts for its owner.
 */
@Controller
class SearchController {

	private static final int DEFAULT_LIMIT = 20;

	private final CypherQueries cypher;

	private final Paging paging;

	SearchController(CypherQueries cypher, Paging paging) {
		this.cypher = cypher;
		this.paging = paging;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer limit) {
		int size = this.paging.limit("limit", limit, DEFAULT_LIMIT);
		this.paging.checkSearchText("text", text);
		String query = luceneQuery(text);
		List<SearchHit> hits = new ArrayList<>();
		for (Row row : this.cypher.rows("""
				CALL db.index.fulltext.queryNodes('atlas_search', $query, {limit: $candidates}) YIELD node, score
				OPTIONAL MATCH (owner)-[:HAS_NAME]->(node)
				WITH coalesce(owner, node) AS thing, CASE WHEN owner IS NULL THEN null ELSE node END AS alias, score
				WHERE thing:State OR thing:Organisation OR thing:Body OR thing:Person OR thing:Event
				WITH thing, alias, score ORDER BY score DESC
				WITH thing, max(score) AS score, head(collect(alias{.value, .language})) AS alias
				RETURN labels(thing) AS labels, thing{.iso3, .abbreviation, .key, .name, .title} AS thing, alias, score
				ORDER BY score DESC, coalesce(thing.name, thing.title) LIMIT $limit""",
				Params.of("query", query, "candidates", size * 5, "limit", size))) {
			NodeKind kind = NodeKind.of(row.strings("labels"));
			Row thing = row.row("thing");
			Row alias = row.row("alias");
			hits.add(new SearchHit(kind, kind.keyOf(thing), NodeKind.nameOf(thing),
					(alias != null) ? alias.string("value") : null, (alias != null) ? alias.string("language") : null,
					row.decimal("score")));
		}
		return hits;
	}

	/**
	 * Each word matches whole or as a prefix; hits matching more words rank higher (words are OR-ed, so a
	 * stop word such as "and" cannot empty the result). User text never reaches Lucene's query syntax:
	 * only letters and digits are kept, and words are lower-cased so AND/OR/NOT stay words.
	 */
	static String luceneQuery(String text) {
		List<String> clauses = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
			if (!word.isEmpty()) {
				clauses.add("(" + word + " OR " + word + "*)");
			}
		}
		if (clauses.isEmpty()) {
			throw new BadArgumentException("text", "must contain at least one letter or digit");
		}
		return String.join(" OR ", clauses);
	}

}
