package org.allianceatlas.membership;

import java.time.LocalDate;

import org.allianceatlas.query.Row;

/** A status (FROZEN, SUSPENDED) that held for part of a membership. */
public record StatusChange(String key, String status, String from, String to, LocalDate validFrom, LocalDate validTo,
		String note) {

	static StatusChange from(Row row) {
		return new StatusChange(row.string("key"), row.string("status"), row.string("from"), row.string("to"),
				row.date("validFrom"), row.date("validTo"), row.string("note"));
	}

	boolean covers(LocalDate day) {
		return Periods.covers(this.validFrom, this.validTo, day);
	}

}
