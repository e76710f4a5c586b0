package org.allianceatlas.browser;

import java.util.regex.Pattern;

import org.allianceatlas.AtlasTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL in a real Chromium: it must come up and answer its example query with nothing
 * but this application to talk to (any request elsewhere, such as to a CDN, fails here
 * and is reported).
 */
@AtlasTest
class GraphiQlBrowserTests extends PageChecks {

	@Test
	void graphiqlRunsItsExampleQueryOffline() {
		open("/graphiql");
		this.page.locator(".graphiql-container").waitFor();
		assertThat(this.page.locator(".graphiql-query-editor").textContent())
			.contains("organisation(abbreviation: \"CSTO\")")
			.contains("/graphql/samples");

		this.page.locator(".graphiql-execute-button").click();
		// The result editor draws only the lines in view, so the check keeps to the first
		// ones.
		this.page.waitForFunction(
				"() => (document.querySelector('.result-window')?.textContent ?? '').includes('Afghanistan')");
		String result = this.page.locator(".result-window").textContent();
		assertThat(result).contains("\"name\": \"Collective Security Treaty Organization\"")
			.contains("\"role\"")
			.doesNotContain("\"errors\"");

		screenshot("graphiql");

		// The schema was fetched too: the documentation explorer leads from the root type
		// to its fields.
		this.page.locator("button[aria-label='Show Documentation Explorer']").click();
		this.page.locator(".graphiql-doc-explorer")
			.getByText("Query", new Locator.GetByTextOptions().setExact(true))
			.first()
			.click();
		this.page
			.locator("a.graphiql-doc-explorer-field-name",
					new Page.LocatorOptions().setHasText(Pattern.compile("^organisations$")))
			.waitFor();
		assertClean();
	}

	@Test
	void aSampleQueryOpensInTheEditor() {
		// GraphiQL asks for the schema once drawn, after the load event: its answer comes
		// before the page is left below, so that it is checked too
		this.page.waitForResponse((response) -> response.url().endsWith("/graphql"),
				() -> open("/graphiql?sample=ArmeniaToChina"));
		this.page.locator(".graphiql-container").waitFor();
		assertThat(this.page.locator(".graphiql-query-editor").textContent()).contains("query ArmeniaToChina")
			.contains("connection(from: \"ARM\"")
			.doesNotContain("CstoMembersIn2025");
		// the picker lists every sample; choosing one opens it, ready to run
		assertThat(this.page.locator("#sample option").count()).isGreaterThan(10);
		waitForRequests();
		this.page.locator("#sample").selectOption("UzbekistanHistory");
		this.page.waitForURL("**/graphiql?sample=UzbekistanHistory");
		this.page.locator(".graphiql-container").waitFor();
		assertThat(this.page.locator(".graphiql-query-editor").textContent()).contains("query UzbekistanHistory");
		this.page.locator(".graphiql-execute-button").click();
		this.page.waitForFunction(
				"() => (document.querySelector('.result-window')?.textContent ?? '').includes('Uzbekistan')");
		assertThat(this.page.locator(".result-window").textContent()).doesNotContain("\"errors\"");
		assertClean();
	}

}
