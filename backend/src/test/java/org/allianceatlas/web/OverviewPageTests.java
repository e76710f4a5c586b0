package org.allianceatlas.web;

import org.allianceatlas.AtlasTest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@AtlasTest
class OverviewPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	@SuppressWarnings("unchecked")
	void overviewCountsTheAtlasAndListsTheFourOrganisationsWithTheirCurrentMembers() throws Exception {
		MvcResult result = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("overview"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Skip to content")))
			.andReturn();
		Map<String, Object> model = result.getModelAndView().getModel();
		Map<String, Object> counts = (Map<String, Object>) model.get("counts");
		assertThat(((Number) counts.get("states")).intValue()).isGreaterThanOrEqualTo(20);
		assertThat(((Number) counts.get("organisations")).intValue()).isGreaterThanOrEqualTo(5);
		assertThat(((Number) counts.get("memberships")).intValue()).isGreaterThanOrEqualTo(50);
		assertThat(((Number) counts.get("sources")).intValue()).isGreaterThanOrEqualTo(10);

		List<Map<String, Object>> cards = (List<Map<String, Object>>) model.get("cards");
		assertThat(cards).extracting((c) -> c.get("abbreviation")).containsExactly("CSTO", "SCO", "CIS", "GUAM");
		Map<String, List<Map<String, Object>>> csto = (Map<String, List<Map<String, Object>>>) cards.get(0).get("byRole");
		assertThat(csto.get("MEMBER")).extracting((m) -> Maps.str(m, "state", "iso3"))
			.containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
		assertThat(csto.get("MEMBER")).filteredOn((m) -> "ARM".equals(Maps.str(m, "state", "iso3")))
			.extracting((m) -> m.get("status"))
			.containsExactly("FROZEN");

		List<Map<String, Object>> events = (List<Map<String, Object>>) model.get("events");
		assertThat(events).isNotEmpty().hasSizeLessThanOrEqualTo(8);
		String newest = (String) events.get(0).get("date");
		assertThat(events).allSatisfy((e) -> assertThat((String) e.get("date")).isLessThanOrEqualTo(newest));
	}

	@Test
	void sourcesPageListsEverySourceWithWhatItSupports() throws Exception {
		MvcResult result = this.mvc.perform(get("/sources"))
			.andExpect(status().isOk())
			.andExpect(view().name("sources"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> sources = (List<Map<String, Object>>) result.getModelAndView().getModel().get("sources");
		assertThat(sources).hasSizeGreaterThanOrEqualTo(10);
		assertThat(sources).allSatisfy((s) -> assertThat(s.get("title")).isNotNull());
		assertThat(sources).anySatisfy((s) -> assertThat(Maps.list(s, "supports")).isNotEmpty());
		assertThat(result.getResponse().getContentAsString()).contains("id=\"source-wikipedia-csto\"");
	}

}
