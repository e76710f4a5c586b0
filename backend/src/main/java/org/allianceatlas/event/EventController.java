package org.allianceatlas.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.graph.GraphNode;
import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationRepository;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.allianceatlas.source.Claim;
import org.allianceatlas.source.Facts;
import org.allianceatlas.source.Source;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Events: by key, filtered pages, per organisation, and what each concerns and involves. */
@Controller
class EventController {

	private final CypherQueries cypher;

	private final Paging paging;

	private final Facts facts;

	private final OrganisationRepository organisations;

	EventController(CypherQueries cypher, Paging paging, Facts facts, OrganisationRepository organisations) {
		this.cypher = cypher;
		this.paging = paging;
		this.facts = facts;
		this.organisations = organisations;
	}

	@QueryMapping
	Event event(@Argument String key) {
		return this.cypher.rows("MATCH (e:Event {key: $key}) RETURN e{.*} AS e", Map.of("key", key)).stream()
			.map(r -> Event.from(r.row("e"))).findFirst()
			.orElseThrow(() -> new NotFoundException("key", key, "event"));
	}

	@QueryMapping
	Paging.Connection<Event> events(@Argument String organisation, @Argument String kind, @Argument LocalDate from,
			@Argument LocalDate to, @Argument Integer first, @Argument String after) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadArgumentException("from", "(" + from + ") is after argument 'to' (" + to + ")");
		}
		if (organisation != null && this.organisations.existing(List.of(organisation)).isEmpty()) {
			throw new NotFoundException("organisation", organisation, "organisation");
		}
		Paging.Window window = this.paging.window(first, after);
		return window.page(this.cypher.rows("""
				MATCH (e:Event)
				WHERE ($organisation IS NULL OR EXISTS { (e)-[:CONCERNS]->(:Organisation {abbreviation: $organisation}) })
				  AND ($kind IS NULL OR e.kind = $kind)
				  AND ($from IS NULL OR e.validFrom >= $from)
				  AND ($to IS NULL OR e.validFrom <= $to)
				RETURN e{.*} AS e ORDER BY e.validFrom, e.key SKIP $offset LIMIT $fetch""",
				Params.of("organisation", organisation, "kind", kind, "from", from, "to", to, "offset",
						window.offset(), "fetch", window.fetch())),
				row -> Event.from(row.row("e")));
	}

	@BatchMapping(typeName = "Organisation", field = "events")
	Map<Organisation, List<Event>> organisationEvents(List<Organisation> list) {
		Map<String, List<Event>> byKey = new HashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH (e:Event)-[:CONCERNS]->(o:Organisation) WHERE o.abbreviation IN $keys
				RETURN o.abbreviation AS owner, e{.*} AS e ORDER BY e.validFrom, e.key""",
				Map.of("keys", list.stream().map(Organisation::abbreviation).distinct().toList()))) {
			byKey.computeIfAbsent(row.string("owner"), k -> new ArrayList<>()).add(Event.from(row.row("e")));
		}
		Map<Organisation, List<Event>> result = new LinkedHashMap<>();
		list.forEach(o -> result.put(o, byKey.getOrDefault(o.abbreviation(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "Event")
	Map<Event, List<Organisation>> organisations(List<Event> events) {
		Map<String, List<Organisation>> byKey = new HashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH (e:Event)-[:CONCERNS]->(o:Organisation) WHERE e.key IN $keys
				RETURN e.key AS owner, o{.*} AS o ORDER BY o.abbreviation""", Map.of("keys", keys(events)))) {
			byKey.computeIfAbsent(row.string("owner"), k -> new ArrayList<>())
				.add(Organisation.from(row.row("o")));
		}
		return byEvent(events, byKey);
	}

	@BatchMapping(typeName = "Event")
	Map<Event, List<GraphNode>> involves(List<Event> events) {
		Map<String, List<GraphNode>> byKey = new HashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH (e:Event)-[:INVOLVES]->(x) WHERE e.key IN $keys
				RETURN e.key AS owner, {labels: labels(x), props: x{.iso3, .abbreviation, .key, .name, .title}} AS x
				ORDER BY coalesce(x.name, x.title)""", Map.of("keys", keys(events)))) {
			byKey.computeIfAbsent(row.string("owner"), k -> new ArrayList<>()).add(GraphNode.from(row.row("x")));
		}
		return byEvent(events, byKey);
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
		return events.stream().map(Event::key).distinct().toList();
	}

	private static <V> Map<Event, List<V>> byEvent(List<Event> events, Map<String, List<V>> byKey) {
		Map<Event, List<V>> result = new LinkedHashMap<>();
		events.forEach(e -> result.put(e, byKey.getOrDefault(e.key(), List.of())));
		return result;
	}

}
