package org.allianceatlas.event;

import java.time.LocalDate;

import org.allianceatlas.graphql.OrderDirection;

/**
 * The {@code where} and {@code orderBy} inputs of the event list, as bound from GraphQL.
 */
public final class EventFilter {

	private EventFilter() {
	}

	/**
	 * Which events: every part given must hold.
	 *
	 * @param organisation concerning it (abbreviation)
	 * @param state involving it (iso3)
	 */
	public record Where(String organisation, String state, String kind, LocalDate from, LocalDate to) {

		static final Where ALL = new Where(null, null, null, null, null);

	}

	/** The order of the list. */
	public record OrderBy(Field field, OrderDirection direction) {

		static final OrderBy OLDEST_FIRST = new OrderBy(Field.DATE, OrderDirection.ASC);

		static final OrderBy NEWEST_FIRST = new OrderBy(Field.DATE, OrderDirection.DESC);

	}

	/** What the list can be ordered by. */
	public enum Field {

		DATE, TITLE

	}

}
