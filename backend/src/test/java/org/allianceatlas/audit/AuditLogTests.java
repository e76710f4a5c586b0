package org.allianceatlas.audit;

import java.util.List;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.account.AccountService;
import org.allianceatlas.account.Role;
import org.allianceatlas.account.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The audit log: sign-ins (with the remote address), token creation, use and revocation,
 * account changes and any feature's {@link AuditEvent} are stored, read back newest first
 * by admins only, filtered by actor and action; and no password or token is in the log
 * output, the entries or any answer after the token's creation.
 */
@AtlasTest
@ExtendWith(OutputCaptureExtension.class)
class AuditLogTests {

	private static final String QUERY = """
			query($actor: String, $action: String, $first: Int, $after: String) {
			  auditLog(actor: $actor, action: $action, first: $first, after: $after) {
			    totalCount pageInfo { hasNextPage endCursor } nodes { at actor action subject details { name value } }
			  }
			}""";

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Driver driver;

	TestAccounts fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new TestAccounts(this.accounts, this.driver);
		this.fixtures.removeAll();
	}

	@AfterEach
	void tearDown() {
		this.fixtures.removeAll();
	}

	@Test
	void everyKindOfEventIsLoggedNewestFirstAndFiltered(CapturedOutput output) throws Exception {
		String admin = this.fixtures.withToken("t-audit", Role.ADMIN);
		this.fixtures.create("t-user", Role.CONTRIBUTOR);
		// a sign-in that fails and one that works, from a known address
		this.mvc.perform(post("/login").with(csrf()).with(r -> {
			r.setRemoteAddr("10.9.0.1");
			return r;
		}).param("username", "t-user").param("password", "not the password at all"));
		MockHttpSession session = (MockHttpSession) this.mvc.perform(post("/login").with(csrf()).with(r -> {
			r.setRemoteAddr("10.9.0.1");
			return r;
		}).param("username", "t-user").param("password", TestAccounts.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		// a token made on the page, shown once there
		this.mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "page token"));
		String page = this.mvc.perform(get("/account").session(session)).andReturn().getResponse().getContentAsString();
		String pageSecret = page.replaceAll("(?s).*id=\"new-token-secret\"[^>]*value=\"([^\"]+)\".*", "$1");
		assertThat(pageSecret).startsWith("atlas_");
		String again = this.mvc.perform(get("/account").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("page token").doesNotContain(pageSecret);
		// another feature's event
		this.events.publishEvent(new AuditEvent("t-user", "proposal.created", "proposal-1", Map.of("summary", "x")));

		Map<String, Object> all = auditLog(admin, Map.of("first", 50));
		List<Map<String, Object>> nodes = nodes(all);
		List<String> actions = nodes.stream().map(n -> (String) n.get("action")).toList();
		assertThat(actions).startsWith("token.used", "proposal.created", "token.created", "login.succeeded",
				"login.failed");
		assertThat(actions).contains("account.created");
		Map<String, Object> failed = nodes.stream()
			.filter(n -> "login.failed".equals(n.get("action")))
			.findFirst()
			.orElseThrow();
		assertThat(failed.get("actor")).isEqualTo("t-user");
		assertThat(failed.get("details").toString()).contains("10.9.0.1").contains("wrong user name or password");

		Map<String, Object> mine = auditLog(admin, Map.of("actor", "t-user", "action", "login.succeeded"));
		assertThat(mine.get("totalCount")).isEqualTo(1);

		// pages of t-user's entries (the admin's own token use adds entries of its own)
		List<Map<String, Object>> users = nodes(auditLog(admin, Map.of("actor", "t-user", "first", 50)));
		assertThat(users).hasSizeGreaterThan(3);
		Map<String, Object> first = auditLog(admin, Map.of("actor", "t-user", "first", 2));
		assertThat(first.get("pageInfo").toString()).contains("hasNextPage=true");
		Map<String, Object> second = auditLog(admin,
				Map.of("actor", "t-user", "first", 2, "after", ((Map<?, ?>) first.get("pageInfo")).get("endCursor")));
		assertThat(nodes(first)).isEqualTo(users.subList(0, 2));
		assertThat(nodes(second)).isEqualTo(users.subList(2, 4));

		// no secret anywhere: log output, stored entries, later answers
		String everything = this.json.writeValueAsString(all);
		for (String secret : List.of(admin, pageSecret, TestAccounts.PASSWORD, "not the password at all")) {
			assertThat(output.getAll()).doesNotContain(secret);
			assertThat(everything).doesNotContain(secret);
			assertThat(this.fixtures.count("""
					MATCH (e:AuditEntry)
					WHERE any(v IN [e.actor, e.action, e.subject] + e.detailValues WHERE v CONTAINS '%s')
					RETURN count(e)""".formatted(secret.replace("'", "")))).isZero();
		}
	}

	@Test
	void theAuditPageIsForAdmins() throws Exception {
		this.fixtures.create("t-page-admin", Role.ADMIN);
		MockHttpSession session = (MockHttpSession) this.mvc.perform(
				post("/login").with(csrf()).param("username", "t-page-admin").param("password", TestAccounts.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.events.publishEvent(new AuditEvent("t-page-admin", "proposal.rejected", "<script>x</script>", Map.of()));
		String page = this.mvc.perform(get("/admin/audit").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("proposal.rejected")
			.contains("&lt;script&gt;x&lt;/script&gt;")
			.doesNotContain("<script>x");
		assertThat(this.mvc.perform(get("/admin/audit")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> auditLog(String token, Map<String, Object> variables) throws Exception {
		String body = this.json.writeValueAsString(Map.of("query", QUERY, "variables", variables));
		String answer = this.mvc
			.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.content(body))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Object> response = this.json.readValue(answer, Map.class);
		assertThat(response).doesNotContainKey("errors");
		return (Map<String, Object>) ((Map<String, Object>) response.get("data")).get("auditLog");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> nodes(Map<String, Object> connection) {
		return (List<Map<String, Object>>) connection.get("nodes");
	}

}
