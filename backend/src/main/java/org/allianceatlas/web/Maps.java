package org.allianceatlas.web;

import java.util.List;
import java.util.Map;

/** Reading the plain maps and lists a GraphQL result is made of. */
final class Maps {

	private Maps() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> parent, String key) {
		Object value = (parent != null) ? parent.get(key) : null;
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
		Object value = (parent != null) ? parent.get(key) : null;
		return (value instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

	static String str(Map<String, Object> parent, String key) {
		Object value = (parent != null) ? parent.get(key) : null;
		return (value != null) ? value.toString() : null;
	}

	static String str(Map<String, Object> parent, String key, String inner) {
		return str(map(parent, key), inner);
	}

	static Long number(Map<String, Object> parent, String key) {
		Object value = (parent != null) ? parent.get(key) : null;
		return (value instanceof Number n) ? n.longValue() : null;
	}

	static Double decimal(Map<String, Object> parent, String key) {
		Object value = (parent != null) ? parent.get(key) : null;
		return (value instanceof Number n) ? n.doubleValue() : null;
	}

}
