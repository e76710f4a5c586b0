package org.allianceatlas.source;

import org.allianceatlas.query.Row;

/** A document that states facts of the graph. */
public record Source(String key, String title, String publisher, String url, String kind, String published,
		String note) {

	public static Source from(Row row) {
		return new Source(row.string("key"), row.string("title"), row.string("publisher"), row.string("url"),
				row.string("kind"), row.string("published"), row.string("note"));
	}

}
