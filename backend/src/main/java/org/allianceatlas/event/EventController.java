package org.allianceatlas.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.allianceatlas.graph.GraphNode;
import org.allianceatlas.graphql.Batches;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Claim;
import org.allianceatlas.source.Facts;
import org.allianceatlas.source.Source;
import org.allianceatlas.state.State;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Events: by key, filtered pages, per organisation and state, and what each concerns and
 * involves.
 */
@Controller
class EventController {

	private final EventService events;

	private final Paging paging;

	private final Facts facts;

	EventController(EventService events, Paging paging, Facts facts) {
		this.events = events;
		this.paging = paging;
		this.facts = facts;
	}

	@QueryMapping
	Event event(@Argument String key) {
		return this.events.find(key).orElseThrow(() -> new NotFoundException("key", key, "event"));
	}

	@QueryMapping
	Paging.Connection<Event> events(@Argument String organisation, @Argument String kind, @Argument LocalDate from,
			@Argument LocalDate to, @Argument EventOrder order, @Argument Integer first, @Argument String after) {
		Paging.Window window = this.paging.window(first, after);
		return window.page(this.events.find(organisation, kind, from, to, order == EventOrder.NEWEST_FIRST,
				window.offset(), window.fetch()));
	}

	@BatchMapping(typeName = "Organisation", field = "events")
	Map<Organisation, List<Event>> organisationEvents(List<Organisation> list) {
		return Batches.byKey(list, Organisation::abbreviation,
				this.events.concerning(Batches.keys(list, Organisation::abbreviation)));
	}

	@BatchMapping(typeName = "State", field = "events")
	Map<State, List<Event>> stateEvents(List<State> list) {
		return Batches.byKey(list, State::iso3, this.events.involving(Batches.keys(list, State::iso3)));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, List<Organisation>> organisations(List<Event> events) {
		return Batches.byKey(events, Event::key, this.events.organisationsOf(keys(events)));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, List<GraphNode>> involves(List<Event> events) {
		return Batches.byKey(events, Event::key, this.events.involvedIn(keys(events)));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, List<Claim>> claims(List<Event> events) {
		return this.facts.claimsFor(NodeKind.EVENT, events, Event::key);
	}

	@BatchMapping(typeName = "Event")
	Map<Event, List<Source>> sources(List<Event> events) {
		return this.facts.sourcesFor(NodeKind.EVENT, events, Event::key);
	}

	private static List<String> keys(List<Event> events) {
		return Batches.keys(events, Event::key);
	}

	/** The order of the {@code events} list. */
	enum EventOrder {

		OLDEST_FIRST, NEWEST_FIRST

	}

}
