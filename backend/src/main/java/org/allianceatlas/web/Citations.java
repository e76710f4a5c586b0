package org.allianceatlas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every source cited anywhere in a GraphQL result, numbered in order of first citation, so a page can
 * print "[3]" next to a fact and the full list at the bottom.
 */
final class Citations {

	private final Map<String, Integer> numbers = new LinkedHashMap<>();

	private final List<Map<String, Object>> sources = new ArrayList<>();

	static Citations of(Object... results) {
		Citations citations = new Citations();
		for (Object result : results) {
			citations.walk(result);
		}
		return citations;
	}

	@SuppressWarnings("unchecked")
	private void walk(Object value) {
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if ("sources".equals(entry.getKey()) && entry.getValue() instanceof List<?> list) {
					for (Object item : list) {
						if (item instanceof Map<?, ?> source && source.get("key") != null) {
							String key = source.get("key").toString();
							if (!this.numbers.containsKey(key)) {
								this.numbers.put(key, this.numbers.size() + 1);
								this.sources.add((Map<String, Object>) source);
							}
						}
					}
				}
				else {
					walk(entry.getValue());
				}
			}
		}
		else if (value instanceof List<?> list) {
			list.forEach(this::walk);
		}
	}

	/** Source key → its number on the page. */
	Map<String, Integer> numbers() {
		return this.numbers;
	}

	/** The cited sources in citation order. */
	List<Map<String, Object>> sources() {
		return this.sources;
	}

}
