package org.allianceatlas.web;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.troops.TroopTable;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@AtlasTest
class TroopsPageTests {

	/**
	 * The seed figures (reference facts, table "Military personnel"): active, reserve,
	 * paramilitary, total.
	 */
	static final Map<String, long[]> CSTO_2020 = Map.of("ARM", new long[] { 70600, 210000, 4300, 284900 }, "BLR",
			new long[] { 85000, 580750, 110000, 775750 }, "KAZ", new long[] { 108000, 132000, 30000, 270000 }, "KGZ",
			new long[] { 23000, 300500, 9500, 333000 }, "RUS", new long[] { 1320000, 2000000, 554000, 3874000 }, "TJK",
			new long[] { 9500, 600000, 7500, 617000 });

	@Autowired
	MockMvc mvc;

	@Test
	@SuppressWarnings("unchecked")
	void defaultsToTheCstoTableWithArmeniasCompetingFigure() throws Exception {
		MvcResult result = this.mvc.perform(get("/troops"))
			.andExpect(status().isOk())
			.andExpect(view().name("troops"))
			.andExpect(model().attribute("perThousand", false))
			.andReturn();
		TroopTable troops = (TroopTable) result.getModelAndView().getModel().get("result");
		assertThat(troops.organisation().abbreviation()).isEqualTo("CSTO");
		assertThat(troops.year()).isEqualTo(2020);
		List<TroopTable.Row> primary = troops.rows().stream().filter((r) -> r.kind().equals("primary")).toList();
		assertThat(primary).hasSize(6);
		for (TroopTable.Row row : primary) {
			long[] expected = CSTO_2020.get(row.iso3());
			assertThat(new long[] { row.active(), row.reserve(), row.paramilitary(), row.total() }).as(row.iso3())
				.containsExactly(expected);
		}
		assertThat(troops.rows()).filteredOn((r) -> r.kind().equals("competing")).anySatisfy((r) -> {
			assertThat(r.iso3()).isEqualTo("ARM");
			assertThat(r.active()).isEqualTo(42900L);
		});
		assertThat(troops.totals()).singleElement().satisfies((t) -> assertThat(t.active()).isEqualTo(1616100));
		assertThat(troops.sources()).isNotEmpty();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("id=\"troop-chart\"", "data-chart=", "The Military Balance 2020", "competing");
		assertThat((List<?>) result.getModelAndView().getModel().get("rows")).hasSize(troops.rows().size());
	}

	@Test
	void perThousandUsesTheSourcesPerThousandTotals() throws Exception {
		MvcResult result = this.mvc.perform(get("/troops").param("measure", "per1000").param("year", "2020"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("perThousand", true))
			.andReturn();
		TroopTable troops = (TroopTable) result.getModelAndView().getModel().get("result");
		TroopTable.Row armenia = troops.rows()
			.stream()
			.filter((r) -> r.iso3().equals("ARM") && r.kind().equals("primary"))
			.findFirst()
			.orElseThrow();
		assertThat(armenia.perThousandTotal()).isEqualTo(93.6);
		assertThat(armenia.activePerThousand()).isEqualTo(23.2);
		assertThat(result.getResponse().getContentAsString()).contains("per 1000 inhabitants", "93.6");
	}

	@Test
	void csvHoldsExactlyTheChartedRows() throws Exception {
		String csv = this.mvc.perform(get("/troops.csv").param("organisation", "CSTO").param("year", "2020"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("troops-csto-2020.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0))
			.isEqualTo("state,iso3,year,figure,active,reserve,paramilitary,total,approximate,sources");
		assertThat(lines)
			.anySatisfy((l) -> assertThat(l).startsWith("Armenia,ARM,2020,primary,70600,210000,4300,284900,false,"));
		assertThat(lines).anySatisfy((l) -> assertThat(l).startsWith("Armenia,ARM,2020,competing (active),42900,,,,"));
		assertThat(lines)
			.anySatisfy((l) -> assertThat(l).startsWith("Russia,RUS,2020,primary,1320000,2000000,554000,3874000,"));
		assertThat(lines).hasSize(1 + 6 + 1);
	}

	@Test
	void badParametersGiveAMessageOnThePage() throws Exception {
		this.mvc.perform(get("/troops").param("year", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("troops"))
			.andExpect(content().string(containsString("is not a year")))
			.andExpect(content().string(containsString("id=\"troop-chart\"")));
		this.mvc.perform(get("/troops").param("organisation", "NOPE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("no organisation “NOPE”")));
		this.mvc.perform(get("/troops").param("year", "1950"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("No troop figures for CSTO in 1950")));
		this.mvc.perform(get("/troops").param("measure", "weird"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Measure “weird” is unknown")));
		this.mvc.perform(get("/troops.csv").param("year", "abc")).andExpect(status().isBadRequest());
	}

}
