package org.allianceatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 15: the long pages show a page at a time, with the totals; at the seed's size
 * everything fits on the first page, as before.
 */
@AtlasTest
class PagedPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSourcesPageCountsEverySourceAndFactWhateverThePageShows() throws Exception {
		MvcResult result = this.mvc.perform(get("/sources")).andExpect(status().isOk()).andReturn();
		@SuppressWarnings("unchecked")
		List<SourceService.SourceEntry> shown = (List<SourceService.SourceEntry>) result.getModelAndView()
			.getModel()
			.get("sources");
		Pager pager = (Pager) result.getModelAndView().getModel().get("pager");
		assertThat(pager.paged()).as("the seed's sources fit on one page").isFalse();
		assertThat(result.getModelAndView().getModel().get("total")).isEqualTo((long) shown.size());
		assertThat(result.getModelAndView().getModel().get("facts"))
			.isEqualTo(shown.stream().mapToLong(s -> s.supports().size()).sum());
	}

	@Test
	void aPagePastTheLastIsRefusedByNameAndTheLastIsShown() throws Exception {
		for (String page : List.of("/sources?page=4", "/timeline?page=4", "/states?page=4", "/organisations?page=4")) {
			String html = this.mvc.perform(get(page))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(page).contains("There is 1 page, not 4; showing page 1.");
		}
		String html = this.mvc.perform(get("/timeline?page=x"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("“x” is not a page number; showing page 1.").contains("Armenia");
	}

	@Test
	void theTimelineShowsEveryStateOfTheSeedOnItsFirstPage() throws Exception {
		MvcResult result = this.mvc.perform(get("/timeline")).andExpect(status().isOk()).andReturn();
		@SuppressWarnings("unchecked")
		List<MembershipRow> rows = (List<MembershipRow>) result.getModelAndView().getModel().get("memberships");
		Pager pager = (Pager) result.getModelAndView().getModel().get("pager");
		assertThat(pager.total()).isGreaterThanOrEqualTo(30);
		assertThat(rows.stream().map(m -> m.state().iso3()).distinct()).hasSize((int) pager.total());
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Pages of states");
	}

}
