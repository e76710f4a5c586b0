package org.allianceatlas.account;

import java.util.Map;
import java.time.Instant;
import java.util.UUID;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal access tokens on the API: a token authenticates, a revoked, expired or unknown
 * one (or one of a disabled account) is refused with UNAUTHORIZED, a session cookie never
 * authenticates the API, and answers to authenticated requests are never shared.
 */
@AtlasTest
class AccessTokenTests {

	private static final String VIEWER = "{\"query\":\"{ viewer { userName roles enabled } }\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountRepository repository;

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
	void aTokenAuthenticatesTheApiAsItsAccount() throws Exception {
		String token = this.fixtures.withToken("t-ana", Role.EDITOR);
		graphQl(VIEWER, token).andExpect(status().isOk())
			.andExpect(jsonPath("$.data.viewer.userName").value("t-ana"))
			.andExpect(jsonPath("$.data.viewer.roles[0]").value("EDITOR"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-store"));
		// without a token the same query is anonymous, and still answers
		graphQl(VIEWER, null).andExpect(status().isOk()).andExpect(jsonPath("$.data.viewer").value(nullValue()));
		assertThat(this.accounts.tokens("t-ana").getFirst().lastUsedAt()).isNotNull();
	}

	@Test
	void unknownRevokedExpiredAndDisabledTokensAreRefused() throws Exception {
		refused("atlas_" + "x".repeat(43));
		refused("not-even-a-token");

		String revoked = this.fixtures.withToken("t-rev", Role.CONTRIBUTOR);
		graphQl(VIEWER, revoked).andExpect(jsonPath("$.data.viewer.userName").value("t-rev"));
		AccessToken token = this.accounts.tokens("t-rev").getFirst();
		this.accounts.revokeToken("t-rev", token.id());
		refused(revoked);

		this.fixtures.create("t-exp", Role.CONTRIBUTOR);
		String expired = AccountService.TOKEN_PREFIX + UUID.randomUUID();
		Instant now = Instant.parse("2025-06-01T12:00:00Z");
		this.repository.createToken("t-exp", UUID.randomUUID().toString(), "old", AccountService.hash(expired),
				now.minusSeconds(7200), now.minusSeconds(60));
		refused(expired);

		String disabled = this.fixtures.withToken("t-off", Role.CONTRIBUTOR);
		this.fixtures.create("t-boss", Role.ADMIN);
		this.accounts.setEnabled("t-boss", "t-off", false);
		refused(disabled);
		this.accounts.setEnabled("t-boss", "t-off", true);
		graphQl(VIEWER, disabled).andExpect(jsonPath("$.data.viewer.userName").value("t-off"));
	}

	@Test
	void theSecretIsStoredOnlyAsAHash() {
		this.fixtures.create("t-hash", Role.CONTRIBUTOR);
		NewAccessToken created = this.accounts.createToken("t-hash", "laptop", 30);
		assertThat(created.secret()).startsWith("atlas_").hasSizeGreaterThan(40);
		assertThat(created.toString()).doesNotContain(created.secret());
		long withSecret = this.driver.executableQuery("""
				MATCH (n) WHERE any(k IN keys(n) WHERE toStringOrNull(n[k]) CONTAINS $secret
				                  OR any(x IN CASE WHEN n[k] IS :: LIST<ANY> THEN n[k] ELSE [] END
				                         WHERE toStringOrNull(x) CONTAINS $secret))
				RETURN count(n)""")
			.withParameters(Map.of("secret", created.secret()))
			.execute()
			.records()
			.getFirst()
			.get(0)
			.asLong();
		assertThat(withSecret).isZero();
		assertThat(this.fixtures.count("MATCH (:Account {userName: 't-hash'})-[:HAS_TOKEN]->(t:AccessToken) "
				+ "WHERE size(t.hash) = 64 RETURN count(t)"))
			.isOne();
	}

	@Test
	void aSignedInBrowserSessionDoesNotAuthenticateTheApi() throws Exception {
		this.fixtures.create("t-cookie", Role.ADMIN);
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user("t-cookie").password(TestAccounts.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession(false);
		assertThat(session).isNotNull();
		// the session works for the pages ...
		this.mvc.perform(get("/account").session(session)).andExpect(status().isOk());
		// ... but a mutation sent with it (as a forged cross-site form would) is
		// anonymous
		this.mvc
			.perform(post("/graphql").session(session)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"query\":\"mutation { disableAccount(userName: \\\"t-cookie\\\") { enabled } }\"}"))
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"));
		assertThat(this.accounts.find("t-cookie").orElseThrow().enabled()).isTrue();
	}

	@Test
	void authenticatedGetAnswersAreNeverKeptByASharedCache() throws Exception {
		String token = this.fixtures.withToken("t-get", Role.CONTRIBUTOR);
		this.mvc.perform(get("/graphql").param("query", "{ counts { states } }"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("public")));
		this.mvc
			.perform(get("/graphql").param("query", "{ counts { states } }")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-store"))
			.andExpect(header().doesNotExist(HttpHeaders.ETAG));
	}

	@Test
	void pagesOfAllowedOriginsMaySendTheirToken() throws Exception {
		this.mvc
			.perform(options("/graphql").header(HttpHeaders.ORIGIN, "http://localhost:5173")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, containsString("authorization")));
	}

	private void refused(String token) throws Exception {
		graphQl(VIEWER, token).andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("access token")));
	}

	private ResultActions graphQl(String body, String token) throws Exception {
		var request = post("/graphql").contentType(MediaType.APPLICATION_JSON).content(body);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return this.mvc.perform(request);
	}

}
