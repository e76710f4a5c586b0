package org.allianceatlas.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.allianceatlas.account.AccountService;
import org.allianceatlas.account.Role;
import org.allianceatlas.account.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposals, revisions, accounts and access tokens have global ids that {@code node(id:)}
 * and {@code nodes(ids:)} resolve, through real tokens, only for those who may see them:
 * a proposal for its proposer and editors, a revision for anyone, an account for admins
 * and itself, a token for its owner. Anyone else gets NOT_FOUND, the same as for an id of
 * nothing.
 */
@CurationTest
class GlobalIdAccessTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String NODE = """
			query($id: ID!) { node(id: $id) { __typename id
			  ... on Proposal { summary } ... on Revision { number } ... on Account { userName }
			  ... on AccessToken { name } } }""";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accountService;

	@Autowired
	Driver driver;

	TestAccounts fixtures;

	String alice;

	String bob;

	String eve;

	String ada;

	@BeforeEach
	void setUp() {
		this.fixtures = new TestAccounts(this.accountService, this.driver);
		this.alice = this.fixtures.withToken("t-alice", Role.CONTRIBUTOR);
		this.bob = this.fixtures.withToken("t-bob", Role.CONTRIBUTOR);
		this.eve = this.fixtures.withToken("t-eve", Role.EDITOR);
		this.ada = this.fixtures.withToken("t-ada", Role.ADMIN);
	}

	@AfterEach
	void tearDown() {
		this.fixtures.removeAll();
	}

	@Test
	void aProposalIsFoundByItsProposerAndEditorsOnlyAndItsRevisionByAnyone() throws Exception {
		JsonNode proposed = graphQl("""
				mutation { proposeClaim(input: {targetKind: MEMBERSHIP, target: "csto-arm-member-2002", field: "from",
				  value: "2002-10-07", summary: "A claim to find again",
				  sources: [{key: "wikipedia-csto", locator: "Members"}]}) { id } }""", Map.of(), this.alice);
		String id = proposed.at("/data/proposeClaim/id").asString();
		assertThat(node(id, this.alice).at("/data/node/summary").asString()).isEqualTo("A claim to find again");
		assertThat(node(id, this.alice).at("/data/node/id").asString()).isEqualTo(id);
		assertThat(node(id, this.eve).at("/data/node/__typename").asString()).isEqualTo("Proposal");
		expectNotFound(node(id, this.bob));
		expectNotFound(node(id, null));
		// in a batch, the hidden one is null in its place and the others are given
		String armenia = graphQl("{ state(iso3: \"ARM\") { id } }", Map.of(), null).at("/data/state/id").asString();
		JsonNode batch = graphQl("query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }",
				Map.of("ids", List.of(id, armenia)), this.bob);
		assertThat(batch.at("/data/nodes/0").isNull()).isTrue();
		assertThat(batch.at("/data/nodes/1/__typename").asString()).isEqualTo("State");
		assertThat(graphQl("query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }",
				Map.of("ids", List.of(armenia, id)), this.eve)
			.at("/data/nodes/1/__typename")
			.asString()).isEqualTo("Proposal");

		// accepted by its global id; the revision is anyone's to refetch
		JsonNode accepted = graphQl("mutation($id: ID!) { acceptProposal(id: $id) { revision { id number } } }",
				Map.of("id", id), this.eve);
		String revision = accepted.at("/data/acceptProposal/revision/id").asString();
		assertThat(node(revision, null).at("/data/node/__typename").asString()).isEqualTo("Revision");
		assertThat(node(revision, null).at("/data/node/id").asString()).isEqualTo(revision);
		assertThat(graphQl("query($id: ID!) { revision(id: $id) { id } }", Map.of("id", revision), null)
			.at("/data/revision/id")
			.asString()).isEqualTo(revision);
	}

	@Test
	void revisionZeroHasAnIdAnyoneCanRefetch() throws Exception {
		JsonNode history = graphQl("{ membership(key: \"csto-blr-member-2002\") { revisions { id number } } }",
				Map.of(), null);
		String zero = history.at("/data/membership/revisions/0/id").asString();
		assertThat(zero).isNotBlank();
		JsonNode found = node(zero, null);
		assertThat(found.at("/data/node/__typename").asString()).isEqualTo("Revision");
		assertThat(found.at("/data/node/number").asInt()).isZero();
		assertThat(found.at("/data/node/id").asString()).isEqualTo(zero);
	}

	@Test
	void anAccountIsFoundByAdminsAndItselfATokenByItsOwnerOnly() throws Exception {
		JsonNode viewer = graphQl("{ viewer { id accessTokens { id } } }", Map.of(), this.alice);
		String account = viewer.at("/data/viewer/id").asString();
		String token = viewer.at("/data/viewer/accessTokens/0/id").asString();
		assertThat(node(account, this.alice).at("/data/node/userName").asString()).isEqualTo("t-alice");
		assertThat(node(account, this.ada).at("/data/node/userName").asString()).isEqualTo("t-alice");
		expectNotFound(node(account, this.bob));
		expectNotFound(node(account, this.eve));
		expectNotFound(node(account, null));

		assertThat(node(token, this.alice).at("/data/node/__typename").asString()).isEqualTo("AccessToken");
		assertThat(node(token, this.alice).at("/data/node/id").asString()).isEqualTo(token);
		expectNotFound(node(token, this.ada));
		expectNotFound(node(token, this.bob));
		expectNotFound(node(token, null));
		// the global id revokes it
		graphQl("mutation($id: ID!) { revokeAccessToken(id: $id) { active } }", Map.of("id", token), this.alice);
		assertThat(this.accountService.tokens("t-alice").getFirst().revokedAt()).isNotNull();
	}

	private JsonNode node(String id, String token) throws Exception {
		return graphQl(NODE, Map.of("id", id), token);
	}

	private static void expectNotFound(JsonNode response) {
		assertThat(response.at("/data/node").isNull()).as(response.toString()).isTrue();
		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("NOT_FOUND");
	}

	private JsonNode graphQl(String query, Map<String, Object> variables, String token) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("query", query, "variables", variables)));
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return JSON.readTree(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

}
