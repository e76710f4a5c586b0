package org.allianceatlas.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourcedClaim;

/**
 * The sources a page cites, numbered in order of first citation, so the page can print
 * "[3]" next to a fact and the full list at the bottom.
 */
final class Citations {

	private final Map<String, Integer> numbers = new LinkedHashMap<>();

	private final List<Source> sources = new ArrayList<>();

	/** Numbers the sources not cited yet. */
	Citations cite(Collection<Source> cited) {
		for (Source source : cited) {
			if (!this.numbers.containsKey(source.key())) {
				this.numbers.put(source.key(), this.numbers.size() + 1);
				this.sources.add(source);
			}
		}
		return this;
	}

	/** The sources of each claim, in order. */
	Citations citeClaims(Collection<SourcedClaim> claims) {
		claims.forEach(c -> cite(c.sources()));
		return this;
	}

	/** Source key → its number on the page. */
	Map<String, Integer> numbers() {
		return this.numbers;
	}

	/** The cited sources in citation order. */
	List<Source> sources() {
		return this.sources;
	}

}
