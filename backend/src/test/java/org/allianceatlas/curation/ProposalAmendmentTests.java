package org.allianceatlas.curation;

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
 * Amending a proposal sent back: new values of its own kind, checked by the same rules as
 * a new proposal, replace the old; the version replaced stays readable for the reviewer;
 * bad values are named where they are and change nothing.
 */
@CurationTest
class ProposalAmendmentTests {

	private static final String PROPOSE = """
			mutation($input: TroopFigureInput!) { proposeTroopFigure(input: $input) { id } }""";

	private static final String AMEND = """
			mutation($input: AmendProposalInput!) { amendProposal(input: $input) {
			  status version summary changes { field after } sources { key locator }
			  previousVersions { number summary reviewer reason changes { field after } sources { key } } } }""";

	private static final String READ = """
			query($id: ID!) { proposal(id: $id) { status version summary changes { field after }
			  previousVersions { number } } }""";

	@Autowired
	ExecutionGraphQlServiceTester graphQl;

	@Test
	void newValuesReplaceTheOldAndTheOldVersionStaysForTheReviewer() {
		String id = sentBack("cleo", figure(2025, 40000, 10000, 50000, "First count"));
		GraphQlTester.Response amended = as("cleo", "CONTRIBUTOR",
				() -> this.graphQl.document(AMEND)
					.variable("input",
							Map.of("id", id, "troopFigure", figure(2025, 42000, 8000, 50000, "Counted again")))
					.execute());
		amended.path("amendProposal.status").entity(String.class).isEqualTo("PENDING");
		amended.path("amendProposal.version").entity(Integer.class).isEqualTo(2);
		amended.path("amendProposal.summary").entity(String.class).isEqualTo("Counted again");
		amended.path("amendProposal.changes[?(@.field == 'active')].after")
			.entityList(String.class)
			.containsExactly("42000");
		amended.path("amendProposal.previousVersions[0].number").entity(Integer.class).isEqualTo(1);
		amended.path("amendProposal.previousVersions[0].summary").entity(String.class).isEqualTo("First count");
		amended.path("amendProposal.previousVersions[0].reason").entity(String.class).isEqualTo("Check the parts");
		amended.path("amendProposal.previousVersions[0].reviewer").entity(String.class).isEqualTo("ed");
		amended.path("amendProposal.previousVersions[0].changes[?(@.field == 'active')].after")
			.entityList(String.class)
			.containsExactly("40000");

		// the reviewer sees the same, and accepting it writes the new values
		as("ed", "EDITOR", () -> this.graphQl.document(READ).variable("id", id).execute())
			.path("proposal.previousVersions[*].number")
			.entityList(Integer.class)
			.containsExactly(1);
		GraphQlTester.Response accepted = as("ed", "EDITOR", () -> this.graphQl.document("""
				mutation($id: ID!) { acceptProposal(id: $id) { revision { summary changes { field after } } } }""")
			.variable("id", id)
			.execute());
		accepted.path("acceptProposal.revision.summary").entity(String.class).isEqualTo("Counted again");
		accepted.path("acceptProposal.revision.changes[?(@.field == 'active')].after")
			.entityList(String.class)
			.containsExactly("42000");
	}

	@Test
	void badValuesAreNamedWhereTheyAreAndChangeNothing() {
		String id = sentBack("cliff", figure(2024, 40000, 10000, 50000, "First count"));
		// parts that do not add up, by the rules of the atlas's facts
		expectBad(amend("cliff", Map.of("id", id, "troopFigure", figure(2024, 40000, 10000, 60000, "Again"))),
				"input.troopFigure.total");
		// a source that is no address
		Map<String, Object> badSource = new HashMap<>(figure(2024, 40000, 10000, 50000, "Again"));
		badSource.put("sources", List.of(Map.of("title", "Count", "url", "ftp://example.org/count")));
		expectBad(amend("cliff", Map.of("id", id, "troopFigure", badSource)), "input.troopFigure.sources[0].url");
		// a state the atlas lacks: checked against the graph, inside the transaction
		Map<String, Object> unknownState = new HashMap<>(figure(2024, 40000, 10000, 50000, "Again"));
		unknownState.put("state", "XXX");
		expectBad(amend("cliff", Map.of("id", id, "troopFigure", unknownState)), "input.troopFigure.state");
		// values of another kind
		expectBad(
				amend("cliff", Map.of("id", id, "claim",
						Map.of("targetKind", "MEMBERSHIP", "target", "csto-arm-member-2002", "field", "from", "value",
								"2002", "summary", "x", "sources", List.of(Map.of("key", "wikipedia-csto"))))),
				"input.claim");
		// a summary beside new values
		expectBad(amend("cliff",
				Map.of("id", id, "summary", "Again", "troopFigure", figure(2024, 40000, 10000, 50000, "Again"))),
				"input.summary");

		GraphQlTester.Response unchanged = as("cliff", "CONTRIBUTOR",
				() -> this.graphQl.document(READ).variable("id", id).execute());
		unchanged.path("proposal.status").entity(String.class).isEqualTo("CHANGES_REQUESTED");
		unchanged.path("proposal.version").entity(Integer.class).isEqualTo(1);
		unchanged.path("proposal.summary").entity(String.class).isEqualTo("First count");
		unchanged.path("proposal.changes[?(@.field == 'total')].after")
			.entityList(String.class)
			.containsExactly("50000");
		unchanged.path("proposal.previousVersions").entityList(Object.class).hasSize(0);
	}

	private String sentBack(String contributor, Map<String, Object> input) {
		String id = as(contributor, "CONTRIBUTOR",
				() -> this.graphQl.document(PROPOSE).variable("input", input).execute())
			.path("proposeTroopFigure.id")
			.entity(String.class)
			.get();
		as("ed", "EDITOR",
				() -> this.graphQl
					.document("mutation($id: ID!) { requestChanges(id: $id, reason: \"Check the parts\") { status } }")
					.variable("id", id)
					.execute())
			.path("requestChanges.status")
			.entity(String.class)
			.isEqualTo("CHANGES_REQUESTED");
		return id;
	}

	private GraphQlTester.Response amend(String contributor, Map<String, Object> input) {
		return as(contributor, "CONTRIBUTOR", () -> this.graphQl.document(AMEND).variable("input", input).execute());
	}

	private static void expectBad(GraphQlTester.Response response, String argument) {
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.getFirst().getErrorType()).hasToString("BAD_REQUEST");
			assertThat(errors.getFirst().getExtensions()).containsEntry("argument", argument);
		});
	}

	private static Map<String, Object> figure(int year, int active, int reserve, int total, String summary) {
		return Map.of("state", "KGZ", "year", year, "active", active, "reserve", reserve, "paramilitary", 0, "total",
				total, "summary", summary, "sources",
				List.of(Map.of("key", "wikipedia-csto", "locator", "Armed forces")));
	}

}
