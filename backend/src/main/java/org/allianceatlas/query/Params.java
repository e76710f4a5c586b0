package org.allianceatlas.query;

import java.util.HashMap;
import java.util.Map;

/** Query parameters, some of which may be null (which {@code Map.of} refuses). */
public final class Params {

	private Params() {
	}

	public static Map<String, Object> of(Object... namesAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

}
