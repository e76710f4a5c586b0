package org.allianceatlas.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.query.Along;
import org.allianceatlas.state.State;
import org.springframework.stereotype.Service;

/**
 * Organisations and what hangs off them; the checks that abbreviations asked for exist.
 */
@Service
public class OrganisationService {

	private final OrganisationRepository organisations;

	OrganisationService(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	public Optional<Organisation> find(String abbreviation) {
		return this.organisations.find(abbreviation);
	}

	/** The organisation, or a NOT_FOUND error naming the argument. */
	public Organisation require(String argument, String abbreviation) {
		return find(abbreviation).orElseThrow(() -> new NotFoundException(argument, abbreviation, "organisation"));
	}

	/** Organisations by abbreviation. */
	public Map<String, Organisation> byKeys(Collection<String> abbreviations) {
		return this.organisations.byKeys(abbreviations);
	}

	/** Bodies by key. */
	public Map<String, Body> bodiesByKey(Collection<String> keys) {
		return this.organisations.bodiesByKey(keys);
	}

	/** People by key. */
	public Map<String, Person> peopleByKey(Collection<String> keys) {
		return this.organisations.peopleByKey(keys);
	}

	/**
	 * The organisations matching the filter (null: all) in the order asked (null: by
	 * abbreviation).
	 */
	public List<Organisation> find(OrganisationFilter.Where where, OrganisationFilter.OrderBy orderBy) {
		return find(where, orderBy, null).items();
	}

	/**
	 * The organisations matching the filter in a window of that order (all when null),
	 * and how many match in all: one query, whose answer holds only the window's.
	 */
	public Paging.Slice<Organisation> find(OrganisationFilter.Where where, OrganisationFilter.OrderBy orderBy,
			Paging.Window window) {
		OrganisationFilter.Where filter = filter(where);
		OrganisationFilter.OrderBy order = order(orderBy);
		return this.organisations.find(filter.nameContains(), filter.kind(), order.field(), order.direction(), window);
	}

	/**
	 * {@link #find(OrganisationFilter.Where, OrganisationFilter.OrderBy)}, each
	 * organisation with a column another feature reads along with it in the same query.
	 */
	public List<Along.Item<Organisation>> findAlong(OrganisationFilter.Where where, OrganisationFilter.OrderBy orderBy,
			Along along) {
		OrganisationFilter.Where filter = filter(where);
		OrganisationFilter.OrderBy order = order(orderBy);
		return this.organisations.findAlong(filter.nameContains(), filter.kind(), order.field(), order.direction(),
				along);
	}

	/**
	 * {@link #find(OrganisationFilter.Where, OrganisationFilter.OrderBy, Paging.Window)},
	 * each organisation of the window with a column another feature reads along with it.
	 */
	public Paging.Slice<Along.Item<Organisation>> findAlong(OrganisationFilter.Where where,
			OrganisationFilter.OrderBy orderBy, Paging.Window window, Along along) {
		OrganisationFilter.Where filter = filter(where);
		OrganisationFilter.OrderBy order = order(orderBy);
		return this.organisations.findAlong(filter.nameContains(), filter.kind(), order.field(), order.direction(),
				window, along);
	}

	/** The filter asked, or all organisations. */
	private static OrganisationFilter.Where filter(OrganisationFilter.Where where) {
		return (where != null) ? where : OrganisationFilter.Where.ALL;
	}

	/** The order asked, or by abbreviation. */
	private static OrganisationFilter.OrderBy order(OrganisationFilter.OrderBy orderBy) {
		return (orderBy != null) ? orderBy : OrganisationFilter.OrderBy.DEFAULT;
	}

	/** Every organisation, by abbreviation. */
	public List<Organisation> findAll() {
		return this.organisations.findAll();
	}

	/**
	 * Fails with a NOT_FOUND error naming the argument and the first abbreviation the
	 * atlas lacks.
	 */
	public void requireExisting(String argument, List<String> abbreviations) {
		List<String> found = this.organisations.existing(abbreviations);
		for (String abbreviation : abbreviations) {
			if (!found.contains(abbreviation)) {
				throw new NotFoundException(argument, abbreviation, "organisation");
			}
		}
	}

	/** Bodies of each organisation, in name order. */
	public Map<String, List<Body>> bodies(List<String> abbreviations) {
		return this.organisations.bodies(abbreviations);
	}

	/**
	 * Office holders of each organisation, on a day or over all time (null), oldest
	 * first.
	 */
	public Map<String, List<OfficeHolding>> officeHolders(List<String> abbreviations, LocalDate asOf) {
		return this.organisations.officeHolders(abbreviations, asOf);
	}

	/**
	 * Successions in one direction: {@code forward} finds successors, otherwise
	 * predecessors.
	 */
	public Map<String, Succession> successions(List<String> abbreviations, boolean forward) {
		return this.organisations.successions(abbreviations, forward);
	}

	/** Cooperation agreements of each organisation, oldest first. */
	public Map<String, List<Cooperation>> cooperations(List<String> abbreviations) {
		return this.organisations.cooperations(abbreviations);
	}

	/** What each body belongs to, by body key. */
	Map<String, BodyOwner> owners(List<String> bodyKeys) {
		return this.organisations.owners(bodyKeys);
	}

	/** The states each person is a national of, by person key. */
	public Map<String, List<State>> nationalities(List<String> personKeys) {
		return this.organisations.nationalities(personKeys);
	}

}
