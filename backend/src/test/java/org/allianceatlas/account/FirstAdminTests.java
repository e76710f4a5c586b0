package org.allianceatlas.account;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The first admin: there is no default account or password; {@code --atlas.admin.create}
 * makes one with the password given outside the command line, which is never logged.
 */
@AtlasTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

	private static final String SECRET = "first admin's own passphrase";

	@Autowired
	AccountService accounts;

	@Autowired
	Driver driver;

	@Autowired
	MockMvc mvc;

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
	void thereIsNoAccountUntilOneIsCreated() {
		assertThat(this.fixtures.count("MATCH (a:Account) RETURN count(a)")).isZero();
		assertThat(this.accounts.anyAdmin()).isFalse();
	}

	@Test
	void theCommandCreatesAnAdminThatCanSignIn(CapturedOutput output) throws Exception {
		new FirstAdmin(this.accounts, "T-Root", () -> SECRET).run(new DefaultApplicationArguments());
		Account root = this.accounts.find("t-root").orElseThrow();
		assertThat(root.roles()).containsExactly(Role.ADMIN);
		assertThat(this.accounts.anyAdmin()).isTrue();
		this.mvc.perform(formLogin("/login").user("t-root").password(SECRET)).andExpect(redirectedUrl("/"));
		assertThat(output).contains("Admin account 't-root' created").doesNotContain(SECRET);

		// run again (the option left on), it changes nothing and asks for no password
		new FirstAdmin(this.accounts, "t-root", () -> {
			throw new AssertionError("no password needed");
		}).run(new DefaultApplicationArguments());
		assertThat(output).contains("exists already");
	}

	@Test
	void aWeakPasswordStopsTheStartAndCreatesNothing(CapturedOutput output) {
		assertThatIllegalStateException()
			.isThrownBy(
					() -> new FirstAdmin(this.accounts, "t-weak", () -> "short").run(new DefaultApplicationArguments()))
			.withMessageContaining("12 to 128 characters");
		assertThat(this.accounts.find("t-weak")).isEmpty();
		assertThat(output).doesNotContain("short\"");
	}

}
