package org.allianceatlas.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.FixedClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The map page's data on a day, its CSV, and what bad input gets: a message naming it and
 * a view of what could be read.
 */
@AtlasTest
class MapPageTests {

	@Autowired
	MockMvc mvc;

	private MapView mapView(MvcResult result) {
		return (MapView) result.getModelAndView().getModel().get("view");
	}

	private static Map<String, String> keys(MapView view) {
		return view.rows().stream().collect(Collectors.toMap(MapView.Row::iso3, MapView.Row::key));
	}

	@Test
	void theStatesOfADayWithTheirStrongestRoleStatusAndSources() throws Exception {
		MapView cst1999 = mapView(
				this.mvc.perform(get("/map").param("organisations", "CST").param("date", "1999-06-01"))
					.andExpect(status().isOk())
					.andExpect(view().name("map"))
					.andReturn());
		assertThat(keys(cst1999)).containsEntry("UZB", "MEMBER")
			.containsEntry("GEO", "MEMBER")
			.containsEntry("AZE", "MEMBER");
		MapView cst2000 = mapView(
				this.mvc.perform(get("/map").param("organisations", "CST").param("date", "2000-06-01")).andReturn());
		assertThat(keys(cst2000)).doesNotContainKeys("UZB", "GEO", "AZE").containsEntry("ARM", "MEMBER");
		// Armenia froze its CSTO participation on 2024-02-23: coloured by that status.
		MapView csto = mapView(this.mvc.perform(get("/map").param("organisations", "CSTO")).andReturn());
		assertThat(csto.day()).isEqualTo(FixedClock.TODAY);
		assertThat(keys(csto)).containsEntry("ARM", "FROZEN").containsEntry("RUS", "MEMBER");
		// Two organisations: a state takes its strongest role; every cell has its
		// sources.
		MapView both = mapView(
				this.mvc.perform(get("/map").param("organisations", "CSTO,SCO").param("date", "2015-06-01"))
					.andReturn());
		assertThat(both.abbreviations()).containsExactly("CSTO", "SCO");
		assertThat(keys(both)).containsEntry("CHN", "MEMBER").containsEntry("ARM", "MEMBER");
		assertThat(both.rows()).allSatisfy((r) -> assertThat(r.cells().values())
			.allSatisfy((c) -> assertThat(c.sources()).as(r.iso3()).isNotEmpty()));
		assertThat(both.sources()).hasSize(both.cite().size());
	}

	@Test
	void theCsvHoldsTheTableWithSourcesUnderANameThatSaysWhatAndWhen() throws Exception {
		String csv = this.mvc.perform(get("/map.csv").param("organisations", "CSTO,SCO").param("date", "2015-06-01"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"csto-sco-map-2015-06-01.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0))
			.isEqualTo("state,iso3,shown as,CSTO role,CSTO status,CSTO since,SCO role,SCO status,SCO since,sources");
		assertThat(lines).anySatisfy((l) -> assertThat(l)
			.startsWith("Armenia,ARM,Member,member state,Active,2002-10-07,dialogue partner,Active,2015,"));
		assertThat(lines.subList(1, lines.size())).allSatisfy((l) -> assertThat(l).contains("http"));
	}

	@Test
	void badInputIsNamedAndTheRestIsShown() throws Exception {
		MvcResult result = this.mvc.perform(get("/map").param("organisations", "CSTO,NOPE").param("date", "2015-13-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The atlas has no organisation “NOPE”")))
			.andExpect(content().string(containsString("“2015-13-01” is not a day")))
			.andReturn();
		assertThat(mapView(result).abbreviations()).containsExactly("CSTO");
		this.mvc.perform(get("/map").param("date", "1950-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a day between 1991-01-01")));
		this.mvc.perform(get("/map.csv").param("organisations", "<script>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string("The atlas has no organisation “<script>”; it is left out."))
			.andExpect(header().string("Content-Type", startsWith("text/plain")));
		this.mvc.perform(get("/embed/map").param("organisations", "nope"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("embed/map"));
	}

}
