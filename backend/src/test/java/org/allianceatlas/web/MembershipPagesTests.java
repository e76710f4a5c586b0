package org.allianceatlas.web;

import org.allianceatlas.AtlasTest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The overlap and timeline pages. */
@AtlasTest
class MembershipPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	@SuppressWarnings("unchecked")
	void overlapOnADayShowsRolesStatusesAndSharedMembers() throws Exception {
		MvcResult result = this.mvc.perform(get("/overlap").param("date", "2024-06-01"))
			.andExpect(status().isOk())
			.andExpect(view().name("overlap"))
			.andReturn();
		OverlapData.Result overlap = (OverlapData.Result) result.getModelAndView().getModel().get("result");
		assertThat(overlap.organisations()).containsExactly("CSTO", "SCO", "CIS", "GUAM");
		Map<String, Object> armenia = overlap.rows().stream().filter((r) -> "ARM".equals(r.get("iso3"))).findFirst().orElseThrow();
		Map<String, Map<String, Object>> cells = (Map<String, Map<String, Object>>) armenia.get("cells");
		assertThat(cells.get("CSTO")).containsEntry("role", "MEMBER").containsEntry("status", "FROZEN");
		assertThat(cells.get("CIS")).containsEntry("role", "MEMBER");
		Map<String, Object> georgia = overlap.rows().stream().filter((r) -> "GEO".equals(r.get("iso3"))).findFirst().orElseThrow();
		assertThat((Map<String, Object>) georgia.get("cells")).doesNotContainKey("CIS").containsKey("GUAM");
		assertThat(overlap.matrix()).anySatisfy((c) -> {
			assertThat(Maps.str(c, "row", "abbreviation")).isEqualTo("CSTO");
			assertThat(Maps.str(c, "column", "abbreviation")).isEqualTo("CSTO");
			assertThat(((Number) c.get("count")).intValue()).isEqualTo(6);
		});
		assertThat(overlap.intersections()).isNotEmpty();
		assertThat(result.getResponse().getContentAsString()).contains("id=\"state-matrix\"", "id=\"overlap-table\"");
	}

	@Test
	void overlapBeforeGeorgiaLeftTheCis() throws Exception {
		MvcResult result = this.mvc.perform(get("/overlap").param("date", "2005-01-01")).andExpect(status().isOk()).andReturn();
		OverlapData.Result overlap = (OverlapData.Result) result.getModelAndView().getModel().get("result");
		assertThat(overlap.rows()).anySatisfy((r) -> {
			assertThat(r.get("iso3")).isEqualTo("GEO");
			assertThat(((Map<?, ?>) r.get("cells")).containsKey("CIS")).isTrue();
		});
	}

	@Test
	void overlapCsvAndBadDates() throws Exception {
		String csv = this.mvc.perform(get("/overlap.csv").param("date", "2024-06-01"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv.lines().findFirst()).hasValue("state,iso3,CSTO,SCO,CIS,GUAM");
		assertThat(csv).contains("Armenia,ARM,MEMBER (FROZEN),");
		this.mvc.perform(get("/overlap").param("date", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("overlap"))
			.andExpect(content().string(containsString("is not a day")));
		this.mvc.perform(get("/overlap").param("date", "1900-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a day between")));
		this.mvc.perform(get("/overlap.csv").param("date", "x")).andExpect(status().isBadRequest());
	}

	@Test
	@SuppressWarnings("unchecked")
	void timelineHoldsUzbekistansStintsArmeniasFreezeAndGeorgiasExit() throws Exception {
		MvcResult result = this.mvc.perform(get("/timeline").param("state", "UZB"))
			.andExpect(status().isOk())
			.andExpect(view().name("timeline"))
			.andReturn();
		List<Map<String, Object>> memberships = (List<Map<String, Object>>) result.getModelAndView().getModel().get("memberships");
		List<String> stints = memberships.stream()
			.filter((m) -> "MEMBER".equals(m.get("role")))
			.map((m) -> Maps.str(m, "organisation", "abbreviation"))
			.toList();
		assertThat(stints).containsOnlyOnce("CST", "CSTO", "GUAM");

		result = this.mvc.perform(get("/timeline").param("organisation", "CSTO")).andExpect(status().isOk()).andReturn();
		memberships = (List<Map<String, Object>>) result.getModelAndView().getModel().get("memberships");
		assertThat(memberships).allSatisfy((m) -> assertThat(Maps.str(m, "organisation", "abbreviation")).isEqualTo("CSTO"));
		assertThat(memberships).anySatisfy((m) -> {
			assertThat(Maps.str(m, "state", "iso3")).isEqualTo("ARM");
			assertThat(Maps.list(m, "statusChanges")).extracting((s) -> s.get("status")).contains("FROZEN");
		});
		assertThat((List<?>) result.getModelAndView().getModel().get("events")).isNotEmpty();

		result = this.mvc.perform(get("/timeline").param("state", "GEO").param("organisation", "CIS")).andExpect(status().isOk()).andReturn();
		memberships = (List<Map<String, Object>>) result.getModelAndView().getModel().get("memberships");
		assertThat(memberships).anySatisfy((m) -> assertThat((String) m.get("to")).startsWith("2009"));
	}

	@Test
	void timelineBadParameters() throws Exception {
		this.mvc.perform(get("/timeline").param("organisation", "NOPE").param("state", "QQQ"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("timeline"))
			.andExpect(content().string(containsString("no organisation “NOPE”")))
			.andExpect(content().string(containsString("“QQQ”")));
	}

}
