package org.allianceatlas.web;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.source.Source;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** State and organisation pages, the explorer's shell, and unknown keys. */
@AtlasTest
class ProfilePagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	@SuppressWarnings("unchecked")
	void statePageShowsMembershipsTroopsEventsAndSources() throws Exception {
		MvcResult result = this.mvc.perform(get("/states/ARM"))
			.andExpect(status().isOk())
			.andExpect(view().name("state"))
			.andReturn();
		Map<String, Object> model = result.getModelAndView().getModel();
		assertThat(((Profiles.StatePage) model.get("state")).name()).isEqualTo("Armenia");
		List<MembershipRow> memberships = (List<MembershipRow>) model.get("memberships");
		assertThat(memberships).extracting((m) -> m.organisation().abbreviation()).contains("CST", "CSTO", "CIS");
		assertThat(memberships).anySatisfy((m) -> {
			assertThat(m.organisation().abbreviation()).isEqualTo("CSTO");
			assertThat(m.status()).isEqualTo("FROZEN");
		});
		assertThat((List<?>) model.get("events")).isNotEmpty();
		List<Source> cited = (List<Source>) model.get("cited");
		assertThat(cited).isNotEmpty();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("70,600", "42,900", "id=\"cite-" + cited.get(0).key() + "\"");
	}

	@Test
	@SuppressWarnings("unchecked")
	void organisationPageShowsBodiesOfficeHoldersEventsAndSources() throws Exception {
		MvcResult result = this.mvc.perform(get("/organisations/CSTO"))
			.andExpect(status().isOk())
			.andExpect(view().name("organisation"))
			.andReturn();
		Profiles.OrganisationPage org = (Profiles.OrganisationPage) result.getModelAndView().getModel().get("org");
		assertThat(org.headquarters()).isEqualTo("Moscow");
		assertThat(org.bodies()).extracting(Profiles.BodyEntry::name)
			.anyMatch((n) -> n.contains("Collective Security Council"));
		assertThat(org.officeHolders()).extracting((h) -> h.person().name()).anyMatch((n) -> n.contains("Bordyuzha"));
		assertThat(org.events()).isNotEmpty();
		assertThat(org.predecessor().organisation().abbreviation()).isEqualTo("CST");
		assertThat((List<?>) result.getModelAndView().getModel().get("cited")).isNotEmpty();
		assertThat(result.getResponse().getContentAsString()).contains("Secretary General", "id=\"membership-table\"");
	}

	@Test
	void everyOrganisationPageRenders() throws Exception {
		for (String abbreviation : List.of("CST", "SCO", "CIS", "GUAM")) {
			this.mvc.perform(get("/organisations/" + abbreviation)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/states/UZB")).andExpect(status().isOk());
		this.mvc.perform(get("/states/GEO")).andExpect(status().isOk());
	}

	@Test
	void unknownKeysAreNotFoundAndLowerCaseKeysRedirect() throws Exception {
		this.mvc.perform(get("/states/XXX")).andExpect(status().isNotFound());
		this.mvc.perform(get("/states/not-a-code")).andExpect(status().isNotFound());
		this.mvc.perform(get("/organisations/NOPE")).andExpect(status().isNotFound());
		this.mvc.perform(get("/states/arm")).andExpect(redirectedUrl("/states/ARM"));
		this.mvc.perform(get("/organisations/csto")).andExpect(redirectedUrl("/organisations/CSTO"));
	}

	@Test
	void explorerShellAndItsBadParameters() throws Exception {
		this.mvc.perform(get("/explorer"))
			.andExpect(status().isOk())
			.andExpect(view().name("explorer"))
			.andExpect(content().string(containsString("/dist/cytoscape.min.js")))
			.andExpect(content().string(containsString("id=\"cy\"")));
		this.mvc.perform(get("/explorer").param("asOf", "soon").param("expand", "nonsense").param("kinds", "LIKES"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not a day")))
			.andExpect(content().string(containsString("is not a node of the graph")))
			.andExpect(content().string(containsString("is not a relationship kind")));
	}

}
