package org.allianceatlas.state;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.graphql.Paging;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.query.Along;
import org.springframework.stereotype.Service;

/** States by ISO code and in pages. */
@Service
public class StateService {

	private final StateRepository states;

	private final OrganisationService organisations;

	StateService(StateRepository states, OrganisationService organisations) {
		this.states = states;
		this.organisations = organisations;
	}

	public Optional<State> find(String iso3) {
		return this.states.find(iso3);
	}

	/** States by iso3. */
	public Map<String, State> byKeys(Collection<String> iso3s) {
		return this.states.byKeys(iso3s);
	}

	/**
	 * The states matching the filter, in the order asked (null: all, by name). Roles of
	 * {@code memberOf} default to MEMBER, as in the overlap; an unknown organisation is
	 * NOT_FOUND.
	 */
	public List<State> find(StateFilter.Where where, StateFilter.OrderBy orderBy) {
		return this.states.find(query(where, orderBy), null).items();
	}

	/**
	 * The states matching the filter in a window of that order, and how many match in
	 * all: one query, whose answer holds only the window's states.
	 */
	public Paging.Slice<State> find(StateFilter.Where where, StateFilter.OrderBy orderBy, Paging.Window window) {
		return this.states.find(query(where, orderBy), window);
	}

	/**
	 * {@link #find(StateFilter.Where, StateFilter.OrderBy, Paging.Window)}, each state of
	 * the window with a column another feature reads along with it.
	 */
	public Paging.Slice<Along.Item<State>> findAlong(StateFilter.Where where, StateFilter.OrderBy orderBy,
			Paging.Window window, Along along) {
		return this.states.findAlong(query(where, orderBy), window, along);
	}

	private StateRepository.Query query(StateFilter.Where where, StateFilter.OrderBy orderBy) {
		StateFilter.Where filter = (where != null) ? where : StateFilter.Where.ALL;
		StateFilter.OrderBy order = (orderBy != null) ? orderBy : StateFilter.OrderBy.DEFAULT;
		StateFilter.MemberOf memberOf = filter.memberOf();
		if (memberOf != null) {
			this.organisations.requireExisting("where.memberOf.organisation", List.of(memberOf.organisation()));
		}
		return new StateRepository.Query(filter.nameContains(), (memberOf != null) ? memberOf.organisation() : null,
				(memberOf != null) ? memberOf.asOf() : null,
				(memberOf != null && memberOf.roles() != null) ? memberOf.roles() : List.of("MEMBER"), order.field(),
				order.direction());
	}

}
