package org.allianceatlas.trends;

import java.util.List;

import org.allianceatlas.source.Source;

/**
 * The troop figures of one state that the same sources give, across years: one series of
 * the trend chart. A competing claim about a figure's count is a point of the series of
 * its own sources.
 *
 * @param label the sources' titles, {@code ; }-separated
 */
public record TroopSeries(String label, List<Source> sources, List<Point> points) {

	/**
	 * One claimed figure.
	 *
	 * @param competing whether another figure or claim for the same year disagrees
	 * @param claimField for a competing claim, the one count it is about; else null
	 */
	public record Point(int year, boolean competing, String claimField, Long active, Long reserve, Long paramilitary,
			Long total, boolean approximate, String note) {

		/** The count of one measure ({@code active}, {@code reserve} ...). */
		public Long value(TroopMeasure measure) {
			return switch (measure) {
				case ACTIVE -> this.active;
				case RESERVE -> this.reserve;
				case PARAMILITARY -> this.paramilitary;
				case TOTAL -> this.total;
			};
		}

	}

}
