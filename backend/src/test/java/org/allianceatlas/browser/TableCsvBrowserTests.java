package org.allianceatlas.browser;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.allianceatlas.AtlasTest;
import org.allianceatlas.FixedClock;
import org.allianceatlas.web.CsvText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, point 3 over every page: each data table offers its CSV and the CSV holds the
 * table's rows with a {@code sources} column; the organisation page's troop totals and
 * the explorer's relationships in view, the last two tables without one, in detail.
 * <p>
 * The rule is in the markup: a data table names its CSV control in {@code data-csv}; a
 * table that holds no data (layout, a legend) says so with {@code role="presentation"}.
 */
@AtlasTest
class TableCsvBrowserTests extends PageChecks {

	/** Every page a reader reaches, with a view that fills its tables. */
	static final List<String> PAGES = List.of("/", "/states", "/states/ARM", "/organisations", "/organisations/CSTO",
			"/overlap?date=2024-06-01", "/map?organisations=CSTO,SCO&date=2015-06-01",
			"/trends?organisations=CSTO,SCO,CIS&state=ARM&measure=active&totals=CSTO",
			"/troops?organisation=CSTO&year=2020", "/timeline", "/sources", "/explorer?expand=STATE:ARM",
			"/embed/map?organisations=CSTO&date=2015-06-01", "/embed/troops?organisation=CSTO&year=2020",
			"/embed/overlap?date=2024-06-01", "/embed/timeline?state=UZB",
			"/embed/trends?organisations=CSTO&state=ARM&totals=CSTO");

	/**
	 * A name a spreadsheet would read as a formula, with a quote, a comma and a line
	 * break.
	 */
	static final String AWKWARD = "=Tom \"Q\", \nLand";

	static final String SOURCE = "The \"Q\" Gazette, vol. <1>";

	@Autowired
	Driver driver;

	/**
	 * This class opens many pages, each downloading CSVs: more time for a busy machine.
	 */
	@BeforeEach
	void allowMoreTime() {
		this.page.setDefaultTimeout(60_000);
		this.page.setDefaultNavigationTimeout(60_000);
	}

	@AfterEach
	void removeTheAwkwardState() {
		this.driver.executableQuery("""
				MATCH (n) WHERE (n:State AND n.iso3 = 'QQB') OR (n:Membership AND n.key = 'csto-qqb-member-2001')
				   OR (n:Source AND n.key = 'qqb-gazette')
				DETACH DELETE n""").execute();
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyDataTableOnEveryPageDownloadsAsCsvWithItsRowsAndSources() throws Exception {
		List<String> checked = new ArrayList<>();
		for (String path : PAGES) {
			open(path);
			if (path.startsWith("/explorer")) {
				this.page.waitForFunction("() => document.body.dataset.explorerReady > 0");
				this.page.evaluate("() => window.atlasExplorer.ready()");
			}
			List<Map<String, Object>> tables = (List<Map<String, Object>>) this.page
				.evaluate("() => [...document.querySelectorAll('table')].map((t, i) => ({ index: i, id: t.id,"
						+ " presentation: t.getAttribute('role') === 'presentation', csv: t.dataset.csv || null }))");
			System.out.println("Tables on " + path + ": " + tables.size());
			for (Map<String, Object> table : tables) {
				if (Boolean.TRUE.equals(table.get("presentation"))) {
					continue;
				}
				String what = "table #" + table.get("id") + " of " + path;
				assertThat((String) table.get("csv")).as("the CSV control (data-csv) of " + what).isNotBlank();
				Locator control = this.page.locator("#" + table.get("csv"));
				assertThat(control.count()).as("the CSV control of " + what).isEqualTo(1);
				assertThat(control.isVisible()).as("the CSV control of " + what + " is visible").isTrue();
				assertThat((Boolean) control.evaluate("(c) => c.tagName === 'BUTTON' || c.hasAttribute('download')"))
					.as("the CSV control of " + what + " downloads")
					.isTrue();
				Download download = this.page.waitForDownload(control::click);
				assertThat(download.suggestedFilename()).as("file of " + what).endsWith(".csv");
				List<List<String>> csv = CsvText.parse(Files.readString(download.path()));
				List<Map<String, Object>> rows = (List<Map<String, Object>>) this.page.evaluate(
						"(i) => [...document.querySelectorAll('table')[i].tBodies].flatMap((b) => [...b.rows])"
								+ ".map((tr) => ({ cells: [...tr.cells].map((c) => { const v = c.cloneNode(true);"
								+ " v.querySelectorAll('a.suggest').forEach((a) => a.remove());"
								+ " return v.textContent.replace(/\\s+/g, ' ').trim(); }),"
								+ " cites: tr.querySelectorAll('a[href^=\"#cite-\"], a[href*=\"source-\"]').length }))",
						table.get("index"));
				checkRows(what, csv, rows);
				checked.add(path + " #" + table.get("id"));
			}
		}
		System.out.println("Tables checked against their CSV: " + checked);
		// the pages' data tables, the two that had no CSV among them
		assertThat(checked).hasSizeGreaterThanOrEqualTo(17)
			.contains("/organisations/CSTO #troop-totals-table", "/explorer?expand=STATE:ARM #edge-table");
		assertClean();
	}

	/**
	 * The CSV beside its table: a {@code sources} column last, a record for each row in
	 * the same order; the row's first cell is one of the record's values (as shown,
	 * perhaps with a mark after it), each number the row shows is a value of the record,
	 * and a row that cites a document has its sources named.
	 */
	@SuppressWarnings("unchecked")
	private static void checkRows(String what, List<List<String>> csv, List<Map<String, Object>> rows) {
		assertThat(csv).as("CSV of " + what).isNotEmpty();
		assertThat(csv.getFirst()).as("header of the CSV of " + what).last().isEqualTo("sources");
		assertThat(csv.subList(1, csv.size())).as("records of the CSV of " + what + " beside its rows")
			.hasSameSizeAs(rows);
		for (int i = 0; i < rows.size(); i++) {
			List<String> record = csv.get(i + 1).stream().map(TableCsvBrowserTests::shown).toList();
			List<String> cells = (List<String>) rows.get(i).get("cells");
			String row = "row " + (i + 1) + " of " + what + " " + cells + " beside " + record;
			assertThat(record).as(row)
				.anySatisfy((value) -> assertThat(value).isNotEmpty()
					.satisfiesAnyOf((v) -> assertThat(cells.getFirst()).isEqualTo(v),
							(v) -> assertThat(cells.getFirst()).startsWith(v + " ")));
			for (String cell : cells) {
				if (cell.matches("-?[0-9][0-9,]*(\\.[0-9]+)?")) {
					assertThat(record).as("the number " + cell + " of " + row).contains(cell.replace(",", ""));
				}
			}
			if (((Number) rows.get(i).get("cites")).intValue() > 0) {
				assertThat(record.getLast()).as("sources of " + row).isNotBlank();
			}
		}
	}

	/** A CSV value as a table shows it: white space collapsed. */
	private static String shown(String value) {
		return value.replaceAll("\\s+", " ").trim();
	}

	// --- the organisation page's troop totals
	// -----------------------------------------------

	@Test
	@SuppressWarnings("unchecked")
	void theTroopTotalsOfAnOrganisationDownloadAsShownWithTheDocumentsSummed() throws Exception {
		open("/organisations/CSTO");
		List<List<String>> csv = csv("#troop-totals-csv", "csto-troop-totals-" + FixedClock.TODAY + ".csv");
		assertThat(csv.getFirst()).containsExactly("year", "active", "reserve", "paramilitary", "total",
				"members_covered", "approximate", "sources");
		List<List<String>> table = table("#troop-totals-table tbody tr");
		// the documents each row cites, by title, in order
		List<List<String>> cited = (List<List<String>>) this.page
			.evaluate("() => [...document.querySelectorAll('#troop-totals-table tbody tr')]"
					+ ".map((tr) => [...tr.querySelectorAll('a[href^=\"#cite-\"]')].map((a) => a.title))");
		assertThat(csv.subList(1, csv.size())).hasSameSizeAs(table).isNotEmpty();
		for (int i = 0; i < table.size(); i++) {
			List<String> record = csv.get(i + 1);
			List<String> cells = table.get(i);
			assertThat(record.subList(0, 6)).as("row " + cells)
				.isEqualTo(cells.subList(0, 6).stream().map((c) -> c.replace(",", "").replace("—", "")).toList());
			List<String> documents = List.of(record.get(7).split("; "));
			assertThat(cited.get(i)).as("documents cited by " + cells).isNotEmpty();
			assertThat(documents).as("sources of " + cells).hasSameSizeAs(cited.get(i));
			for (int d = 0; d < documents.size(); d++) {
				assertThat(documents.get(d)).startsWith(cited.get(i).get(d));
			}
		}
		// 2020: all six members have a figure (the troop page says the same)
		assertThat(csv).anySatisfy((r) -> assertThat(List.of(r.get(0), r.get(5))).containsExactly("2020", "6"));
		// the first screen, as the README shows it
		firstScreen("organisation-csto");
		assertClean();
	}

	// --- the explorer's relationships in view
	// -----------------------------------------------

	@Test
	@SuppressWarnings("unchecked")
	void theExplorersRelationshipsDownloadAsShownEscapedAndGuarded() throws Exception {
		this.driver.executableQuery("""
				MATCH (o:Organisation {abbreviation: 'CSTO'})
				CREATE (s:State {iso3: 'QQB', iso2: 'QB', name: $name})
				CREATE (s)-[:HOLDS]->(m:Membership {key: 'csto-qqb-member-2001', role: 'MEMBER', from: '2001',
				        validFrom: date('2001-01-01')})-[:IN]->(o)
				CREATE (m)-[:CITES {note: 'p. 1'}]->(:Source {key: 'qqb-gazette', title: $source,
				        url: 'https://example.org/q?a=1,2'})""")
			.withParameters(Map.of("name", AWKWARD, "source", SOURCE))
			.execute();
		open("/explorer?expand=STATE:QQB");
		this.page.waitForFunction("() => document.body.dataset.explorerReady > 0");
		this.page.evaluate("() => window.atlasExplorer.ready()");
		List<List<String>> csv = csv("#edge-csv", "alliance-atlas-explorer-relationships.csv");
		assertThat(csv.getFirst()).containsExactly("from", "relationship", "to", "from_date", "to_date",
				"on_shortest_connection", "source_keys", "sources");
		List<List<String>> table = table("#edge-table tbody tr");
		// each row's source keys, from its links to the sources page
		List<List<String>> keys = (List<List<String>>) this.page
			.evaluate("() => [...document.querySelectorAll('#edge-table tbody tr')].map((tr) =>"
					+ " [...tr.querySelectorAll('a[href^=\"/sources#source-\"]')]"
					+ ".map((a) => decodeURIComponent(a.getAttribute('href').slice('/sources#source-'.length))))");
		assertThat(csv.subList(1, csv.size())).hasSameSizeAs(table).isNotEmpty();
		for (int i = 0; i < table.size(); i++) {
			List<String> record = csv.get(i + 1);
			List<String> cells = table.get(i);
			// a value the table shows starting with '=' is written with a quote before it
			List<String> values = record.subList(0, 3).stream().map((v) -> shown(v.replaceFirst("^'=", "="))).toList();
			assertThat(values).as("row " + cells).isEqualTo(cells.subList(0, 3));
			assertThat((record.get(3) + " – " + record.get(4)).strip()).isEqualTo(cells.get(3));
			assertThat(record.get(6).isEmpty() ? List.of() : List.of(record.get(6).split("; "))).as("keys of " + cells)
				.isEqualTo(keys.get(i));
			assertThat(record.get(7).isEmpty() ? "—" : record.get(7).replaceAll(" <https?://[^>]*>", ""))
				.as("sources of " + cells)
				.isEqualTo(cells.get(4));
		}
		// the stored name and title, exactly, the formula guarded
		assertThat(csv).anySatisfy((r) -> {
			assertThat(r.get(0)).isEqualTo("'" + AWKWARD);
			assertThat(r.get(1)).startsWith("member of");
			assertThat(r.get(3)).isEqualTo("2001");
			assertThat(r.get(6)).isEqualTo("qqb-gazette");
			assertThat(r.get(7)).isEqualTo(SOURCE + " <https://example.org/q?a=1,2>");
		});

		// the CSV follows the view: without memberships, their rows are gone
		int shown = table.size();
		this.page.locator("#kinds input[value=MEMBER_OF]").uncheck();
		this.page.evaluate("() => window.atlasExplorer.ready()");
		List<List<String>> fewer = csv("#edge-csv", "alliance-atlas-explorer-relationships.csv");
		assertThat(fewer.subList(1, fewer.size())).hasSameSizeAs(table("#edge-table tbody tr")).hasSizeLessThan(shown);
		assertThat(fewer).noneSatisfy((r) -> assertThat(r.get(0)).isEqualTo("'" + AWKWARD));

		// a day in the view is in the file's name
		open("/explorer?expand=STATE:QQB&asOf=2010-01-01");
		this.page.waitForFunction("() => document.body.dataset.explorerReady > 0");
		this.page.evaluate("() => window.atlasExplorer.ready()");
		assertThat(csv("#edge-csv", "alliance-atlas-explorer-relationships-2010-01-01.csv")).hasSizeGreaterThan(1);
		assertClean();
	}

}
