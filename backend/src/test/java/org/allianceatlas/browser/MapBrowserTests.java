package org.allianceatlas.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.allianceatlas.AtlasTest;
import org.allianceatlas.web.CsvText;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map page and the embed pages in a real Chromium: the map colours the states the
 * data names for the day, the slider and play change the day in place, the table, CSV and
 * images match the map, and only embed pages may be framed by another site.
 */
@AtlasTest
class MapBrowserTests extends PageChecks {

	/**
	 * The colour the chart gives a state's area, as a canvas normalises it; null if none.
	 */
	private String areaColour(String iso3) {
		return (String) this.page.evaluate("""
				(iso3) => {
				  const geo = echarts.getInstanceByDom(document.getElementById('world-map')).getOption().geo[0];
				  const region = geo.regions.find((r) => r.name === iso3);
				  const fill = region?.itemStyle?.areaColor;
				  if (fill?.image) return 'hatched';
				  if (!fill || fill === geo.itemStyle.areaColor) return null;
				  const c = document.createElement('canvas').getContext('2d');
				  c.fillStyle = fill;
				  return c.fillStyle;
				}""", iso3);
	}

	/**
	 * A role's or status's colour from the page's vocabulary (that of /vocabulary.json).
	 */
	private String vocabularyColour(String key) {
		return (String) this.page.evaluate("""
				(key) => {
				  const v = JSON.parse(document.querySelector('meta[name="atlas-vocabulary"]').content);
				  const c = document.createElement('canvas').getContext('2d');
				  c.fillStyle = v.swatches[key].colour;
				  return c.fillStyle;
				}""", key);
	}

	/** How many of the drawn SVG paths are filled with the colour. */
	private int pathsFilled(String colour) {
		return ((Number) this.page.evaluate("""
				(colour) => {
				  const c = document.createElement('canvas').getContext('2d');
				  return [...document.querySelectorAll('#world-map svg path')].filter((p) => {
				    const fill = p.getAttribute('fill');
				    if (!fill || fill === 'none') return false;
				    c.fillStyle = '#000';
				    c.fillStyle = fill;
				    return c.fillStyle === colour;
				  }).length;
				}""", colour)).intValue();
	}

	private void openMap(String path) {
		open(path);
		this.page.waitForFunction("() => { const el = document.getElementById('world-map');"
				+ " const c = el && echarts.getInstanceByDom(el); return c && c.getOption().geo; }");
	}

	private String day() {
		return this.page.locator("#map-day").textContent();
	}

	private List<String> tableStates() {
		return strings(this.page.locator("#map-table tbody tr").evaluateAll("rows => rows.map(r => r.dataset.iso3)"));
	}

	private static List<String> strings(Object list) {
		return ((List<?>) list).stream().map(String::valueOf).toList();
	}

	/**
	 * The table and the map say the same: each row's state has its row's colour, and no
	 * other state is coloured.
	 */
	private void assertTableEqualsColouring() {
		List<String> states = tableStates();
		for (String iso3 : states) {
			String key = this.page.locator("#map-table tr[data-iso3='" + iso3 + "']").getAttribute("data-key");
			assertThat(areaColour(iso3)).as("colour of %s", iso3).isEqualTo(vocabularyColour(key));
		}
		Number coloured = (Number) this.page.evaluate("""
				() => {
				  const geo = echarts.getInstanceByDom(document.getElementById('world-map')).getOption().geo[0];
				  return geo.regions.filter((r) => typeof r.itemStyle?.areaColor === 'string'
				    && r.itemStyle.areaColor !== geo.itemStyle.areaColor).length;
				}""");
		assertThat(coloured.intValue()).as("coloured areas").isEqualTo(states.size());
	}

	@Test
	void theMapColoursTheMembersOfTheChosenDayAsTheTableLists() {
		openMap("/map?organisations=CSTO&date=2015-06-01");
		assertThat(this.page.locator("h1").textContent()).contains("CSTO").contains("2015-06-01");
		String member = vocabularyColour("MEMBER");
		assertThat(areaColour("ARM")).isEqualTo(member);
		assertThat(areaColour("RUS")).isEqualTo(member);
		assertThat(areaColour("UZB")).as("Uzbekistan left the CSTO in 2012").isNull();
		assertThat(areaColour("GEO")).isNull();
		assertThat(strings(this.page.locator("#map-table tbody tr[data-key='MEMBER']")
			.evaluateAll("rows => rows.map(r => r.dataset.iso3)")))
			.containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
		assertTableEqualsColouring();
		// Drawn, not only configured: the SVG has areas in the member colour.
		assertThat(pathsFilled(member)).isGreaterThanOrEqualTo(6);
		screenshot("map");

		// Georgia, Azerbaijan and Uzbekistan left the Collective Security Treaty in 1999.
		openMap("/map?organisations=CST&date=1999-06-01");
		for (String iso3 : List.of("GEO", "AZE", "UZB", "ARM")) {
			assertThat(areaColour(iso3)).as(iso3 + " in 1999").isEqualTo(member);
		}
		assertTableEqualsColouring();
		openMap("/map?organisations=CST&date=2000-06-01");
		for (String iso3 : List.of("GEO", "AZE", "UZB")) {
			assertThat(areaColour(iso3)).as(iso3 + " in 2000").isNull();
		}
		assertThat(areaColour("ARM")).isEqualTo(member);
		assertTableEqualsColouring();

		// Armenia froze its CSTO participation in 2024: drawn in the frozen colour.
		openMap("/map?organisations=CSTO");
		assertThat(areaColour("ARM")).isEqualTo(vocabularyColour("FROZEN"));

		// Disputed areas: marked, listed, and not coloured as a member when the data
		// names
		// no state for them (China is an SCO member; Taiwan is not coloured with it).
		openMap("/map?organisations=SCO&date=2020-06-01");
		assertThat(areaColour("CHN")).isEqualTo(member);
		assertThat(areaColour("TWN")).isEqualTo("hatched");
		assertTableEqualsColouring();
		Map<?, ?> disputed = (Map<?, ?>) this.page.evaluate(
				"""
						() => {
						  const o = echarts.getInstanceByDom(document.getElementById('world-map')).getOption();
						  return { hatched: o.geo[0].regions.filter((r) => r.itemStyle?.areaColor?.image).map((r) => r.name).sort(),
						           marked: o.series[0].data.map((d) => d.name) };
						}""");
		assertThat(strings(disputed.get("hatched"))).containsExactly("CYN", "TWN", "XKX");
		assertThat(strings(disputed.get("marked"))).containsExactlyInAnyOrder("Crimea", "Abkhazia", "South Ossetia",
				"Transnistria", "Karabakh", "Kosovo", "Taiwan", "Northern Cyprus");
		assertThat(this.page.locator("#map-borders").textContent()).contains("Borders are today's", "Crimea",
				"Abkhazia", "South Ossetia", "Transnistria", "Karabakh", "Kosovo", "Taiwan", "Northern Cyprus");
		assertThat(this.page.locator("#map-legend").textContent()).contains("Disputed area", "Member", "Frozen");
		assertClean();
	}

	@Test
	void theSliderAndPlayMoveTheDayInPlaceAndKeepTheFocus() {
		openMap("/map?organisations=CST&date=1999-06-01");
		this.page.evaluate("() => { window.notReloaded = true; }");
		Locator slider = this.page.locator("#map-year");
		slider.focus();
		this.page.keyboard().press("ArrowRight");
		this.page.waitForFunction("() => document.getElementById('map-day').textContent === '2000-06-01'");
		assertThat(this.page.evaluate("() => window.notReloaded")).as("no page reload").isEqualTo(true);
		assertThat(this.page.evaluate("() => document.activeElement.id")).isEqualTo("map-year");
		assertThat(this.page.url()).endsWith("/map?organisations=CST&date=2000-06-01");
		assertThat(tableStates()).doesNotContain("UZB", "GEO", "AZE").contains("ARM");
		assertThat(areaColour("UZB")).isNull();
		assertTableEqualsColouring();
		assertThat(this.page.locator("#map-csv").getAttribute("href")).contains("date=2000-06-01");
		this.page.keyboard().press("ArrowLeft");
		this.page.waitForFunction("() => document.getElementById('map-day').textContent === '1999-06-01'");
		assertThat(areaColour("UZB")).isEqualTo(vocabularyColour("MEMBER"));
		assertThat(this.page.evaluate("() => document.activeElement.id")).isEqualTo("map-year");

		// Play, from the keyboard: the year advances on its own until paused.
		Locator play = this.page.locator("#map-play");
		play.focus();
		this.page.keyboard().press("Enter");
		assertThat(play.getAttribute("aria-pressed")).isEqualTo("true");
		this.page.waitForFunction("() => document.getElementById('map-day').textContent >= '2001-06-01'");
		this.page.keyboard().press("Enter");
		assertThat(play.textContent()).isEqualTo("Play");
		assertThat(play.getAttribute("aria-pressed")).isEqualTo("false");
		assertThat(this.page.evaluate("() => window.notReloaded")).isEqualTo(true);
		assertThat(day().compareTo("2001-06-01")).isGreaterThanOrEqualTo(0);

		// The zoom buttons work from the keyboard too.
		double before = ((Number) this.page
			.evaluate("() => echarts.getInstanceByDom(document.getElementById('world-map')).getOption().geo[0].zoom"))
			.doubleValue();
		this.page.locator("#map-zoom-in").focus();
		this.page.keyboard().press("Enter");
		double after = ((Number) this.page
			.evaluate("() => echarts.getInstanceByDom(document.getElementById('world-map')).getOption().geo[0].zoom"))
			.doubleValue();
		assertThat(after).isGreaterThan(before);

		// Choosing organisations in the form also updates in place, and the URL keeps the
		// view.
		this.page.locator("input[name='organisations'][value='SCO']").check();
		this.page.waitForFunction("() => location.search.includes('organisations=CST,SCO')");
		this.page.waitForFunction("() => document.querySelector('#map-table thead').textContent.includes('SCO')");
		assertThat(this.page.evaluate("() => window.notReloaded")).isEqualTo(true);
		assertClean();
	}

	@Test
	void hoveringAStateShowsItsRoleSinceWhenAndItsSources() {
		openMap("/map?organisations=CSTO&date=2015-06-01");
		List<?> xy = (List<?>) this.page.evaluate("""
				() => {
				  const el = document.getElementById('world-map');
				  const [x, y] = echarts.getInstanceByDom(el).convertToPixel({ geoIndex: 0 }, [67, 48]);
				  const box = el.getBoundingClientRect();
				  return [box.left + x, box.top + y];
				}""");
		this.page.mouse().move(((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue());
		Locator tip = this.page.locator("#world-map > div:not(:first-child)")
			.filter(new Locator.FilterOptions().setHasText("Kazakhstan"));
		tip.first().waitFor();
		String text = tip.first().textContent();
		assertThat(text).contains("Kazakhstan", "CSTO", "member state", "since 2002-10-07", "Sources");
		String firstSource = this.page.locator("#cited-sources + ol li")
			.first()
			.locator("a, span")
			.first()
			.textContent();
		assertThat(this.page.locator("#map-table tr[data-iso3='KAZ'] sup").count()).isPositive();
		assertThat(text)
			.contains(this.page.locator("#map-table tr[data-iso3='KAZ'] sup a").first().getAttribute("title"));
		assertThat(firstSource).isNotBlank();
		assertClean();
	}

	@Test
	void theCsvEqualsTheTableWithSourcesAndTheImagesAreValid() throws Exception {
		openMap("/map?organisations=CSTO,SCO&date=2015-06-01");
		Download download = this.page.waitForDownload(() -> this.page.locator("#map-csv").click());
		assertThat(download.suggestedFilename()).isEqualTo("csto-sco-map-2015-06-01.csv");
		List<List<String>> csv = CsvText.parse(Files.readString(download.path()));
		assertThat(csv.get(0)).containsExactly("state", "iso3", "shown as", "CSTO role", "CSTO status", "CSTO since",
				"SCO role", "SCO status", "SCO since", "sources");
		List<String> states = tableStates();
		assertThat(csv).hasSize(states.size() + 1);
		for (int i = 0; i < states.size(); i++) {
			List<String> line = csv.get(i + 1);
			Locator row = this.page.locator("#map-table tbody tr").nth(i);
			assertThat(line.get(1)).isEqualTo(states.get(i));
			assertThat(line.get(0)).isEqualTo(row.locator("th a").textContent().strip());
			List<String> cells = row.locator("td").allTextContents();
			for (int o = 0; o < 2; o++) {
				String cell = cells.get(o).strip().replaceAll("\\s+", " ");
				String role = line.get(3 + 3 * o);
				if (role.isEmpty()) {
					assertThat(cell).isEmpty();
				}
				else {
					assertThat(cell).startsWith(role).contains("since " + line.get(5 + 3 * o));
				}
			}
			// Every source the row cites is in its sources column.
			List<String> titles = strings(row.locator("sup a").evaluateAll("as => as.map(a => a.title)"));
			assertThat(titles).as("sources of %s", states.get(i)).isNotEmpty();
			for (String title : titles) {
				assertThat(line.get(9)).as("sources of %s", states.get(i)).contains(title);
			}
		}

		Download png = this.page.waitForDownload(
				() -> this.page.locator("#map-toolbar button", new Page.LocatorOptions().setHasText("PNG")).click());
		assertThat(png.suggestedFilename()).isEqualTo("csto-sco-map-2015-06-01.png");
		byte[] pngBytes = Files.readAllBytes(png.path());
		assertThat(pngBytes).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
		assertThat(pngBytes.length).isGreaterThan(10_000);

		Download svg = this.page.waitForDownload(
				() -> this.page.locator("#map-toolbar button", new Page.LocatorOptions().setHasText("SVG")).click());
		assertThat(svg.suggestedFilename()).isEqualTo("csto-sco-map-2015-06-01.svg");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(Files.readAllBytes(svg.path())));
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
		assertThat(document.getElementsByTagNameNS("*", "path").getLength()).isGreaterThan(150);
		assertThat(new String(Files.readAllBytes(svg.path()), StandardCharsets.UTF_8)).contains("#0072b2");
		assertClean();
	}

	@Test
	void embedPagesCarryTheirCitationsAndALinkBackAndOnlyTheyMayBeFramed() {
		// Four chart pages and two frames: on a busy shared machine one page may take
		// longer than the default 20 s.
		this.page.setDefaultNavigationTimeout(60_000);
		for (String[] embed : new String[][] { { "/embed/map?organisations=CSTO&date=2015-06-01", "#world-map" },
				{ "/embed/troops?organisation=CSTO&year=2020", "#troop-chart" },
				{ "/embed/overlap?date=2024-06-01", "#state-matrix" },
				{ "/embed/timeline?state=UZB", "#timeline-chart" } }) {
			String path = embed[0];
			open(path);
			this.page.waitForFunction("(s) => { const el = document.querySelector(s);"
					+ " const c = el && echarts.getInstanceByDom(el); return c && c.getOption(); }", embed[1]);
			assertThat(shapes(embed[1])).as("drawn: " + path).isPositive();
			assertThat(this.page.locator(".site-nav").count()).as("no site navigation in " + path).isZero();
			assertThat(this.page.locator(".embed-sources li").count()).as("citations of " + path).isPositive();
			assertThat(this.page.locator(".embed-sources a[href^='http']").count()).as("linked sources of " + path)
				.isPositive();
			String back = this.page.locator("a.embed-back").getAttribute("href");
			assertThat(back).as("link back from " + path).isEqualTo(path.replace("/embed", ""));
			assertThat(((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue())
				.isLessThanOrEqualTo(1280);
		}
		open("/embed/map?organisations=CSTO&date=2015-06-01");
		screenshot("embed-map");

		// Which pages another site may frame is decided by the Content-Security-Policy
		// header (SecurityHeadersTests); EmbedFramingBrowserTests frames them from
		// another origin.
		assertClean();
	}

	@Test
	void everyChartPageOffersACopyableEmbedSnippetThatFollowsTheView() {
		this.context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
		openMap("/map?organisations=CSTO&date=2015-06-01");
		this.page.locator("#embed-snippet summary").click();
		String code = this.page.locator(".embed-code").inputValue();
		assertThat(code).startsWith("<iframe src=\"" + url("/embed/map?organisations=CSTO&amp;date=2015-06-01") + "\"")
			.contains("title=\"CSTO on a map, 2015-06-01\"");
		this.page.locator(".embed-copy").click();
		this.page.waitForFunction("() => document.querySelector('.embed-copied').textContent.length > 0");
		assertThat(this.page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(code);
		this.page.locator("#map-year").focus();
		this.page.keyboard().press("ArrowLeft");
		this.page.waitForFunction("() => document.querySelector('.embed-code').value.includes('date=2014-06-01')");
		for (String[] target : new String[][] { { "/troops?organisation=CSTO&year=2020", "/embed/troops?" },
				{ "/overlap?date=2024-06-01", "/embed/overlap?date=2024-06-01" },
				{ "/timeline?state=UZB", "/embed/timeline?" } }) {
			open(target[0]);
			assertThat(this.page.locator(".embed-code").inputValue()).as(target[0])
				.startsWith("<iframe src=\"" + url(target[1]));
		}
		assertClean();
	}

	@Test
	void theMapWorksAtPhoneWidth() {
		this.page.setViewportSize(390, 844);
		openMap("/map?organisations=CSTO,SCO&date=2015-06-01");
		assertThat(((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(390);
		assertThat(areaColour("CHN")).isEqualTo(vocabularyColour("MEMBER"));
		assertThat(shapes("#world-map")).isGreaterThan(150);
		screenshot("map-phone");
		open("/embed/map?organisations=CSTO&date=2015-06-01");
		assertThat(((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(390);
		assertClean();
	}

}
