package org.allianceatlas.troops;

import org.allianceatlas.query.Row;
import org.allianceatlas.state.State;

/**
 * A count of a state's forces. Backs both {@code TroopFigure} (year known) and
 * {@code UndatedTroopFigure} (year null): the schema keeps {@code year: Int!} honest by
 * never listing an undated figure where a year is promised.
 */
public record TroopFigure(String key, State state, Integer year, Integer active, Integer reserve, Integer paramilitary,
		Integer total, Double perThousandTotal, Double perThousandActive, boolean approximate, String note) {

	static TroopFigure from(Row row) {
		Row t = row.row("figure");
		return new TroopFigure(t.string("key"), State.from(row.row("state")), t.integer("year"), t.integer("active"),
				t.integer("reserve"), t.integer("paramilitary"), t.integer("total"), t.decimal("perThousandTotal"),
				t.decimal("perThousandActive"), t.flag("approximate"), t.string("note"));
	}

}
