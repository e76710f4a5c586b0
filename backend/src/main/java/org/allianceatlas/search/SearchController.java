package org.allianceatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.Paging;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Search over the full-text index {@code atlas_search} (names, titles, abbreviations and
 * every {@code Name} alias; its analyser folds case and accents). A matching alias counts
 * for its owner.
 */
@Controller
class SearchController {

	private static final int DEFAULT_LIMIT = 20;

	private final SearchRepository search;

	private final Paging paging;

	SearchController(SearchRepository search, Paging paging) {
		this.search = search;
		this.paging = paging;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer limit) {
		int size = this.paging.limit("limit", limit, DEFAULT_LIMIT);
		this.paging.checkSearchText("text", text);
		String query = luceneQuery(text);
		return this.search.search(query, size);
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
