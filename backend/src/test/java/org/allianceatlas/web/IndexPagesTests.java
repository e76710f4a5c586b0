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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The index pages of states and organisations, the overlap page for chosen organisations
 * and the timeline's CSV.
 */
@AtlasTest
class IndexPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	@SuppressWarnings("unchecked")
	void statesFilterByNameOrganisationRoleAndDay() throws Exception {
		List<IndexPagesController.StateRow> all = (List<IndexPagesController.StateRow>) this.mvc.perform(get("/states"))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("rows");
		List<IndexPagesController.StateRow> members = (List<IndexPagesController.StateRow>) this.mvc
			.perform(get("/states").param("organisation", "csto").param("role", "MEMBER").param("asOf", "2024-06-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("rows");
		assertThat(members).extracting((r) -> r.state().iso3())
			.containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
		assertThat(all).hasSizeGreaterThan(members.size());
		// Uzbekistan left the CSTO in 2012: a member in 2010, not in 2024
		assertThat(rows("/states?organisation=CSTO&role=MEMBER&asOf=2010-01-01")).contains("Uzbekistan");
		assertThat(rows("/states?name=arm")).containsExactly("Armenia");
		this.mvc.perform(get("/states").param("organisation", "NOPE").param("role", "king").param("asOf", "soon"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("no organisation “NOPE”")))
			.andExpect(content().string(containsString("“king” is not a role")))
			.andExpect(content().string(containsString("“soon” is not a day")));
	}

	@SuppressWarnings("unchecked")
	private List<String> rows(String path) throws Exception {
		return ((List<IndexPagesController.StateRow>) this.mvc.perform(get(path))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("rows")).stream().map((r) -> r.state().name()).toList();
	}

	@Test
	void statesAndOrganisationsCsvHaveSourcesAndSayWhatTheyHold() throws Exception {
		String states = this.mvc.perform(get("/states.csv").param("organisation", "CSTO").param("asOf", "2024-06-01"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("states-csto-2024-06-01.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(states.lines().findFirst()).hasValue("state,iso3,memberships,sources");
		assertThat(states).contains("Armenia,ARM,CSTO (");
		String organisations = this.mvc.perform(get("/organisations.csv").param("kind", "military alliance"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("organisations-military-alliance.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(organisations.lines().findFirst())
			.hasValue("abbreviation,name,kind,founded,dissolved,headquarters,members_today,sources");
		assertThat(organisations).contains("CSTO,Collective Security Treaty Organization,military alliance,")
			.doesNotContain("\r\nCIS,");
		this.mvc.perform(get("/organisations").param("kind", "club"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("No organisation is of the kind “club”")));
	}

	@Test
	void overlapTakesAnyOrganisationsAndNamesUnknownOnes() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/overlap").param("organisations", "csto,EAEU").param("date", "2024-06-01"))
			.andExpect(status().isOk())
			.andReturn();
		OverlapTable table = (OverlapTable) result.getModelAndView().getModel().get("result");
		assertThat(table.organisations()).containsExactly("CSTO", "EAEU");
		this.mvc.perform(get("/overlap").param("organisations", "CSTO,NOPE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The atlas has no organisation “NOPE”; showing the others.")));
		this.mvc.perform(get("/overlap.csv").param("organisations", "CSTO,EAEU").param("date", "2024-06-01"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("csto-eaeu-members-2024-06-01.csv")))
			.andExpect(content().string(containsString("state,iso3,CSTO,EAEU,sources\r\n")));
		this.mvc.perform(get("/overlap.csv").param("organisations", "NOPE")).andExpect(status().isBadRequest());
	}

	@Test
	void timelineCsvHoldsTheTableWithSources() throws Exception {
		String csv = this.mvc.perform(get("/timeline.csv").param("organisation", "CSTO").param("state", "uzb"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("timeline-csto-uzb.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("state,iso3,organisation,role,from,to,status_periods,sources");
		assertThat(lines).anySatisfy((l) -> assertThat(l)
			.startsWith("Uzbekistan,UZB,CSTO,member state,2006-08-16,2012-06-28,ended as suspended,"));
		assertThat(lines).anySatisfy((l) -> assertThat(l).startsWith("Uzbekistan,UZB,CSTO,observer state,?,,undated,"));
		this.mvc.perform(get("/timeline.csv").param("state", "XXX")).andExpect(status().isBadRequest());
	}

	@Test
	void troopTotalsSayHowManyMembersTheyCover() throws Exception {
		MvcResult result = this.mvc.perform(get("/troops").param("organisation", "CSTO").param("year", "2020"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("6 of 6 members have a figure for 2020")))
			.andReturn();
		assertThat(result.getModelAndView().getModel().get("members")).isEqualTo(6);
		// only Armenia has a figure for 2023: the total says so rather than passing for
		// the CSTO's
		this.mvc.perform(get("/troops").param("organisation", "CSTO").param("year", "2023"))
			.andExpect(content()
				.string(containsString("1 of 6 members has a figure for 2023; the totals cover only those.")))
			.andExpect(content().string(containsString("CSTO total over 1 of 6 members")));
		this.mvc.perform(get("/troops").param("organisation", "CSTO").param("year", "2020").param("measure", "per1000"))
			.andExpect(content().string(containsString("the atlas holds no population figures")))
			.andExpect(content().string(containsString("the source&#39;s own estimate (not held in the atlas)")));
	}

}
