package org.allianceatlas.curation;

import static org.allianceatlas.curation.Accounts.anonymous;
import static org.allianceatlas.curation.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Every kind of proposal and every review action is refused without an account
 * (UNAUTHORIZED) and without its role (FORBIDDEN), and a refused one stores nothing.
 */
@CurationTest
class CurationAuthorizationTests {

	private static final String SOURCES = "summary: \"s\", sources: [{key: \"wikipedia-csto\", locator: \"Members\"}]";

	/** One call of every proposal mutation, with input of the right shape. */
	private static final Map<String, String> PROPOSALS = proposals();

	private static final Map<String, String> REVIEWS = Map.of("acceptProposal", "acceptProposal(id: \"%s\") { id }",
			"rejectProposal", "rejectProposal(id: \"%s\", reason: \"r\") { id }", "requestChanges",
			"requestChanges(id: \"%s\", reason: \"r\") { id }");

	@Autowired
	ExecutionGraphQlServiceTester graphQl;

	@Test
	void everyProposalIsRefusedWithoutAnAccountOrARole() {
		int before = proposalCount();
		PROPOSALS.forEach((name, call) -> {
			expect(anonymous(() -> this.graphQl.document("mutation { " + call + " }").execute()), name, "UNAUTHORIZED");
			expect(as("reader-only", null, () -> this.graphQl.document("mutation { " + call + " }").execute()), name,
					"FORBIDDEN");
		});
		assertThat(proposalCount()).isEqualTo(before);
	}

	@Test
	void everyReviewActionIsRefusedWithoutAnAccountOrTheEditorRole() {
		String id = as("cass", "CONTRIBUTOR",
				() -> this.graphQl.document("mutation { " + PROPOSALS.get("proposeClaim") + " }").execute())
			.path("proposeClaim.id")
			.entity(String.class)
			.get();
		REVIEWS.forEach((name, call) -> {
			String document = "mutation { " + call.formatted(id) + " }";
			expect(anonymous(() -> this.graphQl.document(document).execute()), name, "UNAUTHORIZED");
			expect(as("cass", "CONTRIBUTOR", () -> this.graphQl.document(document).execute()), name, "FORBIDDEN");
		});
		String revert = "mutation { revertRevision(id: \"" + id + "\", summary: \"s\") { id } }";
		expect(anonymous(() -> this.graphQl.document(revert).execute()), "revertRevision", "UNAUTHORIZED");
		expect(as("cass", "CONTRIBUTOR", () -> this.graphQl.document(revert).execute()), "revertRevision", "FORBIDDEN");
		String amend = "mutation { amendProposal(input: {id: \"" + id + "\", summary: \"s\"}) { id } }";
		expect(anonymous(() -> this.graphQl.document(amend).execute()), "amendProposal", "UNAUTHORIZED");
		expect(as("reader-only", null, () -> this.graphQl.document(amend).execute()), "amendProposal", "FORBIDDEN");
		// still pending and unreviewed
		GraphQlTester.Response after = as("ed", "EDITOR",
				() -> this.graphQl.document("{ proposal(id: \"" + id + "\") { status reviewer } }").execute());
		after.path("proposal.status").entity(String.class).isEqualTo("PENDING");
		after.path("proposal.reviewer").valueIsNull();
	}

	private int proposalCount() {
		return as("ed", "EDITOR", () -> this.graphQl.document("{ proposals { id } }").execute()).path("proposals")
			.entityList(Object.class)
			.get()
			.size();
	}

	private static void expect(GraphQlTester.Response response, String mutation, String type) {
		response.errors().satisfy(errors -> {
			assertThat(errors).as(mutation).hasSize(1);
			assertThat(errors.getFirst().getErrorType()).as(mutation).hasToString(type);
		});
	}

	private static Map<String, String> proposals() {
		Map<String, String> calls = new LinkedHashMap<>();
		calls.put("proposeMembership",
				"proposeMembership(input: {state: \"IRN\", organisation: \"CSTO\", role: \"OBSERVER\", " + SOURCES
						+ "}) { id }");
		calls.put("proposeMembershipEnd",
				"proposeMembershipEnd(input: {membership: \"csto-arm-member-2002\", to: \"2026\", " + SOURCES
						+ "}) { id }");
		calls.put("proposeStatusChange",
				"proposeStatusChange(input: {membership: \"csto-arm-member-2002\", status: \"FROZEN\", from: \"2026\", "
						+ SOURCES + "}) { id }");
		calls.put("proposeEvent", "proposeEvent(input: {title: \"t\", date: \"2026\", kind: \"statement\", "
				+ "organisations: [\"CSTO\"], " + SOURCES + "}) { id }");
		calls.put("proposeTroopFigure",
				"proposeTroopFigure(input: {state: \"ARM\", year: 2026, active: 1, " + SOURCES + "}) { id }");
		calls.put("proposeName", "proposeName(input: {ownerKind: STATE, owner: \"ARM\", value: \"Hayastan\", "
				+ "language: \"hy-Latn\", " + SOURCES + "}) { id }");
		calls.put("proposeCorrection", "proposeCorrection(input: {targetKind: MEMBERSHIP, "
				+ "target: \"csto-arm-member-2002\", field: \"note\", value: \"n\", " + SOURCES + "}) { id }");
		calls.put("proposeClaim", "proposeClaim(input: {targetKind: MEMBERSHIP, target: \"csto-arm-member-2002\", "
				+ "field: \"from\", value: \"2002\", " + SOURCES + "}) { id }");
		assertThat(calls).hasSize(List.of(ProposalKind.values()).size());
		return calls;
	}

}
