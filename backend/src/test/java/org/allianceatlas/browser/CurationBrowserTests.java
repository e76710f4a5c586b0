package org.allianceatlas.browser;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.allianceatlas.account.AccountService;
import org.allianceatlas.account.Role;
import org.allianceatlas.account.TestAccounts;
import org.allianceatlas.curation.CurationService;
import org.allianceatlas.curation.CurationTest;
import org.allianceatlas.curation.Proposal;
import org.allianceatlas.curation.ProposalStatus;
import org.allianceatlas.curation.Revision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curation in Chromium: a contributor signs in and suggests a change with a new source,
 * sees it pending while readers still see the old value; an editor reviews the diff and
 * its sources and accepts; the page shows the new value with its source and the revision
 * in its history, and the recent changes and their feed list it. Also a rejection with a
 * reason, a request for changes answered by an amendment, a bad value shown again next to
 * its field, stored markup shown as text, the whole flow from the keyboard, the forms at
 * phone width, and a post without the CSRF token refused. Every change is reverted
 * afterwards, so the graph is left as found.
 */
@CurationTest
@Order(199) // the longest curation class first (junit-platform.properties)
class CurationBrowserTests extends PageChecks {

	static final String XSS = "Official name <img src=x onerror=alert(1)>";

	@Autowired
	AccountService accounts;

	@Autowired
	CurationService curation;

	@Autowired
	Driver driver;

	@BeforeEach
	void createAccounts() {
		TestAccounts test = new TestAccounts(this.accounts, this.driver);
		test.create("t-cora", Role.CONTRIBUTOR);
		test.create("t-ed", Role.EDITOR);
		// these tests load many pages in a row; on a loaded machine one may take long
		this.page.setDefaultNavigationTimeout(60_000);
		// an alert() run by stored text would open a dialog
		this.page.onDialog((dialog) -> {
			this.problems.add("dialog: " + dialog.message());
			dialog.dismiss();
		});
	}

	@AfterEach
	void removeAccounts() {
		undoChanges();
		new TestAccounts(this.accounts, this.driver).removeAll();
	}

	@Test
	void aSuggestionWithANewSourceIsInvisibleUntilAnEditorAcceptsIt() {
		signIn("t-cora");
		open("/states/KGZ");
		assertThat(this.page.locator("h1").textContent()).contains("Kyrgyzstan");
		this.page.locator("main p a[href='/suggest/states/KGZ']").click();
		this.page.locator("#suggest-correction").click();
		this.page.waitForURL("**/suggest/states/KGZ/correction");
		this.page.locator("#f-field").selectOption("name");
		this.page.locator("#f-value").fill("Kyrgyz Republic");
		this.page.locator("#f-sourceTitle").fill("Constitution of the Kyrgyz Republic");
		this.page.locator("#f-sourcePublisher").fill("Jogorku Kenesh");
		this.page.locator("#f-sourcePublished").fill("2021-05-05");
		this.page.locator("#f-sourceUrl").fill("https://example.org/kgz-constitution");
		this.page.locator("#f-sourceLocator").fill("Article 1");
		this.page.locator("#f-summary").fill(XSS);
		screenshot("curation-suggest-correction");
		this.page.locator("form.suggest-form button[type=submit]").click();
		this.page.waitForURL("**/proposals/mine**");
		Locator mine = proposal("Kyrgyz Republic");
		assertThat(mine.textContent()).contains("pending")
			.contains(XSS)
			.contains("Constitution of the Kyrgyz Republic");
		assertThat(this.page.locator("#message").textContent()).contains("once an editor accepts it");

		open("/states/KGZ");
		assertThat(this.page.locator("h1").textContent()).contains("Kyrgyzstan").doesNotContain("Kyrgyz Republic");
		assertThat(this.page.locator("main").textContent()).doesNotContain("Constitution of the Kyrgyz Republic");

		signOut();
		signIn("t-ed");
		open("/proposals");
		Locator review = proposal("Kyrgyz Republic");
		assertThat(review.locator("table.diff del").first().textContent()).isEqualTo("Kyrgyzstan");
		assertThat(review.locator("table.diff ins").first().textContent()).isEqualTo("Kyrgyz Republic");
		assertThat(review.textContent()).contains("Constitution of the Kyrgyz Republic")
			.contains("Jogorku Kenesh")
			.contains("new document")
			.contains("Article 1")
			.contains(XSS);
		screenshot("curation-review-queue");
		review.locator("button:has-text('Accept')").click();
		this.page.waitForSelector("text=Accepted: the change is in the atlas.");

		open("/states/KGZ");
		assertThat(this.page.locator("h1").textContent()).contains("Kyrgyz Republic");
		assertThat(this.page.locator("#cited-sources + ol").textContent())
			.contains("Constitution of the Kyrgyz Republic");
		this.page.locator("main p a[href='/history/states/KGZ']").click();
		this.page.waitForURL("**/history/states/KGZ");
		Locator latest = this.page.locator("#history tbody tr").first();
		assertThat(latest.textContent()).contains(XSS)
			.contains("t-cora")
			.contains("t-ed")
			.contains("Constitution of the Kyrgyz Republic");
		assertThat(latest.locator("del").textContent()).isEqualTo("Kyrgyzstan");
		assertThat(latest.locator("ins").textContent()).isEqualTo("Kyrgyz Republic");
		assertThat(this.page.locator("#r-first").textContent()).contains("as first recorded");
		screenshot("curation-history");

		open("/recent-changes");
		assertThat(this.page.locator("#recent-changes tbody tr").first().textContent()).contains(XSS)
			.contains("Kyrgyz Republic");
		APIResponse feed = this.page.request().get(url("/recent-changes.atom"));
		assertThat(feed.headers().get("content-type")).startsWith("application/atom+xml");
		assertThat(feed.text()).contains("Kyrgyz Republic")
			.contains("&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<img");
		assertThat(this.page.locator("img[src='x']").count()).isZero();
		assertClean();
	}

	@Test
	void aRejectionWithItsReasonIsShownToTheContributor() {
		signIn("t-cora");
		Proposal proposal = suggestName("Kirghizia", "An old name");
		signOut();
		signIn("t-ed");
		open("/proposals");
		Locator review = proposal("Kirghizia");
		review.locator("textarea[name=reason]").first().fill("A former name is a <name>, not a correction");
		review.locator("button:has-text('Reject')").click();
		this.page.waitForSelector("text=Rejected.");
		assertThat(this.page.locator("main").textContent()).doesNotContain("Kirghizia");
		signOut();

		signIn("t-cora");
		open("/proposals/mine");
		Locator mine = this.page.locator("#p-" + proposal.id());
		assertThat(mine.textContent()).contains("rejected").contains("A former name is a <name>, not a correction");
		assertThat(mine.locator("form").count()).isZero();
		open("/states/KGZ");
		assertThat(this.page.locator("h1").textContent()).doesNotContain("Kirghizia");
		assertClean();
	}

	@Test
	void anEditorAsksForChangesTheContributorAmendsAndTheEditorAccepts() {
		signIn("t-cora");
		Proposal proposal = suggestName("Kyrgyz Republic", "Short name");
		signOut();
		signIn("t-ed");
		open("/proposals");
		Locator review = proposal("Kyrgyz Republic");
		review.locator("textarea[name=reason]").nth(1).fill("Cite the constitution, not a blog");
		review.locator("button:has-text('Ask for changes')").click();
		this.page.waitForSelector("text=Sent back to the contributor.");
		signOut();

		signIn("t-cora");
		open("/proposals/mine");
		Locator mine = this.page.locator("#p-" + proposal.id());
		assertThat(mine.textContent()).contains("changes_requested").contains("Cite the constitution, not a blog");
		String prefix = "#amend-" + proposal.id() + "-";
		assertThat(mine.locator(prefix + "summary").inputValue()).isEqualTo("Short name");
		// a bad address first: the values stay, the problem is next to the field
		mine.locator(prefix + "summary").fill("The name in the constitution");
		mine.locator(prefix + "sourceTitle").fill("Constitution");
		mine.locator(prefix + "sourceUrl").fill("ftp://example.org/constitution");
		mine.locator("button[type=submit]").click();
		// the answer is the page again, with the problem next to its field: once that is
		// there, the new page has loaded (its autofocus applied)
		this.page.locator("#p-" + proposal.id() + " " + prefix + "sourceUrl-error").waitFor();
		this.page.waitForLoadState(LoadState.LOAD);
		mine = this.page.locator("#p-" + proposal.id());
		assertThat(mine.locator(prefix + "sourceUrl-error").textContent()).contains("http or https");
		assertThat(focused()).isEqualTo(prefix.substring(1) + "sourceUrl");
		assertThat(mine.locator(prefix + "summary").inputValue()).isEqualTo("The name in the constitution");
		mine.locator(prefix + "sourceUrl").fill("https://example.org/constitution");
		mine.locator(prefix + "sourceLocator").fill("Article 1");
		mine.locator("button[type=submit]").click();
		this.page.waitForSelector("text=Amended: the proposal waits for an editor again.");
		mine = this.page.locator("#p-" + proposal.id());
		assertThat(mine.textContent()).contains("pending").contains("The name in the constitution");
		signOut();

		signIn("t-ed");
		open("/proposals");
		review = proposal("Kyrgyz Republic");
		assertThat(review.textContent()).contains("The name in the constitution").contains("Constitution");
		review.locator("button:has-text('Accept')").click();
		this.page.waitForSelector("text=Accepted: the change is in the atlas.");
		open("/history/states/KGZ");
		assertThat(this.page.locator("#history tbody tr").first().textContent())
			.contains("The name in the constitution")
			.contains("Constitution");
		assertClean();
	}

	@Test
	void aBadValueIsShownAgainNextToItsFieldWithTheValuesKept() {
		signIn("t-cora");
		open("/suggest/states/KGZ/troops");
		this.page.locator("#f-year").fill("2031");
		this.page.locator("#f-active").fill("12000");
		this.page.locator("#f-sourceTitle").fill("A yearbook");
		this.page.locator("#f-sourceUrl").fill("ftp://example.org/yearbook");
		this.page.locator("#f-summary").fill("Troops in 2031");
		this.page.locator("form.suggest-form button[type=submit]").click();
		// the answer is the form again (same address), with the problem: once that is
		// there, the new page has loaded (its autofocus applied)
		this.page.locator("#problem").waitFor();
		this.page.waitForLoadState(LoadState.LOAD);
		assertThat(this.page.url()).endsWith("/suggest/states/KGZ/troops");
		assertThat(this.page.locator("#problem").textContent()).contains("Nothing was stored");
		assertThat(this.page.locator("#f-sourceUrl-error").textContent())
			.isEqualTo("Its address: must be an http or https address");
		assertThat(this.page.locator("#f-sourceUrl").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(focused()).isEqualTo("f-sourceUrl");
		assertThat(this.page.locator("#f-year").inputValue()).isEqualTo("2031");
		assertThat(this.page.locator("#f-active").inputValue()).isEqualTo("12000");
		assertThat(this.page.locator("#f-sourceTitle").inputValue()).isEqualTo("A yearbook");
		assertThat(this.page.locator("#f-summary").inputValue()).isEqualTo("Troops in 2031");
		screenshot("curation-bad-input");
		assertThat(this.curation.proposals("t-cora", false, null)).isEmpty();
		assertClean();
	}

	@Test
	void theWholeFlowWorksFromTheKeyboard() {
		signIn("t-cora");
		open("/states/KGZ");
		tabTo("a[href='/suggest/states/KGZ']");
		this.page.keyboard().press("Enter");
		this.page.waitForURL("**/suggest/states/KGZ");
		tabTo("#suggest-troops");
		this.page.keyboard().press("Enter");
		this.page.waitForURL("**/suggest/states/KGZ/troops");
		tabTo("#f-year");
		type("2031");
		tab();
		type("12000");
		tab();
		type("8000");
		tab();
		type("0");
		tab();
		type("20000");
		tab();
		assertThat(focused()).isEqualTo("f-approximate");
		this.page.keyboard().press("Space");
		tabTo("#f-sourceKey");
		type("wikipedia-csto");
		tabTo("#f-sourceLocator");
		type("Armed forces table");
		tabTo("#f-summary");
		type("Kyrgyz troops in 2031, typed");
		tabTo("form.suggest-form button[type=submit]");
		this.page.keyboard().press("Enter");
		this.page.waitForURL("**/proposals/mine**");
		assertThat(proposal("Kyrgyz troops in 2031, typed").textContent()).contains("pending").contains("20000");
		tabTo(".account-links button");
		this.page.keyboard().press("Enter");
		this.page.waitForURL(url("/"));

		signIn("t-ed");
		open("/proposals");
		Locator review = proposal("Kyrgyz troops in 2031, typed");
		String accept = "#" + review.getAttribute("id") + " form[action$='/accept'] button";
		tabTo(accept);
		this.page.keyboard().press("Space");
		this.page.waitForSelector("text=Accepted: the change is in the atlas.");
		open("/states/KGZ");
		assertThat(this.page.locator("#state-troops").textContent()).contains("2031 ≈").contains("20,000");
		assertClean();
	}

	@Test
	void theFormsFitAPhoneWithoutScrollingSideways() {
		// the page PageChecks watches, at phone width (a page of a new context would not
		// be
		// watched for errors)
		this.page.setViewportSize(390, 844);
		signIn("t-cora");
		List<String> paths = List.of("/suggest/states/KGZ", "/suggest/states/KGZ/correction",
				"/suggest/states/KGZ/membership", "/suggest/states/KGZ/troops", "/suggest/states/KGZ/name",
				"/suggest/states/KGZ/event", "/suggest/organisations/CSTO/claim",
				"/suggest/memberships/csto-kgz-member-2002/end", "/suggest/memberships/csto-kgz-member-2002/status",
				"/history/states/KGZ", "/history/memberships/csto-kgz-member-2002", "/proposals/mine",
				"/recent-changes");
		for (String path : paths) {
			open(path);
			Object width = this.page.evaluate("() => document.documentElement.scrollWidth");
			assertThat(((Number) width).intValue()).as(path).isLessThanOrEqualTo(390);
		}
		screenshot("curation-phone-event");
		assertClean();
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefused() {
		signIn("t-cora");
		open("/suggest/states/KGZ/name");
		// the answer's body read too: Chromium finishes a request only then, and
		// assertClean waits for every request to finish
		Object status = this.page.evaluate("""
				async () => {
				  const response = await fetch('/suggest/states/KGZ/name', {method: 'POST',
				    body: new URLSearchParams({value: 'Kirgiziya', language: 'ru', kind: 'alias',
				      summary: 'No token', sourceKey: 'wikipedia-csto'})});
				  await response.text();
				  return response.status;
				}""");
		assertThat(status).isEqualTo(403);
		assertThat(this.curation.proposals("t-cora", false, null)).isEmpty();
		assertClean();
	}

	@Override
	boolean expectedStatus(String url, int status) {
		return url.endsWith("/suggest/states/KGZ/name") && status == 403;
	}

	private void signIn(String user) {
		open("/login");
		this.page.locator("#username").fill(user);
		this.page.locator("#username").focus();
		this.page.keyboard().press("Tab");
		this.page.keyboard().type(TestAccounts.PASSWORD);
		this.page.keyboard().press("Enter");
		this.page.waitForURL((u) -> !u.contains("/login"));
		assertThat(this.page.locator(".account-links a").textContent()).isEqualTo(user);
	}

	private void signOut() {
		this.page.locator(".account-links button").click();
		this.page.waitForURL(url("/"));
	}

	/** The article of the one proposal on the page that mentions the text. */
	private Locator proposal(String text) {
		Locator found = this.page.locator("article.panel").filter(new Locator.FilterOptions().setHasText(text));
		assertThat(found.count()).as("proposals mentioning " + text).isEqualTo(1);
		return found;
	}

	private void tab() {
		this.page.keyboard().press("Tab");
	}

	private void type(String text) {
		this.page.keyboard().type(text);
	}

	/** Presses Tab until the element the selector names has the focus. */
	private void tabTo(String selector) {
		for (int i = 0; i < 400; i++) {
			tab();
			if (Boolean.TRUE.equals(this.page.evaluate("(s) => document.activeElement.matches(s)", selector))) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + selector);
	}

	private String focused() {
		return (String) this.page.evaluate("() => document.activeElement.id");
	}

	/** Suggests a new name for Kyrgyzstan through its form, citing a listed source. */
	private Proposal suggestName(String name, String summary) {
		open("/suggest/states/KGZ/correction");
		this.page.locator("#f-value").fill(name);
		this.page.locator("#f-sourceKey").fill("wikipedia-csto");
		this.page.locator("#f-sourceLocator").fill("Members");
		this.page.locator("#f-summary").fill(summary);
		this.page.locator("form.suggest-form button[type=submit]").click();
		this.page.waitForURL("**/proposals/mine**");
		return this.curation.proposals("t-cora", false, ProposalStatus.PENDING)
			.stream()
			.filter((p) -> p.summary().equals(summary))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Reverts what the test accounts' accepted proposals changed, newest first, as
	 * another editor, and removes their proposals.
	 */
	private void undoChanges() {
		List<Revision> accepted = this.curation.proposals("t-ed", true, ProposalStatus.ACCEPTED)
			.stream()
			.filter((p) -> p.proposer().startsWith("t-"))
			.map((p) -> this.curation.revision(p.revisionId()))
			.filter((r) -> r.revertedBy() == null)
			.sorted(Comparator.comparing(Revision::number).reversed())
			.toList();
		for (Revision r : accepted) {
			as("t-eva", "EDITOR", () -> this.curation.revert(r.id(), "Undo a test change", "t-eva"));
		}
		this.driver.executableQuery("MATCH (p:Proposal) WHERE p.proposer STARTS WITH 't-' DETACH DELETE p").execute();
	}

	private static <T> T as(String name, String role, Supplier<T> work) {
		SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name,
				null, List.of(new SimpleGrantedAuthority("ROLE_" + role)))));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
