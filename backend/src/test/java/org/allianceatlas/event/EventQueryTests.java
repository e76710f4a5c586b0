package org.allianceatlas.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.GraphQlErrors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

@AtlasTest
class EventQueryTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void eventsFilteredByOrganisationKindAndDates() {
		this.graphQl.document("""
				{ events(organisation: "CSTO", kind: "deployment", from: "2022-01-01", to: "2022-12-31", first: 10) {
				    edges { node { key date kind organisations { abbreviation } } } } }""")
			.execute()
			.path("events.edges[*].node")
			.entityList(Object.class)
			.hasSizeGreaterThan(0)
			.path("events.edges[*].node.kind")
			.entityList(String.class)
			.satisfies(l -> assertThat(l).containsOnly("deployment"))
			.path("events.edges[*].node.date")
			.entityList(String.class)
			.satisfies(dates -> assertThat(dates).allMatch(d -> d.startsWith("2022")));
	}

	@Test
	void competingClaimsOnAnEvent() {
		this.graphQl.document(
				"""
						{ event(key: "csto-kazakhstan-withdrawal-2022") { title claims { field value sources { key } } sources { key } } }""")
			.execute()
			.path("event.claims[?(@.field == 'date')].value")
			.entityList(String.class)
			.satisfies(l -> assertThat(l).containsExactlyInAnyOrder("2022-01-11", "2022-01-13"));
	}

	@Test
	void eventsArePaged() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ events(first: 2) { edges { cursor node { key involves { id kind } } } pageInfo { hasNextPage } } }""")
			.execute();
		response.path("events.edges").entityList(Object.class).hasSize(2);
		response.path("events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void fromAfterToIsABadRequest() {
		GraphQlErrors.expectError(this.graphQl
			.document("{ events(from: \"2022-01-01\", to: \"2021-01-01\") { pageInfo { hasNextPage } } }")
			.execute(), ErrorType.BAD_REQUEST, "from");
	}

	@Test
	void unknownEventIsNotFound() {
		GraphQlErrors.expectError(this.graphQl.document("{ event(key: \"nope\") { title } }").execute(),
				ErrorType.NOT_FOUND, "key");
	}

}
