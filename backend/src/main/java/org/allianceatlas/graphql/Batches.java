package org.allianceatlas.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Helpers for {@code @BatchMapping} methods: results found by key, handed back per parent
 * object.
 */
public final class Batches {

	private Batches() {
	}

	/** Each parent's list found under its key; an empty list for a parent with none. */
	public static <P, V> Map<P, List<V>> byKey(List<P> parents, Function<P, String> key, Map<String, List<V>> found) {
		Map<P, List<V>> result = new LinkedHashMap<>();
		parents.forEach(p -> result.put(p, found.getOrDefault(key.apply(p), List.of())));
		return result;
	}

	/** The distinct keys of the parents, in order. */
	public static <P> List<String> keys(List<P> parents, Function<P, String> key) {
		return parents.stream().map(key).distinct().toList();
	}

}
