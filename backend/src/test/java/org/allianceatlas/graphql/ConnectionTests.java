package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.GraphQlErrors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Issue 12, point 2: connections page forwards and backwards with totals, nested ones
 * included; their page sizes count in the cost; a bad page nulls only its field.
 */
@AtlasTest
class ConnectionTests {

	@Autowired
	GraphQlTester graphQl;

	/**
	 * A page that asks for no totalCount is cut by the database without counting the
	 * list; walked forwards, filtered or not, its pages are those of the counted pages.
	 */
	@Test
	void pagesWithoutTotalCountAreThoseWithIt() {
		String[][] connections = { { "states", "", "iso3" },
				{ "states", "where: {memberOf: {organisation: \"CSTO\"}}, orderBy: {field: ISO3, direction: DESC}, ",
						"iso3" },
				{ "organisationsConnection", "orderBy: {field: NAME}, ", "abbreviation" },
				{ "sources", "orderBy: {field: TITLE}, ", "key" } };
		for (String[] connection : connections) {
			String page = "%s(%sfirst: 4, after: $after)".formatted(connection[0], connection[1]);
			String selection = "edges { cursor node { %s } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"
				.formatted(connection[2]);
			String after = null;
			int pages = 0;
			boolean more = true;
			while (more) {
				Map<String, Object> counted = new LinkedHashMap<>(
						page("query($after: String) { p: %s { totalCount %s } }".formatted(page, selection), after));
				assertThat(counted.remove("totalCount")).isNotNull();
				assertThat(page("query($after: String) { p: %s { %s } }".formatted(page, selection), after))
					.as("%s after %s", page, after)
					.isEqualTo(counted);
				Map<?, ?> info = (Map<?, ?>) counted.get("pageInfo");
				more = Boolean.TRUE.equals(info.get("hasNextPage"));
				after = (String) info.get("endCursor");
				pages++;
			}
			assertThat(pages).as(page).isGreaterThan(1);
		}
	}

	private Map<String, Object> page(String document, String after) {
		return this.graphQl.document(document)
			.variable("after", after)
			.execute()
			.path("p")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@Test
	void forwardAndBackwardPagesAgreeAndTotalCountIsTheWholeList() {
		List<String> all = this.graphQl.document("{ states(first: 100) { totalCount nodes { iso3 } } }")
			.execute()
			.path("states.nodes[*].iso3")
			.entityList(String.class)
			.get();
		int total = this.graphQl.document("{ states(first: 1) { totalCount } }")
			.execute()
			.path("states.totalCount")
			.entity(Integer.class)
			.get();
		assertThat(total).isEqualTo(all.size()).isGreaterThan(14);

		List<String> forwards = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = this.graphQl.document("""
					query($after: String) { states(first: 7, after: $after) { totalCount edges { node { iso3 } }
					  pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""")
				.variable("after", after)
				.execute();
			page.path("states.totalCount").entity(Integer.class).isEqualTo(total);
			page.path("states.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
			forwards.addAll(page.path("states.edges[*].node.iso3").entityList(String.class).get());
			more = page.path("states.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("states.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(forwards).isEqualTo(all);

		List<String> backwards = new ArrayList<>();
		String before = null;
		boolean earlier = true;
		while (earlier) {
			GraphQlTester.Response page = this.graphQl.document("""
					query($before: String) { states(last: 7, before: $before) { totalCount nodes { iso3 }
					  pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""")
				.variable("before", before)
				.execute();
			page.path("states.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(before != null);
			List<String> items = new ArrayList<>(page.path("states.nodes[*].iso3").entityList(String.class).get());
			Collections.reverse(items);
			backwards.addAll(items);
			earlier = page.path("states.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = page.path("states.pageInfo.startCursor").entity(String.class).get();
		}
		Collections.reverse(backwards);
		assertThat(backwards).isEqualTo(all);
	}

	/**
	 * Forward pages of states, sources and organisations are cut by the database;
	 * backward ones from the whole list. Both must be the same list, with filters and
	 * orders too.
	 */
	@Test
	void pagesCutByTheDatabaseAreThoseOfTheWholeList() {
		for (String arguments : List.of("", "orderBy: {field: ISO3, direction: DESC}",
				"where: {memberOf: {organisation: \"CSTO\", asOf: \"2010-01-01\"}}",
				"where: {nameContains: \"stan\"}")) {
			assertForwardPagesCutTheWholeList("states", "iso3", arguments);
		}
		for (String arguments : List.of("", "orderBy: {field: TITLE, direction: DESC}",
				"where: {publisherContains: \"a\"}")) {
			assertForwardPagesCutTheWholeList("sources", "key", arguments);
		}
		for (String arguments : List.of("", "orderBy: {field: FOUNDED, direction: DESC}",
				"where: {nameContains: \"o\"}")) {
			assertForwardPagesCutTheWholeList("organisationsConnection", "abbreviation", arguments);
		}
	}

	private void assertForwardPagesCutTheWholeList(String field, String key, String arguments) {
		GraphQlTester.Response whole = this.graphQl
			.document(
					"{ %s(last: 100 %s) { totalCount edges { cursor node { %s } } } }".formatted(field, arguments, key))
			.execute();
		List<String> all = whole.path(field + ".edges[*].node." + key).entityList(String.class).get();
		List<String> cursors = whole.path(field + ".edges[*].cursor").entityList(String.class).get();
		assertThat(all).as(field + " " + arguments).hasSizeGreaterThan(2);
		for (int i = -1; i < all.size(); i++) {
			GraphQlTester.Response page = this.graphQl.document("""
					query($after: String) { %s(first: 2, after: $after %s) { totalCount nodes { %s }
					  pageInfo { hasNextPage hasPreviousPage } } }""".formatted(field, arguments, key))
				.variable("after", (i >= 0) ? cursors.get(i) : null)
				.execute();
			page.path(field + ".totalCount").entity(Integer.class).isEqualTo(all.size());
			page.path(field + ".nodes[*]." + key)
				.entityList(String.class)
				.isEqualTo(all.subList(i + 1, Math.min(i + 3, all.size())));
			page.path(field + ".pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(i + 3 < all.size());
			page.path(field + ".pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(i >= 0);
		}
	}

	@Test
	void aPageBetweenTwoCursorsAndTheLastItems() {
		GraphQlTester.Response first = this.graphQl
			.document("{ events(first: 10) { totalCount edges { cursor node { key } } } }")
			.execute();
		List<String> cursors = first.path("events.edges[*].cursor").entityList(String.class).get();
		List<String> keys = first.path("events.edges[*].node.key").entityList(String.class).get();
		this.graphQl.document("query($a: String, $b: String) { events(after: $a, before: $b) { nodes { key } } }")
			.variable("a", cursors.get(2))
			.variable("b", cursors.get(6))
			.execute()
			.path("events.nodes[*].key")
			.entityList(String.class)
			.isEqualTo(keys.subList(3, 6));
		int total = first.path("events.totalCount").entity(Integer.class).get();
		GraphQlTester.Response last = this.graphQl
			.document("{ events(last: 2) { nodes { key } pageInfo { hasNextPage hasPreviousPage } } }")
			.execute();
		last.path("events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		last.path("events.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(total > 2);
		last.path("events.nodes").entityList(Object.class).hasSize(2);
	}

	@Test
	void zeroItemsGiveAnEmptyPageOrListWithTheTotal() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ sources(first: 0) { totalCount nodes { key } pageInfo { hasNextPage startCursor } }
				  states(last: 0) { totalCount nodes { iso3 } }
				  search(text: "Armenia", limit: 0) { key } }""").execute();
		response.errors().verify();
		response.path("sources.nodes").entityList(Object.class).hasSize(0);
		response.path("sources.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
		response.path("sources.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("sources.pageInfo.startCursor").valueIsNull();
		response.path("states.nodes").entityList(Object.class).hasSize(0);
		response.path("search").entityList(Object.class).hasSize(0);
	}

	@Test
	void nestedConnectionsPageTheListsTheyStandFor() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ organisation(abbreviation: "CSTO") {
				    memberships { key }
				    membershipsConnection(first: 3) { totalCount nodes { key } pageInfo { hasNextPage } }
				    current: membershipsConnection(asOf: "2020-01-01", roles: [MEMBER], last: 2) { totalCount }
				    events { key }
				    eventsConnection(first: 2) { totalCount nodes { key } } }
				  state(iso3: "ARM") {
				    memberships(roles: [MEMBER]) { key }
				    membershipsConnection(roles: [MEMBER]) { totalCount nodes { key } }
				    events { key } eventsConnection(last: 1) { totalCount nodes { key } } }
				  source(key: "wikipedia-csto") {
				    supports { label } supportsConnection(first: 4) { totalCount nodes { label } } }
				  neighbourhood(key: "ARM", depth: 2) {
				    nodes { id } edges { start }
				    nodesConnection(first: 5) { totalCount nodes { id } }
				    edgesConnection(last: 5) { totalCount nodes { start } } } }""").execute();
		response.errors().verify();
		List<String> memberships = keys(response, "organisation.memberships[*].key");
		response.path("organisation.membershipsConnection.totalCount")
			.entity(Integer.class)
			.isEqualTo(memberships.size());
		response.path("organisation.membershipsConnection.nodes[*].key")
			.entityList(String.class)
			.isEqualTo(memberships.subList(0, 3));
		List<String> current = this.graphQl
			.document("{ organisation(abbreviation: \"CSTO\") { memberships(asOf: \"2020-01-01\", roles: [MEMBER]) "
					+ "{ key } } }")
			.execute()
			.path("organisation.memberships[*].key")
			.entityList(String.class)
			.get();
		response.path("organisation.current.totalCount").entity(Integer.class).isEqualTo(current.size());
		List<String> events = keys(response, "organisation.events[*].key");
		response.path("organisation.eventsConnection.totalCount").entity(Integer.class).isEqualTo(events.size());
		response.path("organisation.eventsConnection.nodes[*].key")
			.entityList(String.class)
			.isEqualTo(events.subList(0, 2));
		List<String> armenian = keys(response, "state.memberships[*].key");
		response.path("state.membershipsConnection.nodes[*].key").entityList(String.class).isEqualTo(armenian);
		List<String> stateEvents = keys(response, "state.events[*].key");
		response.path("state.eventsConnection.totalCount").entity(Integer.class).isEqualTo(stateEvents.size());
		response.path("state.eventsConnection.nodes[*].key")
			.entityList(String.class)
			.isEqualTo(stateEvents.subList(stateEvents.size() - 1, stateEvents.size()));
		int supports = keys(response, "source.supports[*].label").size();
		assertThat(supports).isGreaterThan(4);
		response.path("source.supportsConnection.totalCount").entity(Integer.class).isEqualTo(supports);
		response.path("source.supportsConnection.nodes").entityList(Object.class).hasSize(4);
		int nodes = keys(response, "neighbourhood.nodes[*].id").size();
		int edges = keys(response, "neighbourhood.edges[*].start").size();
		response.path("neighbourhood.nodesConnection.totalCount").entity(Integer.class).isEqualTo(nodes);
		response.path("neighbourhood.edgesConnection.totalCount").entity(Integer.class).isEqualTo(edges);
		response.path("neighbourhood.nodesConnection.nodes").entityList(Object.class).hasSize(5);
	}

	@Test
	void searchIsPagedAndEachHitCarriesTheThingFound() {
		GraphQlTester.Response response = this.graphQl.document(
				"""
						{ search(text: "Armenia", limit: 5) { key }
						  searchConnection(text: "Armenia", first: 5) { totalCount nodes { kind key node { __typename id
						    ... on State { iso3 name memberships { organisation { abbreviation } } } } } }
						  events: searchConnection(text: "CSTO", kinds: [EVENT], first: 3) { nodes { kind node { ... on Event { key title } } } } }""")
			.execute();
		response.errors().verify();
		response.path("searchConnection.nodes[*].key")
			.entityList(String.class)
			.isEqualTo(keys(response, "search[*].key"));
		response.path("searchConnection.totalCount")
			.entity(Integer.class)
			.satisfies(n -> assertThat(n).isGreaterThan(1));
		response.path("searchConnection.nodes[0].node.__typename").entity(String.class).isEqualTo("State");
		response.path("searchConnection.nodes[0].node.iso3").entity(String.class).isEqualTo("ARM");
		response.path("searchConnection.nodes[0].node.memberships[*].organisation.abbreviation")
			.entityList(String.class)
			.contains("CSTO");
		response.path("events.nodes[*].kind").entityList(String.class).satisfies(kinds -> {
			assertThat(kinds).isNotEmpty();
			assertThat(kinds).containsOnly("EVENT");
		});
		response.path("events.nodes[*].node.title").entityList(String.class).hasSize(3);
	}

	@Test
	void aBadPageNullsOnlyItsOwnField() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ states(first: 1000) { totalCount }
				  sources(first: 2) { totalCount }
				  organisation(abbreviation: "CSTO") { name membershipsConnection(last: -1) { totalCount } }
				  events(after: "forged") { totalCount } }""").execute();
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(3);
			assertThat(errors).extracting(ResponseError::getPath)
				.containsExactlyInAnyOrder("states", "organisation.membershipsConnection", "events");
		});
		response.path("states").valueIsNull();
		response.path("events").valueIsNull();
		response.path("organisation.membershipsConnection").valueIsNull();
		response.path("organisation.name").entity(String.class).isEqualTo("Collective Security Treaty Organization");
		response.path("sources.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
		GraphQlErrors.expectError(this.graphQl.document("{ states(before: \"forged\") { totalCount } }").execute(),
				ErrorType.BAD_REQUEST, "before");
	}

	@Test
	void nestedPageSizesCountInTheCost() {
		String nested = """
				{ organisations { membershipsConnection(%1$s: %2$d) { nodes { state {
				    membershipsConnection(%1$s: %2$d) { edges { node { organisation {
				      membershipsConnection(%1$s: %2$d) { nodes { key } } } } } } } } } } }""";
		for (String direction : List.of("first", "last")) {
			GraphQlTester.Response big = this.graphQl.document(nested.formatted(direction, 100)).execute();
			big.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getErrorType()).hasToString("LIMIT_EXCEEDED");
				assertThat(e.getMessage()).contains("estimated cost");
			}));
			this.graphQl.document(nested.formatted(direction, 3)).execute().errors().verify();
		}
		String page = "{ states(last: %d) { nodes { memberships { organisation { memberships { state { "
				+ "memberships { key } } } } } } } }";
		this.graphQl.document(page.formatted(100)).execute().errors().satisfy(errors -> assertThat(errors).hasSize(1));
		this.graphQl.document(page.formatted(5)).execute().errors().verify();
	}

	private static List<String> keys(GraphQlTester.Response response, String path) {
		return response.path(path).entityList(String.class).get();
	}

}
