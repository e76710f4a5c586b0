package org.allianceatlas.browser;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trends page in Chromium: each chart draws the numbers of its table, the CSVs hold
 * the tables, the image exports are images of the charts, and the filters redraw in
 * place.
 */
@AtlasTest
class TrendsBrowserTests extends PageChecks {

	private static final String VIEW = "/trends?organisations=CSTO,SCO&from=2000&to=2025&state=ARM&totals=CSTO";

	/**
	 * The default view draws three organisations over 35 years; on a loaded machine its
	 * first load can take longer than the suite's 20 s.
	 */
	@BeforeEach
	void allowForABusyMachine() {
		this.page.setDefaultTimeout(60_000);
	}

	@Override
	boolean expectedStatus(String url, int status) {
		return url.contains("from=1800") && status == 400;
	}

	/** The text of every cell of a table's body, row by row. */
	@SuppressWarnings("unchecked")
	private List<List<String>> cells(String table) {
		return (List<List<String>>) this.page.evaluate("(t) => [...document.querySelectorAll(t + ' tbody tr')]"
				+ ".map((tr) => [...tr.children].map((c) => c.textContent.trim()))", table);
	}

	private static String digits(String text) {
		return text.replaceAll("[^0-9]", "");
	}

	@Test
	void eachChartDrawsTheNumbersOfItsTable() {
		open(VIEW);
		List<List<String>> members = cells("#members-table");
		assertThat(members).hasSize(2 * 26);
		// per organisation and year, the stacked bars add up to the table's "All roles"
		@SuppressWarnings("unchecked")
		Map<String, Number> stacked = (Map<String, Number>) this.page.evaluate("""
				() => { const o = echarts.getInstanceByDom(document.getElementById('members-chart')).getOption();
				  const years = o.xAxis[0].data; const sums = {};
				  o.series.forEach((s) => s.data.forEach((d, i) => {
				    const k = s.organisation + ' ' + years[i]; sums[k] = (sums[k] || 0) + d.value; }));
				  return sums; }""");
		int columns = members.getFirst().size();
		for (List<String> row : members) {
			Number sum = stacked.get(row.get(0) + " " + row.get(1));
			assertThat((sum != null) ? sum.intValue() : 0).as(row.get(0) + " " + row.get(1))
				.isEqualTo(Integer.parseInt(row.get(columns - 2)));
		}
		assertThat(members).anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly("CSTO", "2013"));
		assertThat(shapes("#members-chart")).isGreaterThan(20);

		// troop lines: one point per table row with an active count, at its year and
		// value
		@SuppressWarnings("unchecked")
		List<String> points = (List<String>) this.page.evaluate("""
				() => echarts.getInstanceByDom(document.getElementById('troops-chart')).getOption().series
				  .flatMap((s) => s.data.map((d) => s.name + '|' + d.value[0] + '|' + d.value[1]))""");
		List<String> rows = new ArrayList<>();
		for (List<String> row : cells("#troops-table")) {
			if (!row.get(3).equals("—")) {
				rows.add(row.get(1) + "|" + row.get(0) + "|" + digits(row.get(3)));
			}
		}
		assertThat(points).containsExactlyInAnyOrderElementsOf(rows).hasSizeGreaterThanOrEqualTo(3);

		// totals: one bar per year, its value the table's, the one-member sums marked
		@SuppressWarnings("unchecked")
		List<Number> bars = (List<Number>) this.page.evaluate("""
				() => echarts.getInstanceByDom(document.getElementById('totals-chart')).getOption().series[0].data
				  .map((d) => d.value)""");
		List<List<String>> totals = cells("#totals-table");
		assertThat(bars).hasSameSizeAs(totals);
		for (int i = 0; i < totals.size(); i++) {
			assertThat(String.valueOf(bars.get(i).longValue())).isEqualTo(digits(totals.get(i).get(1)));
		}
		assertThat(this.page.locator("#totals-table tr.not-total").count()).isEqualTo(2);
		assertThat(this.page.locator("#totals-table").textContent()).contains("Armenia only: not a total");
		screenshot("trends");
		assertClean();
	}

	@Test
	void theCsvFilesHoldTheTablesAndTheirSources() throws Exception {
		open(VIEW);
		List<List<String>> members = cells("#members-table");
		Download download = this.page.waitForDownload(() -> this.page.locator("#members-csv").click());
		assertThat(download.suggestedFilename()).isEqualTo("csto-sco-members-2000-2025.csv");
		List<String> lines = Files.readString(download.path()).lines().toList();
		assertThat(lines.getFirst()).startsWith("organisation,year,counted_on,").endsWith(",members,all_roles,sources");
		assertThat(lines).hasSize(1 + members.size());
		int columns = members.getFirst().size();
		for (int i = 0; i < members.size(); i++) {
			List<String> csv = List.of(lines.get(i + 1).split(",", columns + 1));
			List<String> expected = new ArrayList<>(members.get(i).subList(0, columns - 1));
			expected.add(2, csv.get(2));
			assertThat(csv.subList(0, columns)).as("CSV row " + (i + 1)).isEqualTo(expected);
		}
		assertThat(lines.get(1 + 13)).startsWith("CSTO,2013,2013-12-31,").contains("<http");

		List<List<String>> totals = cells("#totals-table");
		download = this.page.waitForDownload(() -> this.page.locator("#totals-csv").click());
		assertThat(download.suggestedFilename()).isEqualTo("csto-active-troop-totals.csv");
		lines = Files.readString(download.path()).lines().toList();
		assertThat(lines).hasSize(1 + totals.size());
		for (int i = 0; i < totals.size(); i++) {
			assertThat(lines.get(i + 1)).startsWith("CSTO," + totals.get(i).get(0) + ",")
				.contains(",active," + digits(totals.get(i).get(1)) + ",")
				.contains(totals.get(i).get(2));
		}

		int troopRows = cells("#troops-table").size();
		download = this.page.waitForDownload(() -> this.page.locator("#troops-csv").click());
		assertThat(download.suggestedFilename()).isEqualTo("arm-troop-figures.csv");
		lines = Files.readString(download.path()).lines().toList();
		assertThat(lines).hasSize(1 + troopRows);
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Armenia,ARM,2023,").contains(",42900,"));
		assertClean();
	}

	@Test
	void theImageExportsAreImagesOfTheChart() throws Exception {
		open(VIEW);
		Locator toolbar = this.page.locator("#members-panel .toolbar");
		Download png = this.page.waitForDownload(() -> toolbar.locator("button[data-export=png]").click());
		assertThat(png.suggestedFilename()).isEqualTo("csto-sco-members-2000-2025.png");
		byte[] bytes = Files.readAllBytes(png.path());
		assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
		int width = ((bytes[16] & 0xff) << 24) | ((bytes[17] & 0xff) << 16) | ((bytes[18] & 0xff) << 8)
				| (bytes[19] & 0xff);
		int chartWidth = ((Number) this.page.evaluate("() => document.getElementById('members-chart').clientWidth"))
			.intValue();
		assertThat(width).isBetween(2 * chartWidth - 4, 2 * chartWidth + 4);
		assertThat(bytes.length).isGreaterThan(5_000);

		Download svg = this.page.waitForDownload(() -> toolbar.locator("button[data-export=svg]").click());
		assertThat(svg.suggestedFilename()).isEqualTo("csto-sco-members-2000-2025.svg");
		byte[] text = Files.readAllBytes(svg.path());
		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(text));
		assertThat(document.getDocumentElement().getLocalName() != null ? document.getDocumentElement().getLocalName()
				: document.getDocumentElement().getTagName())
			.isEqualTo("svg");
		assertThat(document.getElementsByTagName("path").getLength())
			.isGreaterThanOrEqualTo(shapes("#members-chart") / 2);
		assertClean();
	}

	@Test
	void filtersRedrawInPlaceKeepTheFocusAndTheAddress() {
		open("/trends");
		this.page.evaluate("() => { window.notReloaded = true; }");
		Locator sco = this.page.locator("#trend-form input[name=organisations][value=SCO]");
		sco.focus();
		this.page.keyboard().press("Space");
		this.page.waitForFunction("() => location.search.includes('organisations=CSTO%2CCIS')");
		this.page.waitForFunction("() => !document.querySelector('#members-table tr[data-organisation=SCO]')");
		assertThat(this.page.evaluate("() => window.notReloaded")).isEqualTo(true);
		assertThat(this.page.evaluate("() => document.activeElement.value")).isEqualTo("SCO");
		assertThat(this.page.locator("#members-table tbody tr[data-organisation=CIS]").count()).isEqualTo(35);

		// selectOption changes the value without moving the focus: a keyboard user is on
		// the field first
		this.page.locator("#trend-state").focus();
		this.page.locator("#trend-state").selectOption("BLR");
		this.page.waitForFunction("() => document.getElementById('troops-title').textContent.includes('Belarus')");
		assertThat(this.page.evaluate("() => document.activeElement.id")).isEqualTo("trend-state");
		this.page.locator("#trend-form input[name=measure][value=reserve]").check();
		this.page.waitForFunction("() => document.getElementById('totals-title').textContent.includes('reserve')");
		assertThat(this.page.url()).contains("state=BLR").contains("measure=reserve");
		assertThat(this.page.evaluate("() => window.notReloaded")).isEqualTo(true);
		// the address opens the same view
		String address = this.page.url();
		this.page.navigate(address);
		assertThat(this.page.locator("#troops-title").textContent()).contains("Belarus");
		assertThat(this.page.locator("#trend-form input[name=organisations][value=SCO]").isChecked()).isFalse();
		assertClean();
	}

	@Test
	void worksAtPhoneWidthAndFromTheKeyboard() {
		this.page.setViewportSize(390, 844);
		open("/trends");
		this.page.keyboard().press("Tab");
		assertThat(this.page.locator(":focus").textContent()).isEqualTo("Skip to content");
		assertThat(((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(390);
		screenshot("trends-phone");
		open("/trends?from=1800");
		assertThat(this.page.locator(".message").first().textContent()).contains("between 1991 and 2025");
		assertClean();
	}

}
