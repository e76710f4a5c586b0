package org.allianceatlas.source;

import org.allianceatlas.query.Row;

/** A name or alias in some language and script, with its business key. */
public record Name(String key, String value, String language, String script, String kind) {

	public static Name from(Row row) {
		return new Name(row.string("key"), row.string("value"), row.string("language"), row.string("script"),
				row.string("kind"));
	}

}
