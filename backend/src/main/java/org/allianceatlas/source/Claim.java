package org.allianceatlas.source;

import org.allianceatlas.query.Row;

/** One source's value for a field where sources disagree. */
public record Claim(String key, String field, String value, boolean approximate, String note) {

	public static Claim from(Row row) {
		return new Claim(row.string("key"), row.string("field"), row.string("value"), row.flag("approximate"),
				row.string("note"));
	}

}
