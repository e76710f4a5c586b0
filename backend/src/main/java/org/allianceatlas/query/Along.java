package org.allianceatlas.query;

import java.util.List;
import java.util.Map;

/**
 * A column one repository's query reads along with each item of a list another repository
 * finds, so that both come in one round trip: a Cypher expression over the item's
 * variable (fixed text of the repository that wrote it, never user input) and the
 * parameters it uses.
 *
 * @param cypher the expression, e.g. a {@code COLLECT} subquery
 * @param parameters its parameters, whose names must not be the finding query's own
 * @param columns what the values of each list the expression gives are
 */
public record Along(String cypher, Map<String, Object> parameters, Columns columns) {

	/** The rows the column read along, found in {@code row} under {@code name}. */
	public List<Row> rows(Row row, String name) {
		return row.rows(name, this.columns);
	}

	/** An item found with the rows its column read along. */
	public record Item<T>(T item, List<Row> rows) {
	}

}
