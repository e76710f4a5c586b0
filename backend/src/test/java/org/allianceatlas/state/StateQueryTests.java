package org.allianceatlas.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.GraphQlErrors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

@AtlasTest
class StateQueryTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void stateByIso3WithMembershipsAndNames() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ state(iso3: "ARM") { iso3 name memberships { organisation { abbreviation } } } }""").execute();
		response.path("state.name").entity(String.class).isEqualTo("Armenia");
		response.path("state.memberships[*].organisation.abbreviation")
			.entityList(String.class)
			.contains("CST", "CSTO", "CIS");
	}

	@Test
	void unknownIso3IsNullAndNotFound() {
		GraphQlTester.Response response = this.graphQl.document("{ state(iso3: \"XXX\") { name } }").execute();
		GraphQlErrors.expectError(response, ErrorType.NOT_FOUND, "iso3");
		response.path("state").valueIsNull();
	}

	@Test
	void statesArePagedWithCursors() {
		String query = """
				query($after: String) { states(first: 7, after: $after) {
				    edges { cursor node { iso3 } } pageInfo { hasNextPage hasPreviousPage endCursor } } }""";
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		int pages = 0;
		while (more) {
			GraphQlTester.Response response = this.graphQl.document(query).variable("after", after).execute();
			seen.addAll(response.path("states.edges[*].node.iso3").entityList(String.class).get());
			more = response.path("states.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("states.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(pages).isGreaterThan(1);
		assertThat(seen).doesNotHaveDuplicates().contains("ARM", "UZB", "CHN");
	}

	@Test
	void aPageAboveTheMaximumNamesTheLimit() {
		this.graphQl.document("{ states(first: 1000) { edges { node { iso3 } } } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getErrorType()).hasToString("LIMIT_EXCEEDED");
				assertThat(errors.getFirst().getMessage()).contains("'first'").contains("largest page of 100 items");
			});
	}

	@Test
	void aForgedCursorIsABadRequest() {
		GraphQlErrors.expectError(
				this.graphQl.document("{ states(after: \"not-a-cursor\") { pageInfo { hasNextPage } } }").execute(),
				ErrorType.BAD_REQUEST, "after");
	}

}
