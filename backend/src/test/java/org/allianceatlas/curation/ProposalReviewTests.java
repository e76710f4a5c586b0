package org.allianceatlas.curation;

import static org.allianceatlas.curation.Accounts.anonymous;
import static org.allianceatlas.curation.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Proposals through the API: invisible until accepted, then in the atlas with their
 * source and revision; rejected with a reason; sent back and amended; refused without the
 * role.
 *
 * <p>
 * The one curation class on the main thread, second of all there, so that the curation
 * application starts early, while the other thread runs standalone classes
 * ({@code junit-platform.properties}).
 */
@CurationTest
@Execution(ExecutionMode.SAME_THREAD)
@Order(2)
class ProposalReviewTests {

	static final String PROPOSE_MEMBERSHIP = """
			mutation($input: NewMembershipInput!) { proposeMembership(input: $input) {
			  id status targetKey baseVersion changes { field before after } sources { title isNew } } }""";

	@Autowired
	ExecutionGraphQlServiceTester graphQl;

	@Test
	void aProposalIsInvisibleUntilAcceptedThenVisibleWithItsSourceAndRevision() {
		Map<String, Object> input = Map.of("state", "IRN", "organisation", "CSTO", "role", "OBSERVER", "from",
				"2026-03", "summary", "Iran became an observer", "sources",
				List.of(Map.of("title", "Iran joins the CSTO as observer", "publisher", "Example News", "published",
						"2026-03-04", "url", "https://news.example.org/iran-csto", "locator", "first paragraph")));
		GraphQlTester.Response proposed = as("cora", "CONTRIBUTOR",
				() -> this.graphQl.document(PROPOSE_MEMBERSHIP).variable("input", input).execute());
		String id = proposed.path("proposeMembership.id").entity(String.class).get();
		String key = proposed.path("proposeMembership.targetKey").entity(String.class).get();
		proposed.path("proposeMembership.status").entity(String.class).isEqualTo("PENDING");

		assertThat(cstoMembershipsOfIran()).doesNotContain(key);
		anonymous(() -> this.graphQl.document("{ proposals { id } }").execute()).path("proposals")
			.entityList(Object.class)
			.hasSize(0);
		GraphQlTester.Response hidden = anonymous(
				() -> this.graphQl.document("{ membership(key: \"" + key + "\") { key } }").execute());
		expectType(hidden, "NOT_FOUND");
		hidden.path("membership").valueIsNull();
		// another contributor does not see it either
		assertThat(as("carl", "CONTRIBUTOR", () -> this.graphQl.document("{ proposals { id } }").execute())
			.path("proposals[*].id")
			.entityList(String.class)
			.get()).doesNotContain(id);

		GraphQlTester.Response accepted = as("ed", "EDITOR",
				() -> this.graphQl
					.document("mutation($id: ID!) { acceptProposal(id: $id) { status reviewer revision { number } } }")
					.variable("id", id)
					.execute());
		accepted.path("acceptProposal.status").entity(String.class).isEqualTo("ACCEPTED");
		accepted.path("acceptProposal.revision.number").entity(Integer.class).isEqualTo(1);

		assertThat(cstoMembershipsOfIran()).contains(key);
		GraphQlTester.Response membership = anonymous(() -> this.graphQl
			.document(
					"""
							{ membership(key: "%s") { role from sources { title url }
							    revisions { number proposer reviewer summary created sources { title } changes { field after } } } }"""
						.formatted(key))
			.execute());
		membership.path("membership.sources[0].title")
			.entity(String.class)
			.isEqualTo("Iran joins the CSTO as observer");
		membership.path("membership.revisions").entityList(Object.class).hasSize(1);
		membership.path("membership.revisions[0].proposer").entity(String.class).isEqualTo("cora");
		membership.path("membership.revisions[0].reviewer").entity(String.class).isEqualTo("ed");
		membership.path("membership.revisions[0].created").entity(Boolean.class).isEqualTo(true);
		membership.path("membership.revisions[0].sources[0].title")
			.entity(String.class)
			.isEqualTo("Iran joins the CSTO as observer");
		anonymous(() -> this.graphQl.document("{ recentChanges(first: 1) { totalCount nodes { entityKey summary } } }")
			.execute()).path("recentChanges.nodes[0].entityKey").entity(String.class).isEqualTo(key);
	}

	@Test
	void aSeededThingReportsRevisionZeroWithItsSources() {
		GraphQlTester.Response response = anonymous(() -> this.graphQl
			.document("{ membership(key: \"csto-blr-member-2002\") { revisions { number summary sources { key } } } }")
			.execute());
		response.path("membership.revisions[*].number").entityList(Integer.class).containsExactly(0);
		assertThat(response.path("membership.revisions[0].sources[*].key").entityList(String.class).get()).isNotEmpty();
	}

	@Test
	void aRejectionKeepsItsReasonAndChangesNothing() {
		String id = proposeIranObserver("carla");
		as("ed", "EDITOR", () -> this.graphQl.document(
				"mutation($id: ID!) { rejectProposal(id: $id, reason: \"The article says talks, not status\") { status } }")
			.variable("id", id)
			.execute()).path("rejectProposal.status").entity(String.class).isEqualTo("REJECTED");
		GraphQlTester.Response mine = as("carla", "CONTRIBUTOR",
				() -> this.graphQl
					.document("{ proposal(id: \"" + id + "\") { status reason reviewer revision { number } } }")
					.execute());
		mine.path("proposal.reason").entity(String.class).isEqualTo("The article says talks, not status");
		mine.path("proposal.reviewer").entity(String.class).isEqualTo("ed");
		mine.path("proposal.revision").valueIsNull();
		// a rejected proposal cannot be accepted afterwards
		as("eva", "EDITOR",
				() -> this.graphQl.document("mutation($id: ID!) { acceptProposal(id: $id) { status } }")
					.variable("id", id)
					.execute())
			.errors()
			.satisfy(errors -> assertThat(errors.getFirst().getErrorType()).hasToString("CONFLICT"));
	}

	@Test
	void aProposalSentBackIsAmendedAndPendingAgain() {
		String id = proposeIranObserver("cleo");
		as("ed", "EDITOR",
				() -> this.graphQl
					.document("mutation($id: ID!) { requestChanges(id: $id, reason: \"Which paragraph?\") { status } }")
					.variable("id", id)
					.execute())
			.path("requestChanges.status")
			.entity(String.class)
			.isEqualTo("CHANGES_REQUESTED");
		GraphQlTester.Response amended = as("cleo", "CONTRIBUTOR", () -> this.graphQl.document(
				"""
						mutation($id: ID!) { amendProposal(input: {id: $id, summary: "Observer since March 2026",
						  sources: [{key: "wikipedia-csto", locator: "Members, observers"}]}) { status summary sources { key } } }""")
			.variable("id", id)
			.execute());
		amended.path("amendProposal.status").entity(String.class).isEqualTo("PENDING");
		amended.path("amendProposal.sources[0].key").entity(String.class).isEqualTo("wikipedia-csto");
		// somebody else cannot amend it
		as("carl", "CONTRIBUTOR",
				() -> this.graphQl
					.document("mutation($id: ID!) { amendProposal(input: {id: $id, summary: \"x\"}) { status } }")
					.variable("id", id)
					.execute())
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty());
		as("ed", "EDITOR",
				() -> this.graphQl
					.document("mutation($id: ID!) { rejectProposal(id: $id, reason: \"Duplicate\") { status } }")
					.variable("id", id)
					.execute())
			.path("rejectProposal.status")
			.entity(String.class)
			.isEqualTo("REJECTED");
	}

	@Test
	void anEditorsOwnProposalNeedsAnotherEditor() {
		String id = proposeIranObserver("erin-editor");
		as("erin-editor", "EDITOR",
				() -> this.graphQl.document("mutation($id: ID!) { acceptProposal(id: $id) { status } }")
					.variable("id", id)
					.execute())
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getMessage()).contains("'id'").contains("another editor");
			});
		as("ed", "EDITOR",
				() -> this.graphQl
					.document("mutation($id: ID!) { rejectProposal(id: $id, reason: \"Not needed\") { status } }")
					.variable("id", id)
					.execute())
			.path("rejectProposal.status")
			.entity(String.class)
			.isEqualTo("REJECTED");
	}

	@Test
	void mutationsWithoutTheRoleAreRefused() {
		String id = proposeIranObserver("cody");
		expectType(
				anonymous(() -> this.graphQl.document(PROPOSE_MEMBERSHIP).variable("input", iranObserver()).execute()),
				"UNAUTHORIZED");
		expectType(as("cody", "CONTRIBUTOR",
				() -> this.graphQl.document("mutation($id: ID!) { acceptProposal(id: $id) { status } }")
					.variable("id", id)
					.execute()),
				"FORBIDDEN");
		expectType(
				as("nobody-special", null,
						() -> this.graphQl.document(PROPOSE_MEMBERSHIP).variable("input", iranObserver()).execute()),
				"FORBIDDEN");
		as("ed", "EDITOR", () -> this.graphQl.document("{ proposal(id: \"" + id + "\") { status } }").execute())
			.path("proposal.status")
			.entity(String.class)
			.isEqualTo("PENDING");
		as("ed", "EDITOR",
				() -> this.graphQl
					.document("mutation($id: ID!) { rejectProposal(id: $id, reason: \"Test\") { status } }")
					.variable("id", id)
					.execute())
			.path("rejectProposal.status")
			.entity(String.class)
			.isEqualTo("REJECTED");
	}

	static void expectType(GraphQlTester.Response response, String type) {
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.getFirst().getErrorType()).hasToString(type);
		});
	}

	private String proposeIranObserver(String contributor) {
		String role = contributor.endsWith("-editor") ? "EDITOR" : "CONTRIBUTOR";
		return as(contributor, role,
				() -> this.graphQl.document(PROPOSE_MEMBERSHIP).variable("input", iranObserver()).execute())
			.path("proposeMembership.id")
			.entity(String.class)
			.get();
	}

	private static Map<String, Object> iranObserver() {
		return Map.of("state", "IRN", "organisation", "SCO", "role", "OBSERVER", "from", "2026", "summary",
				"Iran as an observer again", "sources", List.of(Map.of("key", "wikipedia-csto", "locator", "Members")));
	}

	private List<String> cstoMembershipsOfIran() {
		return anonymous(() -> this.graphQl
			.document(
					"{ state(iso3: \"IRN\") { memberships(roles: [OBSERVER]) { key organisation { abbreviation } } } }")
			.execute()).path("state.memberships[?(@.organisation.abbreviation == 'CSTO')].key")
			.entityList(String.class)
			.get();
	}

}
