package org.allianceatlas.browser;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.account.AccountService;
import org.allianceatlas.account.Role;
import org.allianceatlas.account.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, from the keyboard: sign in, create a token, see its secret once, use it on
 * the API, and no longer see it after a reload; then sign out.
 */
@AtlasTest
class AccountBrowserTests extends PageChecks {

	@Autowired
	AccountService accounts;

	@Autowired
	Driver driver;

	@AfterEach
	void removeAccounts() {
		new TestAccounts(this.accounts, this.driver).removeAll();
	}

	@Test
	void signInCreateATokenAndSeeItOnce() {
		new TestAccounts(this.accounts, this.driver).create("t-browser", Role.CONTRIBUTOR);
		open("/");
		this.page.locator(".account-links a").click();
		this.page.waitForURL("**/login");
		// the user name field has the focus; the rest is typed
		this.page.keyboard().type("t-browser");
		this.page.keyboard().press("Tab");
		this.page.keyboard().type(TestAccounts.PASSWORD);
		this.page.keyboard().press("Enter");
		this.page.waitForURL(url("/"));
		assertThat(this.page.locator(".account-links a").textContent()).isEqualTo("t-browser");

		open("/account");
		this.page.locator("#token-name").focus();
		this.page.keyboard().type("browser <token>");
		this.page.keyboard().press("Enter");
		this.page.waitForSelector("#new-token-secret");
		String secret = this.page.locator("#new-token-secret").inputValue();
		assertThat(secret).startsWith("atlas_");
		assertThat(this.page.locator("#tokens").textContent()).contains("browser <token>").contains("active");
		screenshot("account-new-token");

		Object viewer = this.page.evaluate("""
				async (secret) => {
				  const response = await fetch('/graphql', {method: 'POST', credentials: 'omit',
				    headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + secret},
				    body: JSON.stringify({query: '{ viewer { userName } }'})});
				  return (await response.json()).data.viewer.userName;
				}""", secret);
		assertThat(viewer).isEqualTo("t-browser");

		this.page.reload();
		assertThat(this.page.locator("#new-token-secret").count()).isZero();
		assertThat(this.page.content()).doesNotContain(secret);

		this.page.locator("#tokens button").first().click();
		this.page.waitForSelector("text=is revoked");
		assertThat(this.page.locator("#tokens").textContent()).contains("revoked");
		// the answer's body read too: Chromium finishes a request only then, and
		// assertClean waits for every request to finish
		Object refused = this.page.evaluate("""
				async (secret) => {
				  const response = await fetch('/graphql', {method: 'POST', credentials: 'omit',
				    headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + secret},
				    body: JSON.stringify({query: '{ viewer { userName } }'})});
				  await response.text();
				  return response.status;
				}""", secret);
		assertThat(refused).isEqualTo(401);

		this.page.locator(".account-links button").click();
		this.page.waitForURL(url("/"));
		assertThat(this.page.locator(".account-links a").textContent()).isEqualTo("Sign in");
		assertClean();
	}

	@Override
	boolean expectedStatus(String url, int status) {
		return url.endsWith("/graphql") && status == 401;
	}

}
