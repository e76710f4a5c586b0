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
			.contains("organisation(abbreviation: \"CSTO\")");

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

}
