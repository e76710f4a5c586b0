package org.allianceatlas.account;

import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin operations over GraphQL: refused without a token (UNAUTHORIZED) and with the
 * wrong role (FORBIDDEN), changing nothing either way; with an admin's token they create
 * accounts, change roles, disable (which stops the account's tokens) and list accounts.
 * Queries stay public.
 */
@AtlasTest
class MutationAuthorizationTests {

	private static final String CREATE = """
			mutation { createAccount(userName: "t-new", password: "a long enough password", roles: [EDITOR]) {
			  userName roles enabled } }""";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	Driver driver;

	TestAccounts fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new TestAccounts(this.accounts, this.driver);
	}

	@AfterEach
	void tearDown() {
		this.fixtures.removeAll();
	}

	@Test
	void anonymousMutationsAreUnauthorizedAndChangeNothing() throws Exception {
		graphQl(CREATE, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.data.createAccount").value(nullValue()))
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("'createAccount' needs an account")))
			.andExpect(jsonPath("$.errors[0].message").value(not(containsString("Exception"))));
		graphQl("mutation { createAccessToken(name: \"x\") { secret } }", null)
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"));
		graphQl("{ accounts { totalCount } auditLog { totalCount } }", null)
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"))
			.andExpect(jsonPath("$.errors[1].extensions.classification").value("UNAUTHORIZED"));
		assertThat(this.accounts.find("t-new")).isEmpty();
	}

	@Test
	void theWrongRoleIsForbiddenAndChangesNothing() throws Exception {
		String editor = this.fixtures.withToken("t-ed", Role.EDITOR);
		graphQl(CREATE, editor).andExpect(jsonPath("$.data.createAccount").value(nullValue()))
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("FORBIDDEN"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("'createAccount'")));
		graphQl("mutation { setAccountRoles(userName: \"t-ed\", roles: [ADMIN]) { roles } }", editor)
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("FORBIDDEN"));
		graphQl("{ auditLog { totalCount } }", editor)
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("FORBIDDEN"));
		assertThat(this.accounts.find("t-new")).isEmpty();
		assertThat(this.accounts.find("t-ed").orElseThrow().roles()).containsExactly(Role.EDITOR);
		// queries are public and unchanged, with a token or without
		graphQl("{ organisation(abbreviation: \"CSTO\") { name } }", editor)
			.andExpect(jsonPath("$.data.organisation.name").value(containsString("Collective Security")));
		graphQl("{ organisation(abbreviation: \"CSTO\") { name } }", null)
			.andExpect(jsonPath("$.data.organisation.name").value(containsString("Collective Security")));
	}

	@Test
	void anAdminManagesAccounts() throws Exception {
		String admin = this.fixtures.withToken("t-admin", Role.ADMIN);
		graphQl(CREATE, admin).andExpect(jsonPath("$.errors").doesNotExist())
			.andExpect(jsonPath("$.data.createAccount.userName").value("t-new"))
			.andExpect(jsonPath("$.data.createAccount.roles[0]").value("EDITOR"));
		// the new account signs in with its password, stored only as a bcrypt hash
		assertThat(this.fixtures
			.count("MATCH (a:Account {userName: 't-new'}) WHERE a.passwordHash STARTS WITH '{bcrypt}' RETURN count(a)"))
			.isOne();
		graphQl(CREATE, admin).andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"))
			.andExpect(jsonPath("$.errors[0].extensions.argument").value("userName"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("taken")));
		graphQl("mutation { createAccount(userName: \"T New!\", password: \"short\", roles: []) { userName } }", admin)
			.andExpect(jsonPath("$.errors[0].extensions.argument").value("userName"));
		graphQl("mutation { createAccount(userName: \"t-short\", password: \"short\", roles: []) { userName } }", admin)
			.andExpect(jsonPath("$.errors[0].extensions.argument").value("password"));
		assertThat(this.accounts.find("t-short")).isEmpty();

		graphQl("mutation { setAccountRoles(userName: \"t-new\", roles: [CONTRIBUTOR]) { roles } }", admin)
			.andExpect(jsonPath("$.data.setAccountRoles.roles[0]").value("CONTRIBUTOR"));
		graphQl("mutation { setAccountRoles(userName: \"t-nobody\", roles: [CONTRIBUTOR]) { roles } }", admin)
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("NOT_FOUND"));

		String theirs = this.accounts.createToken("t-new", "script", null).secret();
		graphQl("{ viewer { userName } }", theirs).andExpect(jsonPath("$.data.viewer.userName").value("t-new"));
		graphQl("mutation { disableAccount(userName: \"t-new\") { enabled } }", admin)
			.andExpect(jsonPath("$.data.disableAccount.enabled").value(false));
		graphQl("{ viewer { userName } }", theirs).andExpect(status().isUnauthorized());

		graphQl("{ accounts(first: 1) { totalCount nodes { userName } pageInfo { hasNextPage } } }", admin)
			.andExpect(jsonPath("$.data.accounts.nodes[0].userName").exists())
			.andExpect(jsonPath("$.data.accounts.pageInfo.hasNextPage").value(true));
	}

	@Test
	void theLastAdminCannotBeRemoved() throws Exception {
		long others = this.fixtures
			.count("MATCH (a:Account) WHERE 'ADMIN' IN a.roles AND a.enabled AND NOT a.userName STARTS WITH 't-' "
					+ "RETURN count(a)");
		assertThat(others).isZero();
		String admin = this.fixtures.withToken("t-only", Role.ADMIN);
		graphQl("mutation { setAccountRoles(userName: \"t-only\", roles: [EDITOR]) { roles } }", admin)
			.andExpect(jsonPath("$.errors[0].extensions.argument").value("roles"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("last")));
		graphQl("mutation { disableAccount(userName: \"t-only\") { enabled } }", admin)
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"));
		assertThat(this.accounts.find("t-only").orElseThrow().may(Role.ADMIN)).isTrue();
	}

	@Test
	void tokensAreCreatedListedAndRevokedThroughTheApi() throws Exception {
		String token = this.fixtures.withToken("t-api", Role.CONTRIBUTOR);
		String body = graphQl("mutation { createAccessToken(name: \"ci\", expiresInDays: 30) { secret token { id name "
				+ "expiresAt active } } }", token)
			.andExpect(jsonPath("$.data.createAccessToken.token.active").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var created = JsonMapper.builder().build().readTree(body).at("/data/createAccessToken");
		String secret = created.at("/secret").asString();
		String id = created.at("/token/id").asString();
		assertThat(secret).startsWith("atlas_");
		String list = graphQl("{ viewer { accessTokens { id name lastUsedAt } } }", secret)
			.andExpect(jsonPath("$.data.viewer.accessTokens.length()").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain(secret).doesNotContain(token);
		graphQl("mutation { revokeAccessToken(id: \"" + id + "\") { revokedAt active } }", token)
			.andExpect(jsonPath("$.data.revokeAccessToken.active").value(false));
		graphQl("{ viewer { userName } }", secret).andExpect(status().isUnauthorized());
		graphQl("mutation { createAccessToken(name: \"\") { secret } }", token)
			.andExpect(jsonPath("$.errors[0].extensions.argument").value("name"));
		graphQl("mutation { createAccessToken(name: \"x\", expiresInDays: 0) { secret } }", token)
			.andExpect(jsonPath("$.errors[0].extensions.argument").value("expiresInDays"));
	}

	private ResultActions graphQl(String query, String token) throws Exception {
		String body = JsonMapper.builder().build().writeValueAsString(Map.of("query", query));
		var request = post("/graphql").contentType(MediaType.APPLICATION_JSON).content(body);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return this.mvc.perform(request);
	}

}
