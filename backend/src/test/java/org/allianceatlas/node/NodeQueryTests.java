package org.allianceatlas.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.GraphQlErrors;
import org.allianceatlas.query.CypherQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Issue 12, point 1: every entity type implements {@code Node}; its global id refetches
 * it through {@code node(id:)} and, many at once, {@code nodes(ids:)}.
 */
@AtlasTest
class NodeQueryTests {

	/** One object of every kind, with its id and business key. */
	private static final String EVERY_KIND = """
			{
			  state(iso3: "ARM") {
			    id iso3
			    names { id key }
			    memberships { id key statusChanges { id key } }
			    troopFigures { id key claims { id key } }
			  }
			  organisation(abbreviation: "CSTO") { id abbreviation bodies { id key } officeHolders { person { id key } } }
			  event(key: "csto-kazakhstan-withdrawal-2022") { id key claims { id key } }
			  source(key: "wikipedia-csto") { id key }
			  undatedTroopFigures { id key }
			}""";

	/** What {@code node(id:)} answers, the business key under one name for every type. */
	private static final String REFETCH = """
			query($id: ID!) { node(id: $id) { __typename id
			  ... on State { key: iso3 } ... on Organisation { key: abbreviation } ... on Body { key }
			  ... on Person { key } ... on Event { key } ... on Membership { key } ... on StatusChange { key }
			  ... on TroopFigure { key } ... on UndatedTroopFigure { key } ... on Source { key }
			  ... on Claim { key } ... on Name { key } } }""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	CypherQueries cypher;

	@Test
	void everyKindIsRefetchedByItsId() {
		Map<String, Map<String, String>> byType = everyKind();
		assertThat(byType.keySet()).containsExactlyInAnyOrder("State", "Organisation", "Body", "Person", "Event",
				"Membership", "StatusChange", "TroopFigure", "UndatedTroopFigure", "Source", "Claim", "Name");
		byType.forEach((type, node) -> {
			GraphQlTester.Response response = this.graphQl.document(REFETCH).variable("id", node.get("id")).execute();
			response.errors().verify();
			response.path("node.__typename").entity(String.class).isEqualTo(type);
			response.path("node.id").entity(String.class).isEqualTo(node.get("id"));
			response.path("node.key").entity(String.class).isEqualTo(node.get("key"));
		});
	}

	@Test
	void anIdIsDerivedFromTheKindAndBusinessKeyOnly() {
		String expected = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("State:ARM".getBytes(StandardCharsets.UTF_8));
		this.graphQl.document("{ state(iso3: \"ARM\") { id } }")
			.execute()
			.path("state.id")
			.entity(String.class)
			.isEqualTo(expected);
		this.graphQl.document("{ search(text: \"Armenia\", limit: 1) { node { id } } }")
			.execute()
			.path("search[0].node.id")
			.entity(String.class)
			.isEqualTo(expected);
	}

	@Test
	void nodesAreLoadedInOneBatchPerKind() {
		List<String> stateIds = this.graphQl.document("{ states(first: 100) { nodes { id } } }")
			.execute()
			.path("states.nodes[*].id")
			.entityList(String.class)
			.get();
		assertThat(stateIds).hasSizeGreaterThan(20);
		long before = this.cypher.roundTrips();
		GraphQlTester.Response response = this.graphQl
			.document("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on State { iso3 } } }")
			.variable("ids", stateIds)
			.execute();
		long trips = this.cypher.roundTrips() - before;
		assertThat(response.path("nodes[*].id").entityList(String.class).get()).isEqualTo(stateIds);
		assertThat(trips).as("round trips for %d states", stateIds.size()).isEqualTo(1);

		List<String> mixed = new ArrayList<>();
		everyKind().values().forEach(node -> mixed.add(node.get("id")));
		before = this.cypher.roundTrips();
		this.graphQl
			.document(
					"query($ids: [ID!]!) { nodes(ids: $ids) { id } node(id: \"" + stateIds.getFirst() + "\") { id } }")
			.variable("ids", mixed)
			.execute()
			.path("nodes[*].id")
			.entityList(String.class)
			.isEqualTo(mixed);
		// one per kind (a troop figure, dated or not, is one kind), node(id:) joining the
		// batch
		assertThat(this.cypher.roundTrips() - before).isEqualTo(11);
	}

	@Test
	void anIdNotGivenOutIsABadRequestAndAnUnknownOneNotFound() {
		GraphQlErrors.expectError(this.graphQl.document("{ node(id: \"bm9wZQ\") { id } }").execute(),
				ErrorType.BAD_REQUEST, "id");
		GraphQlErrors.expectError(this.graphQl.document("{ node(id: \"%%%\") { id } }").execute(),
				ErrorType.BAD_REQUEST, "id");
		String unknown = Base64.getUrlEncoder().withoutPadding().encodeToString("State:XXX".getBytes());
		GraphQlTester.Response response = this.graphQl.document("{ node(id: \"" + unknown + "\") { id } }").execute();
		GraphQlErrors.expectError(response, ErrorType.NOT_FOUND, "id");
		response.path("node").valueIsNull();

		String armenia = Base64.getUrlEncoder().withoutPadding().encodeToString("State:ARM".getBytes());
		this.graphQl.document("{ nodes(ids: [\"" + armenia + "\", \"" + unknown + "\"]) { id } }")
			.execute()
			.path("nodes")
			.entityList(Object.class)
			.satisfies(nodes -> assertThat(nodes).hasSize(2).element(1).isNull());
		GraphQlErrors.expectError(
				this.graphQl.document("{ nodes(ids: [\"" + armenia + "\", \"bm9wZQ\"]) { id } }").execute(),
				ErrorType.BAD_REQUEST, "ids");
		List<String> tooMany = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			tooMany.add(armenia);
		}
		GraphQlTester.Response limited = this.graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }")
			.variable("ids", tooMany)
			.execute();
		limited.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getErrorType()).hasToString("LIMIT_EXCEEDED");
			assertThat(e.getMessage()).contains("'ids'");
		}));
	}

	/** The id and key of one object of every kind, by GraphQL type. */
	private Map<String, Map<String, String>> everyKind() {
		GraphQlTester.Response response = this.graphQl.document(EVERY_KIND).execute();
		response.errors().verify();
		Map<String, Map<String, String>> byType = new LinkedHashMap<>();
		put(byType, "State", response, "state", "iso3");
		put(byType, "Name", response, "state.names[0]", "key");
		put(byType, "Membership", response, "state.memberships[0]", "key");
		put(byType, "StatusChange", response, "state.memberships[?(@.key == 'csto-arm-member-2002')].statusChanges[0]",
				"key");
		put(byType, "TroopFigure", response, "state.troopFigures[0]", "key");
		put(byType, "Organisation", response, "organisation", "abbreviation");
		put(byType, "Body", response, "organisation.bodies[0]", "key");
		put(byType, "Person", response, "organisation.officeHolders[0].person", "key");
		put(byType, "Event", response, "event", "key");
		put(byType, "Claim", response, "event.claims[0]", "key");
		put(byType, "Source", response, "source", "key");
		put(byType, "UndatedTroopFigure", response, "undatedTroopFigures[0]", "key");
		return byType;
	}

	private static void put(Map<String, Map<String, String>> byType, String type, GraphQlTester.Response response,
			String path, String keyField) {
		String id = single(response, path + ".id");
		String key = single(response, path + "." + keyField);
		byType.put(type, Map.of("id", id, "key", key));
	}

	private static String single(GraphQlTester.Response response, String path) {
		if (path.contains("[?(")) {
			return response.path(path).entityList(String.class).get().getFirst();
		}
		return response.path(path).entity(String.class).get();
	}

}
