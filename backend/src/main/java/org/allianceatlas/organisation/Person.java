package org.allianceatlas.organisation;

import org.allianceatlas.query.Row;

/** A person, e.g. an office holder. */
public record Person(String key, String name) {

	static Person from(Row row) {
		return new Person(row.string("key"), row.string("name"));
	}

}
