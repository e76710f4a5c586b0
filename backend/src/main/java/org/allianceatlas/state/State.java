package org.allianceatlas.state;

import org.allianceatlas.query.Row;

/** A sovereign state, keyed by its ISO 3166-1 alpha-3 code. */
public record State(String iso3, String iso2, String name) {

	/**
	 * Properties to return for a state: {@code RETURN s{.iso3, .iso2, .name}} or
	 * {@code s{.*}}.
	 */
	public static State from(Row row) {
		return new State(row.string("iso3"), row.string("iso2"), row.string("name"));
	}

}
