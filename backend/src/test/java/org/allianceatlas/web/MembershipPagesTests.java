package org.allianceatlas.web;

import java.util.List;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.overlap.OverlapTable;

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
		OverlapTable overlap = (OverlapTable) result.getModelAndView().getModel().get("result");
		assertThat(overlap.organisations()).containsExactly("CSTO", "SCO", "CIS", "GUAM");
		OverlapTable.StateRow armenia = overlap.rows()
			.stream()
			.filter((r) -> "ARM".equals(r.iso3()))
			.findFirst()
			.orElseThrow();
		assertThat(armenia.cells().get("CSTO").role()).isEqualTo("MEMBER");
		assertThat(armenia.cells().get("CSTO").status()).isEqualTo("FROZEN");
		assertThat(armenia.cells().get("CIS").role()).isEqualTo("MEMBER");
		OverlapTable.StateRow georgia = overlap.rows()
			.stream()
			.filter((r) -> "GEO".equals(r.iso3()))
			.findFirst()
			.orElseThrow();
		assertThat(georgia.cells()).doesNotContainKey("CIS").containsKey("GUAM");
		assertThat(overlap.matrix()).anySatisfy((c) -> {
			assertThat(c.row().abbreviation()).isEqualTo("CSTO");
			assertThat(c.column().abbreviation()).isEqualTo("CSTO");
			assertThat(c.count()).isEqualTo(6);
		});
		assertThat(overlap.intersections()).isNotEmpty();
		assertThat(result.getResponse().getContentAsString()).contains("id=\"state-matrix\"", "id=\"overlap-table\"");
	}

	@Test
	void overlapBeforeGeorgiaLeftTheCis() throws Exception {
		MvcResult result = this.mvc.perform(get("/overlap").param("date", "2005-01-01"))
			.andExpect(status().isOk())
			.andReturn();
		OverlapTable overlap = (OverlapTable) result.getModelAndView().getModel().get("result");
		assertThat(overlap.rows()).anySatisfy((r) -> {
			assertThat(r.iso3()).isEqualTo("GEO");
			assertThat(r.cells()).containsKey("CIS");
		});
	}

	@Test
	void overlapCsvAndBadDates() throws Exception {
		String csv = this.mvc.perform(get("/overlap.csv").param("date", "2024-06-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().findFirst()).hasValue("state,iso3,CSTO,SCO,CIS,GUAM,sources");
		assertThat(csv).contains("Armenia,ARM,Member (frozen),");
		assertThat(csv.lines().skip(1)).anySatisfy((line) -> assertThat(line).contains("<https://"));
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
		List<MembershipRow> memberships = (List<MembershipRow>) result.getModelAndView().getModel().get("memberships");
		List<String> stints = memberships.stream()
			.filter((m) -> "MEMBER".equals(m.role()))
			.map((m) -> m.organisation().abbreviation())
			.toList();
		assertThat(stints).containsOnlyOnce("CST", "CSTO", "GUAM");

		result = this.mvc.perform(get("/timeline").param("organisation", "CSTO"))
			.andExpect(status().isOk())
			.andReturn();
		memberships = (List<MembershipRow>) result.getModelAndView().getModel().get("memberships");
		assertThat(memberships).allSatisfy((m) -> assertThat(m.organisation().abbreviation()).isEqualTo("CSTO"));
		assertThat(memberships).anySatisfy((m) -> {
			assertThat(m.state().iso3()).isEqualTo("ARM");
			assertThat(m.statusChanges()).extracting((s) -> s.status()).contains("FROZEN");
		});
		assertThat((List<?>) result.getModelAndView().getModel().get("events")).isNotEmpty();

		result = this.mvc.perform(get("/timeline").param("state", "GEO").param("organisation", "CIS"))
			.andExpect(status().isOk())
			.andReturn();
		memberships = (List<MembershipRow>) result.getModelAndView().getModel().get("memberships");
		assertThat(memberships).anySatisfy((m) -> assertThat(m.to()).startsWith("2009"));
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
