package org.allianceatlas.curation;

import static org.allianceatlas.curation.Accounts.anonymous;
import static org.allianceatlas.curation.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * {@code recentChanges} is cut into pages by the database: paging forwards and backwards
 * gives the same revisions, newest first, as one large page, and {@code totalCount}
 * counts them all.
 */
@CurationTest
class RecentChangesPagingTests {

	private static final String PAGE = """
			query($first: Int, $after: String, $last: Int, $before: String) {
			  recentChanges(first: $first, after: $after, last: $last, before: $before) {
			    totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""";

	@Autowired
	ExecutionGraphQlServiceTester graphQl;

	@Test
	void pagesOfTheDatabaseAddUpToTheWholeFeed() {
		for (String note : List.of("One.", "Two.", "Three.")) {
			String id = as("cora", "CONTRIBUTOR",
					() -> this.graphQl.document(RevisionAndConflictTests.CORRECT)
						.variable("input",
								Map.of("targetKind", "MEMBERSHIP", "target", "csto-tjk-member-2002", "field", "note",
										"value", note, "summary", "Paging " + note, "sources",
										List.of(Map.of("key", "wikipedia-csto", "locator", "Members"))))
						.execute())
				.path("proposeCorrection.id")
				.entity(String.class)
				.get();
			as("ed", "EDITOR",
					() -> this.graphQl.document(RevisionAndConflictTests.ACCEPT).variable("id", id).execute())
				.path("acceptProposal.status")
				.entity(String.class)
				.isEqualTo("ACCEPTED");
		}
		GraphQlTester.Response whole = page(Map.of("first", 100));
		List<String> all = whole.path("recentChanges.nodes[*].id").entityList(String.class).get();
		int total = whole.path("recentChanges.totalCount").entity(Integer.class).get();
		assertThat(all).hasSizeGreaterThanOrEqualTo(3).hasSize(total).doesNotHaveDuplicates();

		List<String> forwards = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			Map<String, Object> variables = new HashMap<>(Map.of("first", 2));
			if (after != null) {
				variables.put("after", after);
			}
			GraphQlTester.Response response = page(variables);
			response.path("recentChanges.totalCount").entity(Integer.class).isEqualTo(total);
			forwards.addAll(response.path("recentChanges.nodes[*].id").entityList(String.class).get());
			after = response.path("recentChanges.pageInfo.endCursor").entity(String.class).get();
			more = response.path("recentChanges.pageInfo.hasNextPage").entity(Boolean.class).get();
		}
		assertThat(forwards).isEqualTo(all);

		GraphQlTester.Response tail = page(Map.of("last", 2));
		tail.path("recentChanges.nodes[*].id").entityList(String.class).isEqualTo(all.subList(total - 2, total));
		String before = tail.path("recentChanges.pageInfo.startCursor").entity(String.class).get();
		page(Map.of("last", 1, "before", before)).path("recentChanges.nodes[*].id")
			.entityList(String.class)
			.isEqualTo(List.of(all.get(total - 3)));
		// the newest first: the last of the three corrections leads
		anonymous(() -> this.graphQl.document("{ recentChanges(first: 1) { nodes { summary } } }").execute())
			.path("recentChanges.nodes[0].summary")
			.entity(String.class)
			.isEqualTo("Paging Three.");
		page(Map.of("first", 0)).path("recentChanges.totalCount").entity(Integer.class).isEqualTo(total);
	}

	private GraphQlTester.Response page(Map<String, Object> variables) {
		return anonymous(() -> this.graphQl.document(PAGE).variables(variables).execute());
	}

}
