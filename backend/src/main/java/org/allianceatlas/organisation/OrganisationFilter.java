package org.allianceatlas.organisation;

import org.allianceatlas.graphql.OrderDirection;

/**
 * The {@code where} and {@code orderBy} inputs of the organisation lists, as bound from
 * GraphQL.
 */
public final class OrganisationFilter {

	private OrganisationFilter() {
	}

	/** Which organisations: every part given must hold. */
	public record Where(String nameContains, String kind) {

		static final Where ALL = new Where(null, null);

	}

	/** The order of the list. */
	public record OrderBy(Field field, OrderDirection direction) {

		static final OrderBy DEFAULT = new OrderBy(Field.ABBREVIATION, OrderDirection.ASC);

	}

	/** What the list can be ordered by. */
	public enum Field {

		ABBREVIATION, NAME, FOUNDED

	}

}
