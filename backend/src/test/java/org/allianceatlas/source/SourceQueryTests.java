package org.allianceatlas.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.GraphQlErrors;
import org.allianceatlas.graphql.OrderDirection;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.query.Params;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

@AtlasTest
class SourceQueryTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Driver driver;

	/**
	 * A page of sources in key order without filters and without totalCount is read from
	 * the key's index in order, a page's worth of entries, not by scanning and sorting
	 * every source; filtered or counted, it scans.
	 */
	@Test
	void anUnfilteredPageInKeyOrderIsReadFromTheIndexInOrder() {
		Paging.Window uncounted = new Paging.Window(0, 11, false);
		assertThat(operators(
				SourceRepository.findQuery(null, null, null, SourceFilter.Field.KEY, OrderDirection.ASC, uncounted)))
			.anyMatch(o -> o.startsWith("NodeIndexScan"))
			.noneMatch(o -> o.startsWith("NodeByLabelScan") || o.startsWith("Sort") || o.startsWith("Top"));
		assertThat(operators(
				SourceRepository.findQuery(null, null, null, SourceFilter.Field.KEY, OrderDirection.DESC, uncounted)))
			.noneMatch(o -> o.startsWith("NodeByLabelScan") || o.startsWith("Sort") || o.startsWith("Top"));
		assertThat(operators(SourceRepository.findQuery("official", null, null, SourceFilter.Field.TITLE,
				OrderDirection.ASC, uncounted)))
			.anyMatch(o -> o.startsWith("Top"));
	}

	private List<String> operators(String query) {
		try (Session session = this.driver.session()) {
			Plan plan = session
				.run("EXPLAIN " + query,
						Params.of("kind", "official", "title", null, "publisher", null, "start", 0, "end", 11))
				.consume()
				.plan();
			List<String> all = new ArrayList<>();
			collect(plan, all);
			return all;
		}
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach((child) -> collect(child, operators));
	}

	@Test
	void aSourceWithEverythingItSupports() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ source(key: "wikipedia-csto") { key title publisher url kind
				    supports { kind relationship key targetKey label note } } }""").execute();
		response.path("source.title").entity(String.class).isEqualTo("Collective Security Treaty Organization");
		response.path("source.supports[*].key").entityList(String.class).contains("csto-arm-member-2002", "tf-arm-000");
		response.path("source.supports[?(@.key == 'csto-arm-member-2002')].kind")
			.entityList(String.class)
			.containsExactly("MEMBERSHIP");
		// relationships that list it in their sources count too
		response.path("source.supports[?(@.relationship == 'SUCCEEDED_BY')].targetKey")
			.entityList(String.class)
			.contains("CSTO");
	}

	@Test
	void sourcesArePagedAndFilteredByKind() {
		GraphQlTester.Response first = this.graphQl.document("""
				{ sources(first: 3) { edges { cursor node { key } } pageInfo { hasNextPage endCursor } } }""")
			.execute();
		first.path("sources.edges").entityList(Object.class).hasSize(3);
		first.path("sources.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String after = first.path("sources.pageInfo.endCursor").entity(String.class).get();
		String lastOfFirst = first.path("sources.edges[2].node.key").entity(String.class).get();
		this.graphQl.document("query($after: String) { sources(first: 3, after: $after) { edges { node { key } } } }")
			.variable("after", after)
			.execute()
			.path("sources.edges[*].node.key")
			.entityList(String.class)
			.doesNotContain(lastOfFirst)
			.hasSize(3);
		this.graphQl.document("{ sources(kind: \"encyclopedia\", first: 100) { edges { node { kind } } } }")
			.execute()
			.path("sources.edges[*].node.kind")
			.entityList(String.class)
			.satisfies(l -> assertThat(l).containsOnly("encyclopedia"));
	}

	@Test
	void unknownSourceIsNotFound() {
		GraphQlTester.Response response = this.graphQl.document("{ source(key: \"nope\") { title } }").execute();
		GraphQlErrors.expectError(response, ErrorType.NOT_FOUND, "key");
		response.path("source").valueIsNull();
	}

}
