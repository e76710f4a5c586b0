package org.allianceatlas.source;

import org.allianceatlas.graphql.OrderDirection;

/**
 * The {@code where} and {@code orderBy} inputs of the source list, as bound from GraphQL.
 */
public final class SourceFilter {

	private SourceFilter() {
	}

	/** Which sources: every part given must hold. */
	public record Where(String kind, String titleContains, String publisherContains) {

		static final Where ALL = new Where(null, null, null);

	}

	/** The order of the list. */
	public record OrderBy(Field field, OrderDirection direction) {

		static final OrderBy DEFAULT = new OrderBy(Field.KEY, OrderDirection.ASC);

	}

	/** What the list can be ordered by. */
	public enum Field {

		KEY, TITLE, PUBLISHED

	}

}
