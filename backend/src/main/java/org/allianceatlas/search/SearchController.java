package org.allianceatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;

import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.node.Nodes;
import org.allianceatlas.query.NodeKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Search over the full-text index {@code atlas_search} (names, titles, abbreviations and
 * every {@code Name} alias; its analyser folds case and accents). A matching alias counts
 * for its owner.
 */
@Controller
class SearchController {

	private static final int DEFAULT_LIMIT = 20;

	/** Most hits a paged search finds (and counts). */
	static final int MOST_HITS = 500;

	private final SearchRepository search;

	private final Paging paging;

	SearchController(SearchRepository search, Paging paging) {
		this.search = search;
		this.paging = paging;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer limit) {
		int size = this.paging.limit("limit", limit, DEFAULT_LIMIT);
		return find(text, size, null);
	}

	/** A page of the best hits; {@code totalCount} counts at most {@link #MOST_HITS}. */
	@QueryMapping
	Paging.Connection<SearchHit> searchConnection(@Argument String text, @Argument List<NodeKind> kinds,
			DataFetchingEnvironment env) {
		Paging.Page page = Paging.Page.of(env);
		// checks the paging arguments before the search runs
		this.paging.page(List.of(), page);
		List<String> labels = (kinds != null) ? kinds.stream().map(NodeKind::label).toList() : null;
		return this.paging.page(find(text, MOST_HITS, labels), page);
	}

	@SchemaMapping(typeName = "SearchHit", field = "node")
	CompletableFuture<Object> node(SearchHit hit, DataFetchingEnvironment env) {
		return Nodes.load(env, hit.kind(), hit.key());
	}

	private List<SearchHit> find(String text, int size, List<String> labels) {
		this.paging.checkSearchText("text", text);
		String query = luceneQuery(text);
		return (size == 0) ? List.of() : this.search.search(query, size, labels);
	}

	/**
	 * Each word matches whole or as a prefix; hits matching more words rank higher (words
	 * are OR-ed, so a stop word such as "and" cannot empty the result). User text never
	 * reaches Lucene's query syntax: only letters and digits are kept, and words are
	 * lower-cased so AND/OR/NOT stay words.
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
