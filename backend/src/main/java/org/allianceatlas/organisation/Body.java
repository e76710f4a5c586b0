package org.allianceatlas.organisation;

import org.allianceatlas.query.Row;

/** A body of an organisation or a state. */
public record Body(String key, String name, String kind, String seat, String description) {

	public static Body from(Row row) {
		return new Body(row.string("key"), row.string("name"), row.string("kind"), row.string("seat"),
				row.string("description"));
	}

}
