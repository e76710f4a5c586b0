package org.allianceatlas.account;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in on the pages: a form with a CSRF token (a POST without one is refused and
 * changes nothing), the page the user was going to remembered, a new session on sign-in,
 * failed attempts limited per user name and per remote address, the account and admin
 * pages behind it, and a disabled account's session ended at once.
 */
@AtlasTest
class FormLoginTests {

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
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		this.fixtures.create("t-csrf", Role.ADMIN);
		this.mvc.perform(post("/login").param("username", "t-csrf").param("password", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
		MockHttpSession session = signIn("t-csrf", "10.1.0.1");
		this.mvc.perform(post("/account/tokens").session(session).param("name", "forged"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/accounts").session(session)
				.param("userName", "t-forged")
				.param("password", TestAccounts.PASSWORD)
				.param("roles", "ADMIN"))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.tokens("t-csrf")).isEmpty();
		assertThat(this.accounts.find("t-forged")).isEmpty();
		// the same forms with the token work
		this.mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "real"))
			.andExpect(redirectedUrl("/account"));
		assertThat(this.accounts.tokens("t-csrf")).hasSize(1);
		// the login page's own form carries the token
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void signingInReturnsToThePageAskedForInANewSession() throws Exception {
		this.fixtures.create("t-back", Role.CONTRIBUTOR);
		MockHttpSession session = (MockHttpSession) this.mvc.perform(get("/account"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"))
			.andReturn()
			.getRequest()
			.getSession();
		String before = session.getId();
		MvcResult signedIn = this.mvc
			.perform(post("/login").session(session)
				.with(csrf())
				.with(from("10.1.0.2"))
				.param("username", "t-back")
				.param("password", TestAccounts.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).endsWith("/account?continue");
		MockHttpSession after = (MockHttpSession) signedIn.getRequest().getSession(false);
		assertThat(after.getId()).isNotEqualTo(before);
		this.mvc.perform(get("/account").session(after))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "private, no-store"))
			.andExpect(content().string(containsString("Signed in as <strong>t-back</strong>")));
		// a contributor is no admin
		this.mvc.perform(get("/admin/accounts").session(after)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").session(after)).andExpect(status().isForbidden());
		// signing out ends the session
		this.mvc.perform(post("/logout").session(after).with(csrf())).andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/account").session(after)).andExpect(status().is3xxRedirection());
	}

	@Test
	void failedSignInsAreLimitedPerUserName() throws Exception {
		this.fixtures.create("t-locked", Role.CONTRIBUTOR);
		for (int i = 0; i < 5; i++) {
			failedSignIn("t-locked", "wrong password " + i, "10.2.0." + i, "Wrong user name or password.");
		}
		// the right password, from yet another address, is refused now too, and says
		// until when
		failedSignIn("t-locked", TestAccounts.PASSWORD, "10.2.0.9",
				"Too many failed sign-in attempts; try again in 15 minutes.");
		// another name is not affected
		this.fixtures.create("t-free", Role.CONTRIBUTOR);
		signIn("t-free", "10.2.0.9");
	}

	@Test
	void failedSignInsAreLimitedPerRemoteAddress() throws Exception {
		this.fixtures.create("t-victim", Role.CONTRIBUTOR);
		for (int i = 0; i < 20; i++) {
			failedSignIn("t-guess" + i, "guess", "10.3.0.1", "Wrong user name or password.");
		}
		failedSignIn("t-victim", TestAccounts.PASSWORD, "10.3.0.1", "Too many failed sign-in attempts");
		signIn("t-victim", "10.3.0.2");
	}

	@Test
	void anAdminManagesAccountsOnThePages() throws Exception {
		this.fixtures.create("t-pages", Role.ADMIN);
		MockHttpSession session = signIn("t-pages", "10.4.0.1");
		this.mvc
			.perform(post("/admin/accounts").session(session)
				.with(csrf())
				.param("userName", "t-<b>x</b>")
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/admin/accounts"));
		this.mvc.perform(get("/admin/accounts").session(session))
			.andExpect(content().string(containsString("must be 3 to 40 lower-case letters")))
			.andExpect(content().string(not(containsString("<b>x</b>"))));
		this.mvc
			.perform(post("/admin/accounts").session(session)
				.with(csrf())
				.param("userName", "t-made")
				.param("password", TestAccounts.PASSWORD)
				.param("roles", "EDITOR"))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(this.accounts.find("t-made").orElseThrow().roles()).containsExactly(Role.EDITOR);
		this.mvc.perform(post("/admin/accounts/t-made/roles").session(session).with(csrf()).param("roles", "ADMIN"))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(this.accounts.find("t-made").orElseThrow().roles()).containsExactly(Role.ADMIN);
		this.mvc.perform(post("/admin/accounts/t-made/enabled").session(session).with(csrf()).param("enabled", "false"))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(this.accounts.find("t-made").orElseThrow().enabled()).isFalse();
		failedSignIn("t-made", TestAccounts.PASSWORD, "10.4.0.2", "This account is disabled");
		this.mvc.perform(get("/admin/audit").session(session).param("action", "account.disabled"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("t-made")));
	}

	@Test
	void aDisabledAccountsSessionGetsTheLoginPageAtOnceAndItsTokenIsRefused() throws Exception {
		String token = this.fixtures.withToken("t-leaving", Role.CONTRIBUTOR);
		this.fixtures.create("t-staying", Role.CONTRIBUTOR);
		this.fixtures.create("t-admin", Role.ADMIN);
		MockHttpSession leaving = signIn("t-leaving", "10.9.0.1");
		MockHttpSession staying = signIn("t-staying", "10.9.0.2");
		this.mvc.perform(get("/account").session(leaving)).andExpect(status().isOk());
		viewer(token).andExpect(status().isOk());

		this.accounts.setEnabled("t-admin", "t-leaving", false);

		this.mvc.perform(get("/account").session(leaving)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/account").session(leaving)).andExpect(redirectedUrl("/login"));
		viewer(token).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/account").session(staying)).andExpect(status().isOk());
	}

	private ResultActions viewer(String token) throws Exception {
		return this.mvc.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.content("{\"query\": \"{ viewer { userName } }\"}"));
	}

	private MockHttpSession signIn(String userName, String address) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/login").with(csrf())
				.with(from(address))
				.param("username", userName)
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private void failedSignIn(String userName, String password, String address, String message) throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc.perform(
				post("/login").with(csrf()).with(from(address)).param("username", userName).param("password", password))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/login").param("error", "").session(session))
			.andExpect(content().string(containsString(message)));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
