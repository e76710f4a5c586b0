package org.allianceatlas.state;

import java.time.LocalDate;
import java.util.List;

import org.allianceatlas.graphql.OrderDirection;

/**
 * The {@code where} and {@code orderBy} inputs of the state list, as bound from GraphQL.
 */
public final class StateFilter {

	private StateFilter() {
	}

	/** Which states: every part given must hold. */
	public record Where(String nameContains, MemberOf memberOf) {

		static final Where ALL = new Where(null, null);

	}

	/**
	 * A membership a state must hold: of an organisation, on a day (any when null), in
	 * some roles.
	 */
	public record MemberOf(String organisation, LocalDate asOf, List<String> roles) {
	}

	/** The order of the list. */
	public record OrderBy(Field field, OrderDirection direction) {

		static final OrderBy DEFAULT = new OrderBy(Field.NAME, OrderDirection.ASC);

	}

	/** What the list can be ordered by. */
	public enum Field {

		NAME, ISO3

	}

}
