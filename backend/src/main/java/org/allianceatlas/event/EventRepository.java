package org.allianceatlas.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.allianceatlas.graph.GraphNode;
import org.allianceatlas.graphql.OrderDirection;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.springframework.stereotype.Repository;

/** Events, and the organisations and nodes they concern, many events per round trip. */
@Repository
class EventRepository {

	private static final String MATCHING = """
			MATCH (e:Event)
			WHERE ($organisation IS NULL OR EXISTS { (e)-[:CONCERNS]->(:Organisation {abbreviation: $organisation}) })
			  AND ($involved IS NULL OR EXISTS { (e)-[:INVOLVES]->({iso3: $involved}) })
			  AND ($kind IS NULL OR e.kind = $kind)
			  AND ($from IS NULL OR e.validFrom >= $from)
			  AND ($to IS NULL OR e.validFrom <= $to)
			  AND (NOT $datedOnly OR e.date IS NOT NULL)
			""";

	private static final String FILTERED = MATCHING + "RETURN e{.*} AS e";

	private static final String OLDEST_FIRST = " ORDER BY e.validFrom, e.key";

	/** Undated events last, as in the oldest-first order. */
	private static final String NEWEST_FIRST = " ORDER BY e.validFrom IS NULL, e.validFrom DESC, e.key";

	private static final String BY_TITLE = " ORDER BY e.title %1$s, e.key %1$s";

	private static final String WINDOW = " SKIP $offset LIMIT $fetch";

	private final CypherQueries cypher;

	EventRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	Optional<Event> find(String key) {
		return this.cypher.rows("MATCH (e:Event {key: $key}) RETURN e{.*} AS e", Map.of("key", key))
			.stream()
			.map(r -> Event.from(r.row("e")))
			.findFirst();
	}

	Map<String, Event> byKeys(Collection<String> keys) {
		return this.cypher.byKey("MATCH (e:Event) WHERE e.key IN $keys RETURN e{.*} AS e", keys,
				r -> Event.from(r.row("e")), Event::key);
	}

	/** A window of the events matching a filter; every part of the filter may be null. */
	List<Event> find(EventSelection filter, boolean newestFirst, int offset, int fetch) {
		return find(filter, newestFirst ? EventFilter.OrderBy.NEWEST_FIRST : EventFilter.OrderBy.OLDEST_FIRST, offset,
				fetch);
	}

	/**
	 * A window of the events matching a filter, in an order made of fixed fragments only.
	 */
	List<Event> find(EventSelection filter, EventFilter.OrderBy orderBy, int offset, int fetch) {
		String order;
		if (orderBy.field() == EventFilter.Field.TITLE) {
			order = BY_TITLE.formatted(orderBy.direction().cypher());
		}
		else {
			order = (orderBy.direction() == OrderDirection.DESC) ? NEWEST_FIRST : OLDEST_FIRST;
		}
		Map<String, Object> parameters = parameters(filter);
		parameters.put("offset", offset);
		parameters.put("fetch", fetch);
		return this.cypher.rows(FILTERED + order + WINDOW, parameters)
			.stream()
			.map(r -> Event.from(r.row("e")))
			.toList();
	}

	private static Map<String, Object> parameters(EventSelection filter) {
		return Params.of("organisation", filter.organisation(), "involved", filter.involved(), "kind", filter.kind(),
				"from", filter.from(), "to", filter.to(), "datedOnly", filter.datedOnly());
	}

	/** How many events match a filter; every part of the filter may be null. */
	long count(EventSelection filter) {
		return this.cypher.rows(MATCHING + "RETURN count(e) AS n", parameters(filter)).getFirst().integer("n");
	}

	/** Events concerning each organisation, oldest first, by abbreviation. */
	Map<String, List<Event>> concerning(List<String> abbreviations) {
		return grouped("""
				MATCH (e:Event)-[:CONCERNS]->(o:Organisation) WHERE o.abbreviation IN $keys
				RETURN o.abbreviation AS owner, e{.*} AS e ORDER BY e.validFrom, e.key""", abbreviations,
				r -> Event.from(r.row("e")));
	}

	/** Events involving each state, oldest first, by iso3. */
	Map<String, List<Event>> involving(List<String> iso3s) {
		return grouped("""
				MATCH (e:Event)-[:INVOLVES]->(s:State) WHERE s.iso3 IN $keys
				RETURN s.iso3 AS owner, e{.*} AS e ORDER BY e.validFrom, e.key""", iso3s, r -> Event.from(r.row("e")));
	}

	/** The organisations each event concerns, by event key. */
	Map<String, List<Organisation>> organisationsOf(List<String> eventKeys) {
		return grouped("""
				MATCH (e:Event)-[:CONCERNS]->(o:Organisation) WHERE e.key IN $keys
				RETURN e.key AS owner, o{.*} AS o ORDER BY o.abbreviation""", eventKeys,
				r -> Organisation.from(r.row("o")));
	}

	/** The nodes each event involves, by event key. */
	Map<String, List<GraphNode>> involvedIn(List<String> eventKeys) {
		return grouped("""
				MATCH (e:Event)-[:INVOLVES]->(x) WHERE e.key IN $keys
				RETURN e.key AS owner, {labels: labels(x), props: x{.iso3, .abbreviation, .key, .name, .title}} AS x
				ORDER BY coalesce(x.name, x.title)""", eventKeys, r -> GraphNode.from(r.row("x")));
	}

	private <T> Map<String, List<T>> grouped(String query, List<String> keys, Function<Row, T> mapper) {
		Map<String, List<T>> result = new HashMap<>();
		for (Row row : this.cypher.rows(query, Map.of("keys", keys))) {
			result.computeIfAbsent(row.string("owner"), k -> new ArrayList<>()).add(mapper.apply(row));
		}
		return result;
	}

	/**
	 * Which events to list.
	 *
	 * @param organisation only events concerning it (abbreviation)
	 * @param involved only events involving this state (iso3)
	 * @param datedOnly leave out events without a date
	 */
	record EventSelection(String organisation, String involved, String kind, LocalDate from, LocalDate to,
			boolean datedOnly) {
	}

}
