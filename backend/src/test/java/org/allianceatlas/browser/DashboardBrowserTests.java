package org.allianceatlas.browser;

import org.allianceatlas.AtlasTest;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page in a real Chromium: loads clean, draws its charts, and the troop CSV matches
 * the seed.
 */
@AtlasTest
class DashboardBrowserTests extends PageChecks {

	@Override
	boolean expectedStatus(String url, int status) {
		return (url.contains("/states/XXX") && status == 404) || (url.contains("year=abc") && status == 400);
	}

	@Test
	void overviewPage() {
		open("/");
		assertThat(this.page.locator("h1").textContent()).contains("Eurasian security alliances");
		assertThat(this.page.locator(".org-card").count()).isEqualTo(4);
		assertThat(this.page.locator(".stats li").count()).isEqualTo(4);
		screenshot("overview");
		assertClean();
	}

	@Test
	void troopPageDrawsStackedBarsAndItsCsvMatchesTheSeed() throws Exception {
		open("/troops");
		int rows = this.page.locator("#troop-table tbody tr").count();
		assertThat(rows).isEqualTo(7);
		// Three stacked series, one bar each per charted row, and the SVG holds at least
		// that many shapes.
		for (int series = 0; series < 3; series++) {
			assertThat(seriesItems("#troop-chart", series)).isEqualTo(rows);
		}
		assertThat(shapes("#troop-chart")).isGreaterThanOrEqualTo(6 * 3 + 1);
		assertThat(this.page.locator(".source-line").textContent()).contains("Military Balance");
		screenshot("troops");

		Download download = this.page.waitForDownload(() -> this.page.locator("#csv-link").click());
		String csv = Files.readString(download.path());
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(1 + rows);
		assertThat(lines)
			.anySatisfy((l) -> assertThat(l).startsWith("Armenia,ARM,2020,primary,70600,210000,4300,284900,"));
		assertThat(lines).anySatisfy((l) -> assertThat(l).startsWith("Armenia,ARM,2020,competing (active),42900,"));
		assertThat(lines)
			.anySatisfy((l) -> assertThat(l).startsWith("Belarus,BLR,2020,primary,85000,580750,110000,775750,"));
		assertThat(lines)
			.anySatisfy((l) -> assertThat(l).startsWith("Kazakhstan,KAZ,2020,primary,108000,132000,30000,270000,"));
		assertThat(lines)
			.anySatisfy((l) -> assertThat(l).startsWith("Kyrgyzstan,KGZ,2020,primary,23000,300500,9500,333000,"));
		assertThat(lines)
			.anySatisfy((l) -> assertThat(l).startsWith("Russia,RUS,2020,primary,1320000,2000000,554000,3874000,"));
		assertThat(lines)
			.anySatisfy((l) -> assertThat(l).startsWith("Tajikistan,TJK,2020,primary,9500,600000,7500,617000,"));

		open("/troops?measure=per1000");
		assertThat(seriesItems("#troop-chart", 0)).isEqualTo(6);
		assertClean();
	}

	@Test
	void overlapPageDrawsTheMatrixSharedMembersAndIntersections() {
		open("/overlap?date=2024-06-01");
		int filled = this.page.locator("#overlap-table td.cell:not(:empty)").count();
		int filledCells = ((Number) this.page.evaluate(
				"() => [...document.querySelectorAll('#overlap-table td.cell')].filter(td => td.textContent.trim()).length"))
			.intValue();
		assertThat(filledCells).isGreaterThan(20);
		assertThat(seriesItems("#state-matrix", 0)).isEqualTo(filledCells);
		assertThat(seriesItems("#org-matrix", 0)).isEqualTo(16);
		assertThat(seriesItems("#upset", 0)).isEqualTo(this.page.locator("#intersection-table tbody tr").count());
		assertThat(shapes("#state-matrix")).isGreaterThanOrEqualTo(filledCells);
		assertThat(filled).isPositive();
		screenshot("overlap");
		// The slider moves the day.
		this.page.locator("#year").fill("2005");
		this.page.locator("#year").dispatchEvent("change");
		this.page.waitForFunction("() => document.body.dataset.overlapDay === '2005-12-31'");
		assertThat(this.page.url()).endsWith("/overlap?date=2005-12-31");
		assertThat(this.page.locator("h1").textContent()).contains("2005-12-31");
		assertClean();
	}

	@Test
	void timelinePageDrawsOneBarPerDatedMembershipAndEventMarkers() {
		open("/timeline?state=UZB");
		// A membership its source gives no date for is listed as undated and never drawn
		// as a bar.
		int undated = this.page.locator("#timeline-table tbody tr:has(.s-UNDATED)").count();
		assertThat(undated).isEqualTo(1);
		int memberships = this.page.locator("#timeline-table tbody tr").count() - undated;
		assertThat(memberships).isGreaterThanOrEqualTo(3);
		assertThat(seriesItems("#timeline-chart", 0)).isEqualTo(memberships);
		assertThat(shapes("#timeline-chart")).isGreaterThanOrEqualTo(memberships);
		screenshot("timeline-uzbekistan");
		open("/timeline");
		assertThat(seriesItems("#timeline-chart", 0)).isEqualTo(this.page.locator("#timeline-table tbody tr").count()
				- this.page.locator("#timeline-table tbody tr:has(.s-UNDATED)").count());
		assertThat(seriesItems("#timeline-chart", 2)).isPositive();
		screenshot("timeline");
		assertClean();
	}

	@Test
	void stateOrganisationAndSourcePages() {
		for (String[] target : new String[][] { { "/states/ARM", "state-armenia" },
				{ "/organisations/CSTO", "organisation-csto" }, { "/sources", "sources" } }) {
			open(target[0]);
			assertThat(this.page.locator("h1").count()).isEqualTo(1);
			screenshot(target[1]);
		}
		open("/states/XXX");
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Not found");
		screenshot("not-found");
		open("/troops?year=abc");
		assertThat(this.page.locator(".message").first().textContent()).contains("is not a year");
		assertClean();
	}

	@Test
	void pagesWorkAtPhoneWidthAndWithTheKeyboard() {
		this.page.setViewportSize(390, 844);
		open("/troops");
		this.page.keyboard().press("Tab");
		Locator focused = this.page.locator(":focus");
		assertThat(focused.textContent()).isEqualTo("Skip to content");
		screenshot("troops-phone");
		assertThat(((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(390);
		for (String path : new String[] { "/", "/overlap", "/timeline", "/explorer", "/states/ARM",
				"/organisations/CSTO" }) {
			open(path);
			assertThat(((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue())
				.as("page width of " + path + " on a phone")
				.isLessThanOrEqualTo(390);
		}
		open("/overlap");
		screenshot("overlap-phone");
		assertClean();
	}

}
