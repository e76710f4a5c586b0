package org.allianceatlas.browser;

import org.allianceatlas.AtlasTest;
import java.nio.file.Files;
import java.util.Map;

import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real Chromium: search, expand on click, shortest connection, URL
 * state and export.
 */
@AtlasTest
class ExplorerBrowserTests extends PageChecks {

	private int nodes() {
		return ((Number) this.page.evaluate("() => window.atlasExplorer.cy.nodes().length")).intValue();
	}

	private void settle() {
		this.page.evaluate("() => window.atlasExplorer.ready()");
	}

	@Test
	void searchExpandOnClickAndHighlightAConnection() throws Exception {
		open("/explorer");
		this.page.waitForFunction("() => document.body.dataset.explorerReady > 0");
		settle();
		int start = nodes();
		assertThat(start).isGreaterThan(1);
		assertThat(this.page.url()).contains("expand=ORGANISATION:CSTO");
		// Cytoscape drew on its canvases: the rendered picture is not blank.
		assertThat(this.page.locator("#cy canvas").count()).isPositive();
		assertThat(((Number) this.page.evaluate("() => window.atlasExplorer.cy.png({ full: true }).length")).intValue())
			.isGreaterThan(5_000);
		assertThat(this.page.locator("#edge-table tbody tr").count()).isPositive();

		// Search in another script, pick the hit.
		this.page.locator("#search-text").fill("ОДКБ");
		this.page.locator("#search-form button[type=submit]").click();
		this.page.locator("#search-results button").first().waitFor();
		this.page.locator("#search-text").fill("GUAM");
		this.page.locator("#search-form button[type=submit]").click();
		this.page.locator("#search-results button[data-node='ORGANISATION:GUAM']").click();
		settle();
		assertThat(nodes()).isGreaterThan(start);
		int afterSearch = nodes();

		// Click a node on the canvas: a state not yet expanded grows the graph.
		String id = (String) this.page.evaluate(
				"""
						() => window.atlasExplorer.cy.nodes('[kind = "STATE"]').filter(n => !n.hasClass('expanded'))
						  .filter(n => n.data('key') === 'UKR').map(n => n.id())[0]
						  || window.atlasExplorer.cy.nodes('[kind = "STATE"]').filter(n => !n.hasClass('expanded')).map(n => n.id())[0]""");
		@SuppressWarnings("unchecked")
		Map<String, Object> position = (Map<String, Object>) this.page.evaluate("""
				(id) => { const p = window.atlasExplorer.cy.getElementById(id).renderedPosition();
				  const box = document.getElementById('cy').getBoundingClientRect();
				  return { x: box.left + p.x, y: box.top + p.y }; }""", id);
		this.page.mouse().click(((Number) position.get("x")).doubleValue(), ((Number) position.get("y")).doubleValue());
		this.page.waitForFunction("(id) => window.atlasExplorer.cy.getElementById(id).hasClass('expanded')", id);
		settle();
		assertThat(nodes()).isGreaterThan(afterSearch);
		assertThat(this.page.url()).contains(id);
		assertThat(this.page.locator("#details h3").textContent()).isNotBlank();

		// Shortest connection between two ends.
		this.page.locator("#path-from").fill("Armenia");
		this.page.locator("#path-to").fill("GUAM");
		this.page.locator("#path-go").click();
		this.page.waitForFunction("() => window.atlasExplorer.cy.$('.path').length > 0");
		settle();
		int highlighted = ((Number) this.page.evaluate("() => window.atlasExplorer.cy.edges('.path').length"))
			.intValue();
		assertThat(highlighted).isPositive();
		assertThat(this.page.locator("#path-result").textContent()).contains("→");
		assertThat(this.page.url()).contains("from=ARM", "to=GUAM");

		// Click an edge: its dates and sources.
		// a block body: the collection emit returns would otherwise be serialised back
		this.page.evaluate("() => { window.atlasExplorer.cy.edges('.path')[0].emit('tap'); }");
		assertThat(this.page.locator("#details").textContent()).contains("Sources");
		firstScreen("explorer");

		// The URL holds the view: reopening it shows the same nodes and path.
		int shown = nodes();
		String shared = this.page.url();
		open(shared.substring(shared.indexOf("/explorer")));
		this.page.waitForFunction("() => document.body.dataset.explorerReady > 0");
		settle();
		assertThat(nodes()).isEqualTo(shown);
		assertThat(((Number) this.page.evaluate("() => window.atlasExplorer.cy.edges('.path').length")).intValue())
			.isEqualTo(highlighted);

		// Filter by date: only relationships that held on the day; the URL keeps it.
		this.page.locator("#as-of").fill("1995-06-01");
		this.page.locator("#as-of").dispatchEvent("change");
		this.page.waitForURL("**asOf=1995-06-01**");
		settle();
		assertThat(nodes()).isPositive();
		// Filter by relationship kind: unticking "member of" hides those lines.
		this.page.locator("#kinds input[value=MEMBER_OF]").uncheck();
		settle();
		assertThat(((Number) this.page.evaluate(
				"() => window.atlasExplorer.cy.edges('[type = \"MEMBER_OF\"]').filter(e => !e.hasClass('hidden') && !e.hasClass('path')).length"))
			.intValue()).isZero();
		assertThat(this.page.url()).contains("kinds=");

		Download json = this.page.waitForDownload(() -> this.page.locator("#export-json").click());
		assertThat(Files.readString(json.path())).contains("\"nodes\"", "\"edges\"");
		Download graphml = this.page.waitForDownload(() -> this.page.locator("#export-graphml").click());
		assertThat(Files.readString(graphml.path())).contains("<graphml", "<edge ");
		Download png = this.page.waitForDownload(() -> this.page.locator("#export-png").click());
		assertThat(Files.size(png.path())).isGreaterThan(1000);
		assertClean();
	}

}
