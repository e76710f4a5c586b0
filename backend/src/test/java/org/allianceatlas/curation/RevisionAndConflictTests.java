package org.allianceatlas.curation;

import static org.allianceatlas.curation.Accounts.anonymous;
import static org.allianceatlas.curation.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Corrections become revisions that can be reverted; two editors accepting changes made
 * against the same revision meet a CONFLICT; bad input names its field and changes
 * nothing.
 */
@CurationTest
class RevisionAndConflictTests {

	static final String CORRECT = """
			mutation($input: CorrectionInput!) { proposeCorrection(input: $input) { id baseVersion changes { field before after } } }""";

	static final String ACCEPT = "mutation($id: ID!) { acceptProposal(id: $id) { status revision { id number } } }";

	@Autowired
	ExecutionGraphQlServiceTester graphQl;

	@Test
	void anAcceptedCorrectionIsARevisionAndItsRevertIsAnother() {
		String id = correct("cora", "MEMBERSHIP", "csto-kaz-member-2002", "note", "Founding member of the CSTO.");
		Map<String, Object> revision = as("ed", "EDITOR",
				() -> this.graphQl.document(ACCEPT).variable("id", id).execute())
			.path("acceptProposal.revision")
			.entity(Map.class)
			.get();
		assertThat(note("csto-kaz-member-2002")).isEqualTo("Founding member of the CSTO.");

		GraphQlTester.Response reverted = as("eva", "EDITOR", () -> this.graphQl.document("""
				mutation($id: ID!) { revertRevision(id: $id, summary: "The note said more before") {
				  number revertOf changes { field before after } } }""").variable("id", revision.get("id")).execute());
		reverted.path("revertRevision.number").entity(Integer.class).isEqualTo(2);
		reverted.path("revertRevision.revertOf").entity(String.class).isEqualTo((String) revision.get("id"));
		reverted.path("revertRevision.changes[0].before")
			.entity(String.class)
			.isEqualTo("Founding member of the CSTO.");
		assertThat(note("csto-kaz-member-2002")).isNotEqualTo("Founding member of the CSTO.").isNotBlank();
		anonymous(() -> this.graphQl
			.document("{ membership(key: \"csto-kaz-member-2002\") { revisions { number reviewer revertedBy } } }")
			.execute()).path("membership.revisions[*].number").entityList(Integer.class).containsExactly(2, 1, 0);
	}

	@Test
	void twoEditorsAcceptingChangesToTheSameThingGiveAConflictNamingTheField() {
		String first = correct("cora", "MEMBERSHIP", "csto-kgz-member-2002", "note", "First wording.");
		String second = correct("carl", "MEMBERSHIP", "csto-kgz-member-2002", "note", "Second wording.");
		as("ed", "EDITOR", () -> this.graphQl.document(ACCEPT).variable("id", first).execute())
			.path("acceptProposal.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
		as("eva", "EDITOR", () -> this.graphQl.document(ACCEPT).variable("id", second).execute()).errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getErrorType()).hasToString("CONFLICT");
				assertThat(errors.getFirst().getExtensions()).containsEntry("field", "note");
				assertThat(errors.getFirst().getMessage()).contains("note").contains("revision 1").contains("ed");
			});
		assertThat(note("csto-kgz-member-2002")).isEqualTo("First wording.");
		as("eva", "EDITOR", () -> this.graphQl.document("{ proposal(id: \"" + second + "\") { status } }").execute())
			.path("proposal.status")
			.entity(String.class)
			.isEqualTo("PENDING");
	}

	@Test
	void badInputNamesTheFieldAndChangesNothing() {
		int before = proposalCount();
		expectBad(membership(Map.of("from", "2024-13")), "input.from");
		expectBad(membership(Map.of("from", "2024-05", "to", "2023")), "input.to");
		expectBad(membership(Map.of("state", "XXX")), "input.state");
		expectBad(membership(Map.of("role", "FRIEND")), "input.role");
		expectBad(membership(Map.of("sources", List.of())), "input.sources");
		expectBad(membership(Map.of("sources", List.of(Map.of("key", "no-such-source")))), "input.sources[0].key");
		expectBad(membership(Map.of("sources", List.of(Map.of("title", "A page", "url", "ftp://example.org/x")))),
				"input.sources[0].url");
		expectBad(membership(Map.of("sources", List.of(Map.of("title", "A printed book")))),
				"input.sources[0].locator");
		expectBad(membership(Map.of("summary", " ")), "input.summary");
		expectBad(as("cora", "CONTRIBUTOR",
				() -> this.graphQl.document("""
						mutation($input: TroopFigureInput!) { proposeTroopFigure(input: $input) { id } }""")
					.variable("input",
							Map.of("state", "ARM", "year", 2024, "active", 40000, "reserve", 200000, "paramilitary",
									4000, "total", 250000, "summary", "Figures", "sources",
									List.of(Map.of("key", "wikipedia-csto", "locator", "Forces"))))
					.execute()),
				"input.total");
		expectBad(as("cora", "CONTRIBUTOR", () -> this.graphQl.document(CORRECT)
			.variable("input",
					Map.of("targetKind", "MEMBERSHIP", "target", "csto-arm-member-2002", "field", "validFrom", "value",
							"2000", "summary", "x", "sources", List.of(Map.of("key", "wikipedia-csto"))))
			.execute()), "input.field");
		assertThat(proposalCount()).isEqualTo(before);
	}

	private GraphQlTester.Response membership(Map<String, Object> overrides) {
		Map<String, Object> input = new HashMap<>(Map.of("state", "MNG", "organisation", "SCO", "role", "OBSERVER",
				"from", "2004", "summary", "Mongolia as observer", "sources",
				List.of(Map.of("key", "wikipedia-csto", "locator", "Members"))));
		input.putAll(overrides);
		return as("cora", "CONTRIBUTOR",
				() -> this.graphQl.document(ProposalReviewTests.PROPOSE_MEMBERSHIP).variable("input", input).execute());
	}

	private static void expectBad(GraphQlTester.Response response, String argument) {
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.getFirst().getErrorType()).hasToString("BAD_REQUEST");
			assertThat(errors.getFirst().getExtensions()).containsEntry("argument", argument);
			assertThat(errors.getFirst().getMessage()).contains("'" + argument + "'")
				.doesNotContain("MATCH", "Exception");
		});
	}

	private int proposalCount() {
		return as("ed", "EDITOR", () -> this.graphQl.document("{ proposals { id } }").execute()).path("proposals")
			.entityList(Object.class)
			.get()
			.size();
	}

	private String correct(String contributor, String kind, String target, String field, String value) {
		return as(contributor, "CONTRIBUTOR", () -> this.graphQl.document(CORRECT)
			.variable("input",
					Map.of("targetKind", kind, "target", target, "field", field, "value", value, "summary",
							"Clearer note", "sources", List.of(Map.of("key", "wikipedia-csto", "locator", "Members"))))
			.execute()).path("proposeCorrection.id").entity(String.class).get();
	}

	private String note(String membership) {
		return anonymous(() -> this.graphQl.document("{ membership(key: \"" + membership + "\") { note } }").execute())
			.path("membership.note")
			.entity(String.class)
			.get();
	}

}
