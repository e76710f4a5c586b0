package org.allianceatlas.organisation;

import java.util.List;

import org.allianceatlas.query.Row;

/** An international organisation, keyed by its abbreviation. */
public record Organisation(String abbreviation, String name, String kind, String description, String founded,
		String dissolved, String headquarters, List<String> officialLanguages) {

	public static Organisation from(Row row) {
		return new Organisation(row.string("abbreviation"), row.string("name"), row.string("kind"),
				row.string("description"), row.string("founded"), row.string("dissolved"), row.string("headquarters"),
				row.strings("officialLanguages"));
	}

}
