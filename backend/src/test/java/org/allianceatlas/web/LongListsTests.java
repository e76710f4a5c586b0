package org.allianceatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages that stay small when the atlas grows: the timeline's chart carries only what it
 * draws, long lists of organisations and states become text fields with suggestions from
 * the API, and the state index filtered by a role or a day finds its states in the
 * database.
 */
@AtlasTest
class LongListsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Test
	@SuppressWarnings("unchecked")
	void theTimelineChartCarriesOnlyWhatItDraws() throws Exception {
		String html = this.mvc.perform(get("/timeline"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String attribute = html.replaceAll("(?s).*data-chart=\"([^\"]*)\".*", "$1");
		Map<String, Object> chart = JsonMapper.builder()
			.build()
			.readValue(HtmlUtils.htmlUnescape(attribute), Map.class);
		List<Map<String, Object>> memberships = (List<Map<String, Object>>) chart.get("memberships");
		assertThat(memberships).hasSizeGreaterThan(50);
		assertThat(memberships).allSatisfy(m -> {
			assertThat(m).containsKeys("role", "status", "state", "organisation");
			assertThat(m).doesNotContainKeys("key", "note", "claims", "sources", "through");
			assertThat((Map<String, Object>) m.get("organisation")).containsOnlyKeys("abbreviation");
			assertThat((Map<String, Object>) m.get("state")).containsOnlyKeys("name");
		});
		assertThat((List<Map<String, Object>>) chart.get("events"))
			.allSatisfy(e -> assertThat(e).doesNotContainKeys("description", "sources", "key"));
		assertThat(attribute).doesNotContain("description");
		assertThat(html.length()).as("the seed's timeline page, 467 KB when the chart repeated the table")
			.isLessThan(150_000);
	}

	@Test
	void pastSixtyOrganisationsTheFiltersAreTextFieldsWithSuggestions() throws Exception {
		String before = this.mvc.perform(get("/trends"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(before).contains("value=\"GUAM\"").doesNotContain("trend-organisation-names");
		try (Session session = this.driver.session()) {
			session
				.run("""
						UNWIND range(1, 61) AS i
						CREATE (:Organisation {abbreviation: 'ZZLONG' + i, name: 'Long list test ' + i, longListTest: true})""")
				.consume();
		}
		try {
			String trends = this.mvc.perform(get("/trends").param("organisations", "CSTO,ZZLONG7"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(trends).contains("list=\"trend-organisation-names\"")
				.contains("name=\"organisations\" value=\"CSTO\" checked")
				.contains("name=\"organisations\" value=\"ZZLONG7\" checked")
				.doesNotContain("value=\"ZZLONG8\"")
				.doesNotContain("value=\"GUAM\"")
				.doesNotContain("The atlas has no organisation");
			String timeline = this.mvc.perform(get("/timeline").param("organisation", "CSTO"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(timeline).contains("list=\"timeline-organisation-names\"")
				.contains("name=\"organisation\" value=\"CSTO\"")
				.doesNotContain("value=\"ZZLONG8\"");
		}
		finally {
			try (Session session = this.driver.session()) {
				session.run("MATCH (o:Organisation {longListTest: true}) DELETE o").consume();
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRoleOrADayAloneKeepsTheStatesThatHoldOne() throws Exception {
		Set<String> observers;
		Set<String> on2024;
		try (Session session = this.driver.session()) {
			observers = Set.copyOf(session.run("""
					MATCH (s:State)-[:HOLDS]->(:Membership {role: 'OBSERVER'}) RETURN DISTINCT s.iso3 AS iso3""")
				.list(r -> r.get("iso3").asString()));
			on2024 = Set.copyOf(session.run("""
					MATCH (s:State)-[:HOLDS]->(m:Membership)
					WHERE (m.validFrom IS NOT NULL OR m.validTo IS NOT NULL)
					  AND coalesce(m.validFrom, date('2024-06-01')) <= date('2024-06-01')
					  AND coalesce(m.validTo, date('2024-06-01')) >= date('2024-06-01')
					RETURN DISTINCT s.iso3 AS iso3""").list(r -> r.get("iso3").asString()));
		}
		MvcResult byRole = this.mvc.perform(get("/states").param("role", "OBSERVER"))
			.andExpect(status().isOk())
			.andReturn();
		List<IndexPagesController.StateRow> rows = (List<IndexPagesController.StateRow>) byRole.getModelAndView()
			.getModel()
			.get("rows");
		assertThat(observers).isNotEmpty();
		assertThat(rows.stream().map(r -> r.state().iso3()).collect(Collectors.toSet())).isEqualTo(observers);
		assertThat(rows).allSatisfy(r -> assertThat(r.memberships()).isNotEmpty()
			.allSatisfy(m -> assertThat(m.role()).isEqualTo("OBSERVER")));

		List<IndexPagesController.StateRow> onADay = (List<IndexPagesController.StateRow>) this.mvc
			.perform(get("/states").param("asOf", "2024-06-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("rows");
		assertThat(onADay.stream().map(r -> r.state().iso3()).collect(Collectors.toSet())).isEqualTo(on2024);
		assertThat(onADay).allSatisfy(r -> assertThat(r.memberships()).isNotEmpty()
			.allSatisfy(m -> assertThat(m.status()).isNotEqualTo("ENDED")));
	}

}
