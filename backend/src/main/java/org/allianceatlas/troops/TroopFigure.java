package org.allianceatlas.troops;

import java.util.List;

import org.allianceatlas.query.Row;
import org.allianceatlas.source.Source;
import org.allianceatlas.state.State;

/**
 * A count of a state's forces. Backs both {@code TroopFigure} (year known) and
 * {@code UndatedTroopFigure} (year null): the schema keeps {@code year: Int!} honest by
 * never listing an undated figure where a year is promised.
 *
 * @param sources the sources it cites when they were read with it, null when they were
 * not (then the API reads them in a batch of their own)
 */
public record TroopFigure(String key, State state, Integer year, Integer active, Integer reserve, Integer paramilitary,
		Integer total, Double perThousandTotal, Double perThousandActive, boolean approximate, String note,
		List<Source> sources) {

	/** A figure whose sources were not read with it. */
	public TroopFigure(String key, State state, Integer year, Integer active, Integer reserve, Integer paramilitary,
			Integer total, Double perThousandTotal, Double perThousandActive, boolean approximate, String note) {
		this(key, state, year, active, reserve, paramilitary, total, perThousandTotal, perThousandActive, approximate,
				note, null);
	}

	/**
	 * Whether a source gives its year: a {@code TroopFigure}, otherwise an
	 * {@code UndatedTroopFigure}.
	 */
	public boolean dated() {
		return this.year != null;
	}

	static TroopFigure from(Row row) {
		Row t = row.row("figure");
		List<Source> sources = (row.get("sources") != null) ? row.rows("sources").stream().map(Source::from).toList()
				: null;
		return new TroopFigure(t.string("key"), State.from(row.row("state")), t.integer("year"), t.integer("active"),
				t.integer("reserve"), t.integer("paramilitary"), t.integer("total"), t.decimal("perThousandTotal"),
				t.decimal("perThousandActive"), t.flag("approximate"), t.string("note"), sources);
	}

}
