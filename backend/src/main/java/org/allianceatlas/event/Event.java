package org.allianceatlas.event;

import java.time.LocalDate;

import org.allianceatlas.query.Row;

/** Something that happened on a (partially) known date. */
public record Event(String key, String date, String title, String kind, String description, Integer troops,
		Integer aircraft, Integer participatingStates, LocalDate validFrom) {

	static Event from(Row row) {
		return new Event(row.string("key"), row.string("date"), row.string("title"), row.string("kind"),
				row.string("description"), row.integer("troops"), row.integer("aircraft"),
				row.integer("participatingStates"), row.date("validFrom"));
	}

}
