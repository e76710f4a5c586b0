package org.allianceatlas.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.allianceatlas.graph.GraphNode;
import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Facts;
import org.allianceatlas.source.Source;
import org.springframework.stereotype.Service;

/** Events: filtered lists in either order, and what each concerns, involves and cites. */
@Service
public class EventService {

	/** Far more than the atlas holds; for the pages' whole lists. */
	private static final int ALL = 100_000;

	private final EventRepository events;

	private final OrganisationService organisations;

	private final Facts facts;

	EventService(EventRepository events, OrganisationService organisations, Facts facts) {
		this.events = events;
		this.organisations = organisations;
		this.facts = facts;
	}

	public Optional<Event> find(String key) {
		return this.events.find(key);
	}

	/** Events by key. */
	public Map<String, Event> byKeys(Collection<String> keys) {
		return this.events.byKeys(keys);
	}

	/**
	 * Every event matching the filter (null: all) in the order asked (null: oldest first;
	 * undated events last when ordered by date). A {@code from} after {@code to} is a
	 * BAD_REQUEST, an unknown organisation NOT_FOUND.
	 */
	public List<Event> find(EventFilter.Where where, EventFilter.OrderBy orderBy) {
		EventFilter.Where filter = (where != null) ? where : EventFilter.Where.ALL;
		check(filter.organisation(), filter.from(), filter.to());
		return this.events.find(new EventRepository.EventSelection(filter.organisation(), filter.state(), filter.kind(),
				filter.from(), filter.to(), false), (orderBy != null) ? orderBy : EventFilter.OrderBy.OLDEST_FIRST, 0,
				ALL);
	}

	private void check(String organisation, LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadArgumentException("from", "(" + from + ") is after argument 'to' (" + to + ")");
		}
		if (organisation != null) {
			this.organisations.requireExisting("organisation", List.of(organisation));
		}
	}

	/** The newest dated events, newest first. */
	public List<EventEntry> latest(int count) {
		return entries(this.events.find(new EventRepository.EventSelection(null, null, null, null, null, true), true, 0,
				count));
	}

	/**
	 * Dated events, oldest first, concerning the organisation and involving the state
	 * (either may be null).
	 */
	public List<EventEntry> dated(String organisation, String iso3) {
		return entries(this.events.find(new EventRepository.EventSelection(organisation, iso3, null, null, null, true),
				false, 0, ALL));
	}

	/**
	 * {@link #dated} for a page: at most {@code limit} of them, the newest, oldest first,
	 * and how many there are in all.
	 */
	public Window datedWindow(String organisation, String iso3, int limit) {
		EventRepository.EventSelection selection = new EventRepository.EventSelection(organisation, iso3, null, null,
				null, true);
		List<Event> newest = this.events.find(selection, true, 0, limit)
			.stream()
			.sorted(Comparator.comparing(Event::validFrom, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Event::key))
			.toList();
		long total = (newest.size() < limit) ? newest.size() : this.events.count(selection);
		return new Window(entries(newest), total);
	}

	/** Some of the events of a selection, and how many it has in all. */
	public record Window(List<EventEntry> events, long total) {
	}

	/** Events involving each state, oldest first, by iso3. */
	public Map<String, List<Event>> involving(List<String> iso3s) {
		return this.events.involving(iso3s);
	}

	/** Events concerning each organisation, oldest first, by abbreviation. */
	public Map<String, List<Event>> concerning(List<String> abbreviations) {
		return this.events.concerning(abbreviations);
	}

	public Map<String, List<Organisation>> organisationsOf(List<String> eventKeys) {
		return this.events.organisationsOf(eventKeys);
	}

	public Map<String, List<GraphNode>> involvedIn(List<String> eventKeys) {
		return this.events.involvedIn(eventKeys);
	}

	/**
	 * The events with their organisations and sources, two round trips for the whole
	 * list.
	 */
	public List<EventEntry> entries(List<Event> list) {
		List<String> keys = list.stream().map(Event::key).distinct().toList();
		Map<String, List<Organisation>> concerned = organisationsOf(keys);
		Map<String, List<Source>> sources = this.facts.sourcesOf(NodeKind.EVENT, keys);
		return list.stream()
			.map(e -> new EventEntry(e.key(), e.date(), e.title(), e.kind(), e.description(),
					concerned.getOrDefault(e.key(), List.of()), sources.getOrDefault(e.key(), List.of()),
					Objects.toString(e.validFrom(), null)))
			.toList();
	}

}
