package org.allianceatlas.graphql;

import java.util.List;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.query.CypherQueries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field its parent may be read with ({@link ReadAlong}): a parent read with it answers
 * with no further query, and a parent read without it has the same answer from its batch
 * loader.
 */
@AtlasTest
class ReadAlongTests {

	private static final ParameterizedTypeReference<Map<String, Object>> ITEM = new ParameterizedTypeReference<>() {
	};

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	CypherQueries cypher;

	@Test
	void aMembershipsSourcesAreTheSameReadAlongOrLoaded() {
		List<Map<String, Object>> along = items(
				"{ organisation(abbreviation: \"CSTO\") { memberships { key sources { key title url } } } }",
				"organisation.memberships");
		assertThat(along).hasSizeGreaterThan(5);
		for (Map<String, Object> membership : along.subList(0, 5)) {
			// a membership asked by its key is read without its sources
			String byKey = "{ membership(key: \"%s\") { key sources { key title url } } }"
				.formatted(membership.get("key"));
			long before = this.cypher.roundTrips();
			Map<String, Object> loaded = one(byKey, "membership");
			assertThat(this.cypher.roundTrips() - before).as("the membership, then its sources").isEqualTo(2);
			assertThat(loaded).isEqualTo(membership);
			assertThat((List<?>) loaded.get("sources")).as("%s", membership.get("key")).isNotEmpty();
		}
	}

	@Test
	void aTroopFiguresSourcesAreTheSameReadAlongOrLoaded() {
		// a state's figures are read with their sources; an organisation's members'
		// figures of a year without them
		List<Map<String, Object>> along = items(
				"{ state(iso3: \"ARM\") { memberships { key } troopFigures { key year sources { key title } } } }",
				"state.troopFigures");
		assertThat(along).isNotEmpty();
		Map<String, Object> figure = along.getFirst();
		List<Map<String, Object>> loaded = items(
				"{ troopFigures(organisation: \"CSTO\", year: %s) { key year sources { key title } } }"
					.formatted(figure.get("year")),
				"troopFigures");
		assertThat(loaded).contains(figure);
		assertThat((List<?>) figure.get("sources")).isNotEmpty();
	}

	private List<Map<String, Object>> items(String document, String path) {
		return response(document).path(path).entityList(ITEM).get();
	}

	private Map<String, Object> one(String document, String path) {
		return response(document).path(path).entity(ITEM).get();
	}

	private GraphQlTester.Response response(String document) {
		GraphQlTester.Response response = this.graphQl.document(document).execute();
		response.errors().verify();
		return response;
	}

}
