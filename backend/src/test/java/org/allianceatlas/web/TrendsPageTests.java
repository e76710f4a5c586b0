package org.allianceatlas.web;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The trends page and its CSV files over the seeded graph. */
@AtlasTest
class TrendsPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePageStatesItsCountingRuleAndChartsEachPartFromItsData() throws Exception {
		String html = this.mvc.perform(get("/trends").param("organisations", "CSTO,CIS"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("holds on 31 December")
			.contains("data-trend=\"members\"")
			.contains("data-trend=\"troops\"")
			.contains("data-trend=\"totals\"")
			.contains("id=\"members-table\"")
			.doesNotContainIgnoringCase("seed");
	}

	@Test
	void theMembersCsvCountsEachRoleAndStatusWithItsSources() throws Exception {
		String csv = this.mvc
			.perform(
					get("/trends/members.csv").param("organisations", "CSTO").param("from", "2024").param("to", "2024"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("csto-members-2024-2024.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().toList()).hasSize(2);
		assertThat(csv.lines().toList().getFirst()).startsWith("organisation,year,counted_on,Member,Member (frozen),")
			.endsWith("members,all_roles,sources");
		assertThat(csv.lines().toList().get(1)).startsWith("CSTO,2024,2024-12-31,5,1,").contains("<http");
	}

	@Test
	void oneTrendChartIsEmbeddableWithItsCitationsAndALinkBack() throws Exception {
		String html = this.mvc
			.perform(
					get("/embed/trends").param("chart", "members").param("organisations", "CSTO").param("from", "2020"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors *")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-trend=\"members\"")
			.doesNotContain("data-trend=\"totals\"")
			.doesNotContain("site-nav")
			.contains("class=\"embed-sources\"")
			.contains("class=\"embed-back\" href=\"/trends");
		assertThat(html.substring(html.indexOf("class=\"embed-sources\""))).contains("<li");
		// the full page offers the snippet for its view
		assertThat(this.mvc.perform(get("/trends").param("organisations", "CSTO"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/embed/trends?organisations=CSTO");
	}

	@Test
	void badParametersAreNamedAndFallBack() throws Exception {
		this.mvc.perform(get("/trends").param("from", "1800"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("between 1991 and 2025, not 1800")));
		this.mvc.perform(get("/trends").param("organisations", "NOPE,CSTO"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("no organisation “NOPE”")));
		this.mvc.perform(get("/trends").param("measure", "<b>x</b>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("&lt;b&gt;x&lt;/b&gt;")));
		this.mvc.perform(get("/trends/totals.csv").param("measure", "weird")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/trends/troops.csv").param("state", "XXX")).andExpect(status().isNotFound());
	}

}
