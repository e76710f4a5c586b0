package org.allianceatlas.web;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.event.EventEntry;
import org.allianceatlas.source.SourceService;
import org.allianceatlas.summary.Counts;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
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
			.andExpect(content().string(Matchers.containsString("Skip to content")))
			.andReturn();
		Map<String, Object> model = result.getModelAndView().getModel();
		Counts counts = (Counts) model.get("counts");
		assertThat(counts.states()).isGreaterThanOrEqualTo(20);
		assertThat(counts.organisations()).isGreaterThanOrEqualTo(5);
		assertThat(counts.memberships()).isGreaterThanOrEqualTo(50);
		assertThat(counts.sources()).isGreaterThanOrEqualTo(10);

		List<OverviewPageController.Card> cards = (List<OverviewPageController.Card>) model.get("cards");
		assertThat(cards).extracting(OverviewPageController.Card::abbreviation)
			.containsExactly("CSTO", "SCO", "CIS", "GUAM");
		Map<String, List<MembershipRow>> csto = cards.get(0).byRole();
		assertThat(csto.get("MEMBER")).extracting((m) -> m.state().iso3())
			.containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
		assertThat(csto.get("MEMBER")).filteredOn((m) -> "ARM".equals(m.state().iso3()))
			.extracting(MembershipRow::status)
			.containsExactly("FROZEN");

		List<EventEntry> events = (List<EventEntry>) model.get("events");
		assertThat(events).isNotEmpty().hasSizeLessThanOrEqualTo(8);
		String newest = events.get(0).date();
		assertThat(events).allSatisfy((e) -> assertThat(e.date()).isLessThanOrEqualTo(newest));
	}

	@Test
	void sourcesPageListsEverySourceWithWhatItSupports() throws Exception {
		MvcResult result = this.mvc.perform(get("/sources"))
			.andExpect(status().isOk())
			.andExpect(view().name("sources"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<SourceService.SourceEntry> sources = (List<SourceService.SourceEntry>) result.getModelAndView()
			.getModel()
			.get("sources");
		assertThat(sources).hasSizeGreaterThanOrEqualTo(10);
		assertThat(sources).allSatisfy((s) -> assertThat(s.title()).isNotNull());
		assertThat(sources).anySatisfy((s) -> assertThat(s.supports()).isNotEmpty());
		assertThat(result.getResponse().getContentAsString()).contains("id=\"source-wikipedia-csto\"");
	}

}
