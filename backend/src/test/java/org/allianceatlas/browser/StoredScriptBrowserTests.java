package org.allianceatlas.browser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text stored in the graph is never executed by a browser. Names, titles and labels on
 * every page get script payloads (written through the driver here, and put back as they
 * were afterwards); then each page is opened, every chart tooltip shown (through ECharts
 * and by hovering), the explorer's panels and search opened, and nothing may run:
 * {@code window.__pwned} stays unset, no element carries an event handler attribute or an
 * inline script, and the browser reports no Content-Security-Policy violation, console
 * error or failed request (PageChecks).
 */
@AtlasTest
class StoredScriptBrowserTests extends PageChecks {

	/** Each payload sets window.__pwned if it ever runs. */
	static final String PAYLOAD = "<img src=x onerror=\"window.__pwned='img'\"><script>window.__pwned='script'</script>"
			+ "\"><svg onload=\"window.__pwned='svg'\">";

	/** Every element that only an injection could have put on our pages. */
	static final String INJECTED = """
			() => [...document.querySelectorAll('*')]
			  .filter((el) => (el.tagName === 'SCRIPT' && !el.src) || (el.tagName === 'IMG' && el.getAttribute('src') === 'x')
			    || [...el.attributes].some((a) => /^on/i.test(a.name)) || /^javascript:/i.test(el.getAttribute('href') || ''))
			  .map((el) => el.outerHTML.slice(0, 160))""";

	/**
	 * Shows the tooltip of every data item of every chart; returns how many and whether
	 * one showed a payload.
	 */
	static final String EVERY_TOOLTIP = """
			() => {
			  let shown = 0, payload = 0;
			  document.querySelectorAll('.chart').forEach((dom) => {
			    const chart = echarts.getInstanceByDom(dom);
			    if (!chart) return;
			    chart.getOption().series.forEach((series, s) => (series.data || []).forEach((_, d) => {
			      chart.dispatchAction({ type: 'showTip', seriesIndex: s, dataIndex: d });
			      shown++;
			      const tip = [...dom.querySelectorAll('div')].find((div) => div.style.zIndex === '9999999');
			      if (tip && tip.style.display !== 'none' && tip.textContent.includes('onerror')) payload++;
			    }));
			    chart.dispatchAction({ type: 'hideTip' });
			  });
			  return [shown, payload];
			}""";

	/**
	 * Points over every chart's drawing area, in viewport coordinates, for the mouse to
	 * hover.
	 */
	static final String HOVER_POINTS = """
			([selector, index]) => {
			  const dom = document.querySelectorAll(selector)[index];
			  dom.scrollIntoView({ block: 'center' });
			  const r = dom.getBoundingClientRect();
			  const points = [];
			  for (let i = 1; i < 12; i++) for (let j = 1; j < 8; j++) {
			    const x = r.left + (r.width * j) / 8, y = r.top + (r.height * i) / 12;
			    if (y > 0 && y < window.innerHeight) points.push([x, y]);
			  }
			  return points;
			}""";

	@Autowired
	Driver driver;

	/** Stored values as they were, to put back. */
	private final Map<Target, Object> originals = new LinkedHashMap<>();

	record Target(String label, String keyProperty, String key, String property) {
	}

	@BeforeEach
	void storePayloads() {
		// Eight pages opened cold, one after another, on a machine that may be busy.
		this.page.setDefaultNavigationTimeout(60_000);
		this.page.addInitScript("document.addEventListener('securitypolicyviolation', (e) => console.error("
				+ "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')))");
		try (Session session = this.driver.session()) {
			String membership = session.run("""
					MATCH (:State {iso3: 'ARM'})-[:HOLDS]->(m:Membership)-[:IN]->(:Organisation {abbreviation: 'CSTO'})
					RETURN m.key AS key ORDER BY m.from LIMIT 1""").single().get("key").asString();
			String event = session
				.run("MATCH (e:Event)-[:CONCERNS]->(:Organisation {abbreviation: 'CSTO'}) "
						+ "RETURN e.key AS key ORDER BY e.date DESC LIMIT 1")
				.single()
				.get("key")
				.asString();
			String source = session
				.run("MATCH (:Membership {key: $m})-[:CITES]->(s:Source) RETURN s.key AS key LIMIT 1",
						Map.of("m", membership))
				.single()
				.get("key")
				.asString();
			List<Target> targets = List.of(new Target("State", "iso3", "ARM", "name"),
					new Target("Organisation", "abbreviation", "CSTO", "name"),
					new Target("Membership", "key", membership, "roleLabel"),
					new Target("Membership", "key", membership, "note"), new Target("Event", "key", event, "title"),
					new Target("Source", "key", source, "title"), new Target("Source", "key", source, "publisher"),
					new Target("Source", "key", source, "url"));
			for (Target target : targets) {
				Object original = session
					.run("MATCH (n:$($label)) WHERE n[$keyProperty] = $key RETURN n[$property] AS value",
							parameters(target, null))
					.single()
					.get("value")
					.asObject();
				this.originals.put(target, original);
				// A link to a script address must not become a link; any other text gets
				// the payloads.
				write(session, target, "url".equals(target.property()) ? "javascript:window.__pwned='url'"
						: ((original != null) ? original : "") + PAYLOAD);
			}
		}
	}

	@AfterEach
	void restore() {
		try (Session session = this.driver.session()) {
			this.originals.forEach((target, original) -> write(session, target, original));
		}
	}

	private static void write(Session session, Target target, Object value) {
		session
			.run("MATCH (n:$($label)) WHERE n[$keyProperty] = $key SET n[$property] = $value",
					parameters(target, value))
			.consume();
	}

	private static Map<String, Object> parameters(Target target, Object value) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("label", target.label());
		parameters.put("keyProperty", target.keyProperty());
		parameters.put("key", target.key());
		parameters.put("property", target.property());
		parameters.put("value", value);
		return parameters;
	}

	@Test
	void noStoredTextRunsOnAnyPage() {
		List<String> report = new ArrayList<>();
		for (String path : List.of("/", "/troops?organisation=CSTO&year=2020", "/overlap?date=2024-06-01",
				"/timeline?organisation=CSTO", "/states/ARM", "/organisations/CSTO", "/sources")) {
			open(path);
			assertThat(this.page.locator("main").textContent()).as("%s shows the stored text as text", path)
				.contains("onerror=\"window.__pwned");
			if (this.page.locator(".chart").count() > 0) {
				List<?> tips = (List<?>) this.page.evaluate(EVERY_TOOLTIP);
				assertThat(((Number) tips.get(0)).intValue()).as("%s tooltips shown", path).isPositive();
				if (path.startsWith("/overlap") || path.startsWith("/timeline")) {
					assertThat(((Number) tips.get(1)).intValue()).as("%s tooltips showing a payload as text", path)
						.isPositive();
				}
				hover(".chart");
			}
			assertNothingRan(path, report);
		}

		open("/explorer?expand=ORGANISATION:CSTO");
		this.page.waitForFunction("() => Number(document.body.dataset.explorerReady) > 0");
		this.page.evaluate("() => window.atlasExplorer.select('STATE:ARM').then(() => window.atlasExplorer.ready())");
		assertThat(this.page.locator("#details h3").textContent()).contains("onerror=");
		// a block body: the collection emit returns would otherwise be serialised back
		this.page.evaluate("() => { window.atlasExplorer.cy.edges().filter((e) => e.data('source') === 'STATE:ARM'"
				+ " && e.data('type') === 'MEMBER_OF')[0].emit('tap'); }");
		assertThat(this.page.locator("#details").textContent()).contains("onerror=");
		assertThat(this.page.locator("#edge-table").textContent()).contains("onerror=");
		this.page.locator("#search-text").fill("Armenia");
		this.page.locator("#search-form button[type=submit]").click();
		this.page.locator("#search-results li button").first().waitFor();
		assertThat(this.page.locator("#search-results").textContent()).contains("onerror=");
		hover("#cy");
		assertNothingRan("/explorer", report);

		assertThat(report).as("script that ran or elements injected").isEmpty();
		assertClean();
	}

	/** Moves the mouse over a grid of points on each element the selector finds. */
	private void hover(String selector) {
		int count = this.page.locator(selector).count();
		for (int i = 0; i < count; i++) {
			for (Object point : (List<?>) this.page.evaluate(HOVER_POINTS, List.of(selector, i))) {
				List<?> xy = (List<?>) point;
				this.page.mouse().move(((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue());
			}
		}
	}

	private void assertNothingRan(String path, List<String> report) {
		waitForRequests();
		this.page.waitForTimeout(200);
		Object pwned = this.page.evaluate("() => window.__pwned");
		if (pwned != null) {
			report.add(path + ": window.__pwned = " + pwned);
		}
		List<?> injected = (List<?>) this.page.evaluate(INJECTED);
		injected.forEach((element) -> report.add(path + ": " + element));
	}

}
