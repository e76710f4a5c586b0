package org.allianceatlas.troops;

import java.util.List;

import org.allianceatlas.source.Source;

/**
 * Summed forces of an organisation's members for one year.
 *
 * @param states how many members have a figure for the year: what the sums cover
 * @param figures the keys of the figures summed, one per member counted
 * @param sources the documents of those figures, each once, in order of the figures
 */
public record TroopTotal(int year, Integer active, Integer reserve, Integer paramilitary, Integer total, int states,
		boolean approximate, List<String> figures, List<Source> sources) {

	/** The same total citing the given documents. */
	TroopTotal withSources(List<Source> cited) {
		return new TroopTotal(this.year, this.active, this.reserve, this.paramilitary, this.total, this.states,
				this.approximate, this.figures, List.copyOf(cited));
	}

}
