package org.allianceatlas.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * Chart data for the page scripts, written into a {@code data-} attribute (Thymeleaf
 * escapes it).
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

}
