package org.allianceatlas.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;

import org.allianceatlas.graph.GraphNode;
import org.allianceatlas.graphql.Arguments;
import org.allianceatlas.graphql.Batches;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.graphql.OrderDirection;
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
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Events: by key, filtered pages, per organisation and state, and what each concerns and
 * involves.
 */
@Controller
class EventController {

	private static final String CONCERNING = "eventsConcerning";

	private static final String INVOLVING = "eventsInvolving";

	private final EventService events;

	private final Paging paging;

	private final Facts facts;

	EventController(EventService events, Paging paging, Facts facts, BatchLoaderRegistry registry) {
		this.events = events;
		this.paging = paging;
		this.facts = facts;
		// the connections of events take paging arguments: their lists come through
		// loaders by owner, then each is cut into its page
		registry.<String, List<Event>>forName(CONCERNING)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> events.concerning(List.copyOf(keys))));
		registry.<String, List<Event>>forName(INVOLVING)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> events.involving(List.copyOf(keys))));
	}

	@QueryMapping
	Event event(@Argument String key) {
		return this.events.find(key).orElseThrow(() -> new NotFoundException("key", key, "event"));
	}

	/**
	 * The older plain arguments mean the same as the parts of {@code where}; given both
	 * ways, they must agree.
	 */
	@QueryMapping
	Paging.Connection<Event> events(@Argument String organisation, @Argument String kind, @Argument LocalDate from,
			@Argument LocalDate to, @Argument EventOrder order, @Argument EventFilter.Where where,
			@Argument EventFilter.OrderBy orderBy, DataFetchingEnvironment env) {
		EventFilter.Where given = (where != null) ? where : new EventFilter.Where(null, null, null, null, null);
		EventFilter.Where filter = new EventFilter.Where(
				Arguments.either("organisation", organisation, given.organisation()), given.state(),
				Arguments.either("kind", kind, given.kind()), Arguments.either("from", from, given.from()),
				Arguments.either("to", to, given.to()));
		EventFilter.OrderBy sort = (orderBy != null) ? orderBy : new EventFilter.OrderBy(EventFilter.Field.DATE,
				(order == EventOrder.NEWEST_FIRST) ? OrderDirection.DESC : OrderDirection.ASC);
		return this.paging.page(this.events.find(filter, sort), Paging.Page.of(env));
	}

	@SchemaMapping(typeName = "Organisation", field = "eventsConnection")
	CompletableFuture<Paging.Connection<Event>> organisationEventsConnection(Organisation organisation,
			DataFetchingEnvironment env) {
		return env.<String, List<Event>>getDataLoader(CONCERNING)
			.load(organisation.abbreviation())
			.thenApply(list -> this.paging.page(list, Paging.Page.of(env)));
	}

	@SchemaMapping(typeName = "State", field = "eventsConnection")
	CompletableFuture<Paging.Connection<Event>> stateEventsConnection(State state, DataFetchingEnvironment env) {
		return env.<String, List<Event>>getDataLoader(INVOLVING)
			.load(state.iso3())
			.thenApply(list -> this.paging.page(list, Paging.Page.of(env)));
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
