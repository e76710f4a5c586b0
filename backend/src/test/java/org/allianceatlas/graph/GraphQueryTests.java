package org.allianceatlas.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.GraphQlErrors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

@AtlasTest
class GraphQueryTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void twoStatesConnectThroughAnOrganisationTheyShare() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ connection(from: "ARM", to: "BLR", asOf: "2020-01-01") {
				    length steps { node { id kind key label } via { start end type role from sources { key } } } } }""")
			.execute();
		response.path("connection.length").entity(Integer.class).isEqualTo(2);
		response.path("connection.steps[0].node.id").entity(String.class).isEqualTo("STATE:ARM");
		response.path("connection.steps[0].via").valueIsNull();
		response.path("connection.steps[1].node.kind").entity(String.class).isEqualTo("ORGANISATION");
		response.path("connection.steps[1].via.type").entity(String.class).isEqualTo("MEMBER_OF");
		response.path("connection.steps[1].via.start").entity(String.class).isEqualTo("STATE:ARM");
		response.path("connection.steps[1].via.sources").entityList(Object.class).hasSizeGreaterThan(0);
		response.path("connection.steps[2].node.id").entity(String.class).isEqualTo("STATE:BLR");
		response.path("connection.steps[2].via.start").entity(String.class).isEqualTo("STATE:BLR");
	}

	@Test
	void aStateConnectsToAnOrganisation() {
		this.graphQl.document("{ connection(from: \"UZB\", to: \"GUAM\") { length steps { node { id } } } }")
			.execute()
			.path("connection.steps[-1:].node.id")
			.entityList(String.class)
			.containsExactly("ORGANISATION:GUAM");
	}

	@Test
	void aNodeIsConnectedToItselfByNoStep() {
		GraphQlTester.Response response = this.graphQl
			.document("{ connection(from: \"ARM\", to: \"ARM\") { length steps { node { id } via { type } } } }")
			.execute();
		response.path("connection.length").entity(Integer.class).isEqualTo(0);
		response.path("connection.steps[*].node.id").entityList(String.class).containsExactly("STATE:ARM");
		response.path("connection.steps[0].via").valueIsNull();
	}

	@Test
	void endsThatNothingJoinsOnTheDayHaveNoConnection() {
		this.graphQl.document("{ connection(from: \"ARM\", to: \"CHN\", asOf: \"1900-01-01\") { length } }")
			.execute()
			.path("connection")
			.valueIsNull();
	}

	@Test
	void endsThatDoNotExistAreNotFoundNamingTheArgument() {
		GraphQlErrors.expectError(
				this.graphQl.document("{ connection(from: \"XXX\", to: \"ARM\") { length } }").execute(),
				ErrorType.NOT_FOUND, "from");
		GraphQlErrors.expectError(
				this.graphQl.document("{ connection(from: \"ARM\", to: \"NOPE\") { length } }").execute(),
				ErrorType.NOT_FOUND, "to");
		GraphQlErrors.expectError(
				this.graphQl.document("{ connection(from: \"XXX\", to: \"NOPE\") { length } }").execute(),
				ErrorType.NOT_FOUND, "from");
	}

	@Test
	void neighbourhoodToDepthTwoAsNodesAndEdges() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ neighbourhood(key: "ARM", depth: 2, asOf: "2025-01-01") {
				    centre { id } nodes { id kind label } edges { start end type role sources { key } } } }""")
			.execute();
		response.path("neighbourhood.centre.id").entity(String.class).isEqualTo("STATE:ARM");
		// Belarus is two steps away: Armenia — CSTO — Belarus.
		response.path("neighbourhood.nodes[*].id").entityList(String.class).contains("ORGANISATION:CSTO", "STATE:BLR");
		response.path("neighbourhood.edges[?(@.start == 'STATE:ARM' && @.end == 'ORGANISATION:CSTO')].sources[*].key")
			.entityList(String.class)
			.contains("wikipedia-csto");
		response.path("neighbourhood.edges[*].start")
			.entityList(String.class)
			.satisfies(starts -> assertThat(starts).isNotEmpty());
	}

	@Test
	void depthOneStaysNextToTheCentre() {
		this.graphQl.document("{ neighbourhood(key: \"ARM\", depth: 1, asOf: \"2025-01-01\") { nodes { id } } }")
			.execute()
			.path("neighbourhood.nodes[*].id")
			.entityList(String.class)
			.doesNotContain("STATE:BLR");
	}

	@Test
	void asOfKeepsOnlyWhatHeldThatDay() {
		// Uzbekistan was in GUAM from 1999 to 2005.
		String query = "query($day: Date) { neighbourhood(key: \"UZB\", depth: 1, asOf: $day) { nodes { id } } }";
		this.graphQl.document(query)
			.variable("day", "2003-01-01")
			.execute()
			.path("neighbourhood.nodes[*].id")
			.entityList(String.class)
			.contains("ORGANISATION:GUAM");
		this.graphQl.document(query)
			.variable("day", "2010-01-01")
			.execute()
			.path("neighbourhood.nodes[*].id")
			.entityList(String.class)
			.doesNotContain("ORGANISATION:GUAM");
	}

	@Test
	void depthAboveThreeIsABadRequest() {
		GraphQlErrors.expectError(
				this.graphQl.document("{ neighbourhood(key: \"ARM\", depth: 4) { nodes { id } } }").execute(),
				ErrorType.BAD_REQUEST, "depth");
	}

}
