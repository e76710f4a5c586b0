package org.allianceatlas.browser;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilderFactory;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.allianceatlas.AtlasTest;
import org.allianceatlas.FixedClock;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, points 3 and 5 in a real Chromium: every chart saves as a PNG and an SVG of
 * itself, every CSV holds what its table shows, the overlap page updates in place, the
 * explorer finds connection ends by name, the index pages filter, the timeline table
 * fits.
 */
@AtlasTest
class ExportsAndInteractionBrowserTests extends PageChecks {

	@Override
	boolean expectedStatus(String url, int status) {
		return status == 400 && (url.contains("NOPE") || url.contains("Atlantis"));
	}

	// --- chart images
	// ---------------------------------------------------------------------

	@Test
	void everyChartSavesAsAPngAndAnSvgOfItself() throws Exception {
		checkChartImages("/troops?organisation=CSTO&year=2020", "#troop-chart", "troops-csto-2020");
		checkChartImages("/troops?organisation=CSTO&year=2020&measure=per1000", "#troop-chart",
				"troops-csto-2020-per-1000");
		checkChartImages("/overlap?date=2024-06-01", "#state-matrix", "csto-sco-cis-guam-members-2024-06-01");
		checkChartImages("/overlap?date=2024-06-01", "#org-matrix", "csto-sco-cis-guam-shared-members-2024-06-01");
		checkChartImages("/overlap?date=2024-06-01", "#upset", "csto-sco-cis-guam-intersections-2024-06-01");
		checkChartImages("/timeline?organisation=CSTO&state=UZB", "#timeline-chart", "timeline-csto-uzb");
		checkChartImages("/timeline", "#timeline-chart", "timeline");
		assertClean();
	}

	private void checkChartImages(String path, String chart, String baseName) throws Exception {
		open(path);
		Locator tools = this.page.locator(chart + "-tools");
		int width = ((Number) this.page.evaluate("(s) => document.querySelector(s).clientWidth", chart)).intValue();
		int height = ((Number) this.page.evaluate("(s) => document.querySelector(s).clientHeight", chart)).intValue();

		Download png = this.page.waitForDownload(() -> tools.locator("button[data-export=png]").click());
		assertThat(png.suggestedFilename()).isEqualTo(baseName + ".png");
		byte[] image = Files.readAllBytes(png.path());
		assertThat(image).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
		ByteBuffer header = ByteBuffer.wrap(image, 16, 8);
		assertThat(header.getInt()).as("PNG width of " + chart).isEqualTo(2 * width);
		assertThat(header.getInt()).as("PNG height of " + chart).isEqualTo(2 * height);
		// not a blank canvas: a chart compresses far worse than one colour
		assertThat(image.length).isGreaterThan(5_000);

		Download svg = this.page.waitForDownload(() -> tools.locator("button[data-export=svg]").click());
		assertThat(svg.suggestedFilename()).isEqualTo(baseName + ".svg");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(Files.readAllBytes(svg.path())));
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
		int drawn = document.getElementsByTagNameNS("*", "path").getLength()
				+ document.getElementsByTagNameNS("*", "rect").getLength();
		// the saved image holds the shapes the page shows
		assertThat(drawn).as("shapes in the SVG of " + chart).isEqualTo(shapes(chart)).isPositive();
	}

	// --- CSV equals the table
	// ------------------------------------------------------------

	@Test
	void everyCsvHoldsWhatItsTableShows() throws Exception {
		open("/troops?organisation=CSTO&year=2020");
		List<List<String>> troops = csv("#csv-link", "troops-csto-2020.csv");
		List<List<String>> troopTable = table("#troop-table tbody tr");
		assertThat(troops.get(0)).endsWith("sources");
		assertThat(troops.subList(1, troops.size())).hasSameSizeAs(troopTable);
		for (int i = 0; i < troopTable.size(); i++) {
			List<String> row = troops.get(i + 1);
			List<String> cells = troopTable.get(i);
			assertThat(cells.get(0)).startsWith(row.get(0));
			assertThat(List.of(row.get(4), row.get(5), row.get(6), row.get(7)))
				.isEqualTo(cells.subList(1, 5).stream().map((c) -> c.replace(",", "").replace("—", "")).toList());
			assertThat(row.get(9)).isNotBlank();
		}

		open("/overlap?date=2024-06-01&organisations=CSTO,SCO");
		List<List<String>> overlap = csv("#overlap-csv", "csto-sco-members-2024-06-01.csv");
		assertThat(overlap.get(0)).containsExactly("state", "iso3", "CSTO", "SCO", "sources");
		List<List<String>> overlapTable = table("#overlap-table tbody tr");
		assertThat(overlap.subList(1, overlap.size())).hasSameSizeAs(overlapTable);
		for (int i = 0; i < overlapTable.size(); i++) {
			List<String> row = overlap.get(i + 1);
			assertThat(List.of(row.get(0), row.get(2), row.get(3))).isEqualTo(overlapTable.get(i));
			assertThat(row.get(4)).as("sources of " + row.get(0)).isNotBlank();
		}

		open("/timeline?organisation=CSTO&state=UZB");
		List<List<String>> timeline = csv("#timeline-csv", "timeline-csto-uzb.csv");
		List<List<String>> timelineTable = table("#timeline-table tbody tr");
		assertThat(timeline.get(0)).containsExactly("state", "iso3", "organisation", "role", "from", "to",
				"status_periods", "sources");
		assertThat(timeline.subList(1, timeline.size())).hasSameSizeAs(timelineTable).hasSizeGreaterThanOrEqualTo(2);
		for (int i = 0; i < timelineTable.size(); i++) {
			List<String> row = timeline.get(i + 1);
			assertThat(List.of(row.get(0), row.get(2), row.get(3), row.get(4), row.get(5)))
				.isEqualTo(timelineTable.get(i).subList(0, 5));
			assertThat(row.get(7)).isNotBlank();
		}

		open("/states?organisation=CSTO&role=MEMBER&asOf=2024-06-01");
		List<List<String>> states = csv("#states-csv", "states-csto-member-2024-06-01.csv");
		List<List<String>> statesTable = table("#states-table tbody tr");
		assertThat(statesTable).hasSize(6);
		assertThat(states.subList(1, states.size()).stream().map((r) -> List.of(r.get(0), r.get(1))).toList())
			.isEqualTo(statesTable.stream().map((r) -> r.subList(0, 2)).toList());

		open("/organisations?kind=military%20alliance");
		List<List<String>> organisations = csv("#organisations-csv", "organisations-military-alliance.csv");
		List<List<String>> organisationsTable = table("#organisations-table tbody tr");
		assertThat(organisations.subList(1, organisations.size()).stream().map((r) -> r.subList(0, 7)).toList())
			.isEqualTo(organisationsTable);
		assertClean();
	}

	@Test
	void theOverlapProfileAndOrganisationTablesDownloadAsWhatTheyShow() throws Exception {
		open("/overlap?date=2024-06-01&organisations=CSTO,SCO");
		List<List<String>> shared = csv("#shared-csv", "csto-sco-shared-members-2024-06-01.csv");
		assertThat(shared.getFirst()).containsExactly("organisations", "shared_members", "states", "sources");
		assertThat(shared.subList(1, shared.size()).stream().map((r) -> r.subList(0, 3)).toList())
			.isEqualTo(table("#shared-table tbody tr"))
			.hasSize(3);
		assertThat(shared.subList(1, shared.size())).allSatisfy((r) -> assertThat(r.get(3)).isNotBlank());
		List<List<String>> intersections = csv("#intersections-csv", "csto-sco-intersections-2024-06-01.csv");
		assertThat(intersections.subList(1, intersections.size()).stream().map((r) -> r.subList(0, 3)).toList())
			.isEqualTo(table("#intersection-table tbody tr"))
			.isNotEmpty();
		// the links follow the day when it changes in place
		this.page.locator("#year").focus();
		this.page.keyboard().press("ArrowLeft");
		this.page.waitForFunction(
				"() => document.body.dataset.overlapDay === '2023-12-31' && !document.body.dataset.updating");
		assertThat(this.page.locator("#shared-csv").getAttribute("href")).contains("date=2023-12-31");
		assertThat(this.page.locator("#intersections-csv").getAttribute("href")).contains("date=2023-12-31");

		String today = FixedClock.TODAY.toString();
		open("/states/ARM");
		// first cell: the organisation, its name and the body holding the membership
		checkMemberships("armenia-memberships-" + today + ".csv",
				(row) -> row.get(0) + " " + row.get(1) + (row.get(2).isEmpty() ? "" : " — through " + row.get(2)));
		eachRow(csv("#troop-figures-csv", "armenia-troop-figures-" + today + ".csv"), table("#state-troops tbody tr"),
				(row, cells) -> {
					assertThat(cells.get(0)).isEqualTo(row.get(0) + ("true".equals(row.get(1)) ? " ≈" : ""));
					assertThat(row.subList(2, 6)).isEqualTo(
							cells.subList(1, 5).stream().map((c) -> c.replace(",", "").replace("—", "")).toList());
					assertThat(row.get(8)).isNotBlank();
				});
		checkEvents("armenia-events-" + today + ".csv");

		open("/organisations/CSTO");
		// first cell: the state and the body holding the membership
		checkMemberships("csto-memberships-" + today + ".csv",
				(row) -> row.get(0) + (row.get(2).isEmpty() ? "" : " — " + row.get(2)));
		eachRow(csv("#office-holders-csv", "csto-office-holders-" + today + ".csv"),
				table("#office-holders-table tbody tr"), (row, cells) -> {
					assertThat(cells.get(0)).isEqualTo(row.get(0));
					assertThat(cells.get(1))
						.isEqualTo(row.get(1) + (row.get(2).isEmpty() ? "" : " (" + row.get(2) + ")"));
					assertThat(List.of(cells.get(2), cells.get(3))).isEqualTo(List.of(row.get(3), row.get(4)));
					assertThat(row.get(5)).isNotBlank();
				});
		checkEvents("csto-events-" + today + ".csv");
		assertClean();
	}

	/**
	 * The memberships table of a state or organisation page and its CSV, row by row: the
	 * first cell as firstCell writes it from the CSV row, then role and status, from and
	 * to, and sources for each.
	 */
	private void checkMemberships(String name, Function<List<String>, String> firstCell) throws Exception {
		eachRow(csv("#memberships-csv", name), table("#membership-table tbody tr"), (row, cells) -> {
			assertThat(cells.get(0)).isEqualTo(firstCell.apply(row));
			assertThat(List.of(cells.get(1), cells.get(2), cells.get(3)))
				.isEqualTo(List.of((row.get(3) + " " + row.get(4)).strip(), row.get(5), row.get(6)));
			assertThat(row.get(10)).as("sources of " + row.get(0)).isNotBlank();
		});
	}

	/**
	 * The rows of a CSV after its header beside the rows of its table: as many, none
	 * missing, each pair checked.
	 */
	private static void eachRow(List<List<String>> csv, List<List<String>> table,
			BiConsumer<List<String>, List<String>> check) {
		assertThat(csv.subList(1, csv.size())).hasSameSizeAs(table).isNotEmpty();
		for (int i = 0; i < table.size(); i++) {
			check.accept(csv.get(i + 1), table.get(i));
		}
	}

	/** The events list of a state or organisation page and its CSV, event by event. */
	@SuppressWarnings("unchecked")
	private void checkEvents(String name) throws Exception {
		List<List<String>> events = csv("#events-csv", name);
		List<String> items = (List<String>) this.page.evaluate("() => [...document.querySelectorAll('ul.events > li')]"
				+ ".map((li) => li.textContent.replace(/\\s+/g, ' ').trim())");
		assertThat(events.subList(1, events.size())).hasSameSizeAs(items).isNotEmpty();
		for (int i = 0; i < items.size(); i++) {
			List<String> row = events.get(i + 1);
			assertThat(items.get(i)).startsWith(row.get(0) + " — " + row.get(1));
			assertThat(row.get(5)).isNotBlank();
		}
	}

	// --- overlap in place --------------------------------------------------------------

	@Test
	void theOverlapSliderUpdatesInPlaceAndKeepsFocus() {
		open("/overlap?date=2024-06-01");
		this.page.evaluate("() => { window.stillTheSamePage = 'yes'; }");
		this.page.locator("#year").focus();
		long started = System.nanoTime();
		this.page.keyboard().press("ArrowLeft");
		this.page.waitForFunction("() => document.body.dataset.overlapDay === '2023-12-31'");
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("Overlap slider step in place: " + millis + " ms");
		assertThat(this.page.evaluate("() => window.stillTheSamePage")).isEqualTo("yes");
		assertThat(this.page.evaluate("() => document.activeElement.id")).isEqualTo("year");
		assertThat(this.page.url()).contains("date=2023-12-31");
		assertThat(this.page.locator("h1").textContent()).contains("2023-12-31");
		int filledCells = ((Number) this.page.evaluate(
				"() => [...document.querySelectorAll('#overlap-table td.cell')].filter(td => td.textContent.trim()).length"))
			.intValue();
		assertThat(seriesItems("#state-matrix", 0)).isEqualTo(filledCells);
		// further back, with the keyboard only: Georgia was still in the CIS in 2005
		for (int i = 0; i < 18; i++) {
			this.page.keyboard().press("ArrowLeft");
		}
		this.page.waitForFunction(
				"() => document.body.dataset.overlapDay === '2005-12-31' && !document.body.dataset.updating");
		assertThat(this.page.evaluate("() => window.stillTheSamePage")).isEqualTo("yes");
		assertThat(this.page.evaluate("() => document.activeElement.id")).isEqualTo("year");
		assertThat(this.page.locator("#overlap-table tbody th").allTextContents()).contains("Georgia");
		assertThat(this.page.locator("#overlap-csv").getAttribute("href")).contains("date=2005-12-31");
		assertClean();
	}

	@Test
	void theOverlapPageTakesAnyOrganisationsAndNamesUnknownOnes() {
		open("/overlap?organisations=CSTO,EAEU&date=2024-06-01");
		assertThat(this.page.locator("#overlap-table thead th").allTextContents()).containsExactly("State", "CSTO",
				"EAEU");
		assertThat(seriesItems("#org-matrix", 0)).isEqualTo(4);
		assertThat(this.page.locator("#overlap-organisations").textContent()).isEqualTo("CSTO, EAEU");
		assertThat(this.page.locator(".message").count()).isZero();
		// changing them in place
		this.page.locator("#organisations").fill("CSTO,SCO,NOPE");
		this.page.locator("#organisations").press("Enter");
		this.page.waitForFunction("() => document.querySelector('#overlap-organisations').textContent === 'CSTO, SCO'");
		assertThat(this.page.locator(".message").textContent()).contains("no organisation “NOPE”");
		assertThat(this.page.url()).contains("organisations=CSTO%2CSCO%2CNOPE");
		assertThat(this.page.locator("#overlap-table thead th").allTextContents()).containsExactly("State", "CSTO",
				"SCO");
		open("/overlap?organisations=NOPE");
		assertThat(this.page.locator(".message").textContent()).contains("no organisation “NOPE”",
				"CSTO, SCO, CIS, GUAM");
		assertClean();
	}

	// --- explorer ----------------------------------------------------------------------

	@Test
	void theConnectionSearchFindsAnyNodeByName() {
		open("/explorer?expand=STATE:ARM");
		this.page.waitForFunction("() => document.body.dataset.explorerReady > 0");
		this.page.evaluate("() => window.atlasExplorer.ready()");
		assertThat(((Number) this.page
			.evaluate("() => window.atlasExplorer.cy.nodes().filter((n) => n.data('key') === 'CHN').length"))
			.intValue()).as("China is not on screen before the search").isZero();
		this.page.locator("#path-from").fill("Armenia");
		this.page.locator("#path-to").fill("China");
		this.page.locator("#path-to").press("Enter");
		this.page.waitForFunction("() => /step/.test(document.getElementById('path-result').textContent)");
		this.page.evaluate("() => window.atlasExplorer.ready()");
		String result = this.page.locator("#path-result").textContent();
		assertThat(result).contains("Armenia →").endsWith("China");
		assertThat(this.page.url()).contains("from=ARM", "to=CHN");
		assertThat(((Number) this.page.evaluate("() => window.atlasExplorer.cy.edges('.path').length")).intValue())
			.isPositive();

		this.page.locator("#path-to").fill("Atlantis");
		this.page.locator("#path-go").click();
		this.page.waitForFunction("() => /unknown/.test(document.getElementById('path-result').textContent)");
		assertThat(this.page.locator("#path-result").textContent()).contains("“Atlantis” is unknown")
			.doesNotContain("No connection");
		assertClean();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theExplorerSavesAnSvgOfTheNetworkAsShown() throws Exception {
		open("/explorer?expand=STATE:ARM");
		this.page.waitForFunction("() => document.body.dataset.explorerReady > 0");
		this.page.evaluate("() => window.atlasExplorer.ready()");
		// a label with markup characters, which the SVG must hold as text
		String awkward = "Tom & \"Jerry\" <b>";
		// a block body: the node cy.add returns would otherwise be serialised back, with
		// the whole graph it belongs to
		this.page.evaluate("(label) => { window.atlasExplorer.cy.add({ group: 'nodes', position: { x: 0, y: 0 },"
				+ " data: { id: 'TEST:awkward', kind: 'STATE', key: 'awkward', label, color: '#0072b2', shape: 'ellipse' } }); }",
				awkward);
		Map<String, Object> view = (Map<String, Object>) this.page
			.evaluate("() => { const v = window.atlasExplorer.cy.elements().filter((e) => e.visible());"
					+ " return { nodes: v.nodes().length, edges: v.edges().length, labels: v.nodes().map((n) => n.data('label')) }; }");
		int nodes = ((Number) view.get("nodes")).intValue();
		int edges = ((Number) view.get("edges")).intValue();
		assertThat(nodes).isGreaterThan(3);
		assertThat(edges).isPositive();

		Download download = this.page.waitForDownload(() -> this.page.locator("#export-svg").click());
		assertThat(download.suggestedFilename()).isEqualTo("alliance-atlas-explorer.svg");
		byte[] bytes = Files.readAllBytes(download.path());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		// Cytoscape's drawing, replayed: a node is one path filled with its colour and
		// outlined by its border, a line one path stroked and not filled (its arrow head
		// is filled, not stroked)
		NodeList paths = document.getElementsByTagNameNS("*", "path");
		int nodeShapes = 0;
		int lines = 0;
		for (int i = 0; i < paths.getLength(); i++) {
			Element path = (Element) paths.item(i);
			boolean filled = !path.getAttribute("fill").isEmpty() && !"none".equals(path.getAttribute("fill"));
			boolean stroked = !path.getAttribute("stroke").isEmpty() && !"none".equals(path.getAttribute("stroke"));
			nodeShapes += (filled && stroked) ? 1 : 0;
			lines += (!filled && stroked) ? 1 : 0;
		}
		assertThat(nodeShapes).as("node shapes in the SVG").isEqualTo(nodes);
		assertThat(lines).as("lines in the SVG").isEqualTo(edges);
		// every label, wrapped over lines as on screen (each line is drawn twice: its
		// white outline, then the text)
		NodeList texts = document.getElementsByTagNameNS("*", "text");
		StringBuilder drawn = new StringBuilder();
		String previous = null;
		for (int i = 0; i < texts.getLength(); i++) {
			String text = texts.item(i).getTextContent();
			if (!text.equals(previous)) {
				drawn.append(text);
			}
			previous = text;
		}
		assertThat(drawn.toString()).contains((List<String>) view.get("labels")).contains(awkward);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Tom &amp; ").doesNotContain("<b>");
		assertClean();
	}

	// --- index pages
	// ---------------------------------------------------------------------

	@Test
	void theIndexPagesFilterInPlace() {
		open("/states");
		int all = this.page.locator("#states-table tbody tr").count();
		assertThat(all).isGreaterThan(20);
		this.page.evaluate("() => { window.stillTheSamePage = 'yes'; }");
		this.page.locator("#states-organisation").selectOption("CSTO");
		this.page.waitForFunction("() => document.location.search.includes('organisation=CSTO')");
		this.page.locator("#states-as-of").fill("2024-06-01");
		this.page.waitForFunction(
				"() => document.location.search.includes('asOf=2024-06-01') && !document.body.dataset.updating");
		int inCsto = this.page.locator("#states-table tbody tr").count();
		assertThat(inCsto).isLessThan(all);
		assertThat(this.page.locator("#states-table tbody th").allTextContents()).contains("Armenia", "Russia")
			.doesNotContain("Georgia");
		this.page.locator("#states-role").selectOption("MEMBER");
		this.page.waitForFunction(
				"() => document.location.search.includes('role=MEMBER') && !document.body.dataset.updating");
		// the six full members of the CSTO on that day (Armenia's frozen membership
		// included)
		assertThat(this.page.locator("#states-table tbody tr").count()).isEqualTo(6).isLessThanOrEqualTo(inCsto);
		this.page.locator("#states-role").selectOption("");
		this.page
			.waitForFunction("() => !document.location.search.includes('role=') && !document.body.dataset.updating");
		// typing a name, from the keyboard; focus stays in the field
		this.page.locator("#states-name").focus();
		this.page.keyboard().type("arm");
		this.page
			.waitForFunction("() => document.location.search.includes('name=arm') && !document.body.dataset.updating");
		assertThat(this.page.locator("#states-table tbody th").allTextContents()).containsExactly("Armenia");
		assertThat(this.page.evaluate("() => document.activeElement.id")).isEqualTo("states-name");
		assertThat(this.page.evaluate("() => window.stillTheSamePage")).isEqualTo("yes");
		screenshot("states");

		open("/organisations");
		int organisations = this.page.locator("#organisations-table tbody tr").count();
		this.page.locator("#organisations-kind").selectOption("military alliance");
		this.page.waitForFunction(
				"() => document.location.search.includes('kind=military') && !document.body.dataset.updating");
		List<String> kinds = this.page.locator("#organisations-table tbody td:nth-child(3)").allTextContents();
		assertThat(kinds).isNotEmpty().hasSizeLessThan(organisations).containsOnly("military alliance");
		screenshot("organisations");
		// the nav links both
		assertThat(this.page.locator(".site-nav a[href='/states']").count()).isEqualTo(1);
		assertThat(this.page.locator(".site-nav a[href='/organisations']").getAttribute("aria-current"))
			.isEqualTo("page");
		assertClean();
	}

	// --- layout fixes
	// ----------------------------------------------------------------------

	@Test
	void theTimelineTableFitsItsBoxAt1280AndOnAPhone() {
		open("/timeline");
		checkTimelineColumnsVisible();
		screenshot("timeline");
		this.page.setViewportSize(390, 844);
		open("/timeline");
		assertThat(((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(390);
		for (String path : new String[] { "/states", "/organisations", "/overlap?organisations=CSTO,EAEU" }) {
			open(path);
			assertThat(((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue())
				.as("page width of " + path + " on a phone")
				.isLessThanOrEqualTo(390);
		}
		assertClean();
	}

	@SuppressWarnings("unchecked")
	private void checkTimelineColumnsVisible() {
		Map<String, Object> box = (Map<String, Object>) this.page
			.evaluate("() => { const w = document.getElementById('timeline-table-wrap');"
					+ " const r = w.getBoundingClientRect(); return { right: r.right, scroll: w.scrollWidth, client: w.clientWidth,"
					+ " headers: [...document.querySelectorAll('#timeline-table thead th')].map((th) => [th.textContent, th.getBoundingClientRect().right]) }; }");
		double right = ((Number) box.get("right")).doubleValue();
		assertThat(right).isLessThanOrEqualTo(1280);
		assertThat(((Number) box.get("scroll")).intValue()).as("the table needs no scrolling at 1280 px")
			.isLessThanOrEqualTo(((Number) box.get("client")).intValue());
		for (List<Object> header : (List<List<Object>>) box.get("headers")) {
			assertThat(((Number) header.get(1)).doubleValue()).as("right edge of " + header.get(0))
				.isLessThanOrEqualTo(right + 0.5);
		}
		assertThat(((List<?>) box.get("headers")).size()).isEqualTo(6);
	}

	@Test
	void thePerThousandViewNamesItsPopulationAndTotalsSayWhatTheyCover() {
		open("/troops?organisation=CSTO&year=2020");
		assertThat(this.page.locator("#troop-coverage").textContent())
			.isEqualTo("6 of 6 members have a figure for 2020; the totals cover all of them.");
		assertThat(this.page.locator("#troop-table tfoot th").textContent()).contains("6 of 6 members");
		open("/troops?organisation=CSTO&year=2020&measure=per1000");
		assertThat(this.page.locator("#per-thousand-basis").textContent()).contains("holds no population figures");
		int rows = this.page.locator("#troop-table tbody tr").count();
		assertThat(this.page.locator("#troop-table tbody td.population").allTextContents()).hasSize(rows)
			.containsOnly("the source's own estimate (not held in the atlas)");
		assertClean();
	}

}
