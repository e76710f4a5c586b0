package org.allianceatlas.troops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.GraphQlErrors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

@AtlasTest
class TroopQueryTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void figuresOfAnOrganisationsMembersForAYear() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ troopFigures(organisation: "CSTO", year: 2020) {
				    key state { iso3 } year active reserve paramilitary total sources { key } } }""").execute();
		response.path("troopFigures[*].state.iso3")
			.entityList(String.class)
			.satisfies(l -> assertThat(l).containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"));
		response.path("troopFigures[?(@.state.iso3 == 'RUS')].active")
			.entityList(Integer.class)
			.containsExactly(1320000);
		response.path("troopFigures[0].sources").entityList(Object.class).hasSizeGreaterThan(0);
	}

	/**
	 * A year's total sums the figures of exactly the states that were members in that
	 * year, one figure each. The expected states are worked out here from what the API
	 * says on its own: every dated figure, and the organisation's MEMBER memberships with
	 * their years (a missing end is open). A state that left (Uzbekistan, Georgia,
	 * Azerbaijan) counts only for its years of membership.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aYearsTotalCoversTheStatesThatWereMembersThatYear() {
		List<Map<String, Object>> figures = this.graphQl.document("{ troopFigures { year state { iso3 } } }")
			.execute()
			.path("troopFigures")
			.entityList(Object.class)
			.get()
			.stream()
			.map(f -> (Map<String, Object>) f)
			.toList();
		int years = 0;
		for (String organisation : List.of("CSTO", "SCO", "CIS", "GUAM")) {
			GraphQlTester.Response response = this.graphQl.document("""
					{ organisation(abbreviation: "%s") {
					    troopTotals { year states }
					    memberships(roles: [MEMBER]) { state { iso3 } from to } } }""".formatted(organisation))
				.execute();
			List<Map<String, Object>> memberships = response.path("organisation.memberships")
				.entityList(Object.class)
				.get()
				.stream()
				.map(m -> (Map<String, Object>) m)
				.toList();
			Map<Integer, Long> expected = new TreeMap<>();
			figures.stream()
				.filter(f -> memberships.stream().anyMatch(m -> covers(m, (Map<String, Object>) f.get("state"), f)))
				.map(f -> List.of(((Number) f.get("year")).intValue(),
						((Map<String, Object>) f.get("state")).get("iso3")))
				.distinct()
				.forEach(yearAndState -> expected.merge((Integer) yearAndState.get(0), 1L, Long::sum));
			Map<Integer, Long> found = new TreeMap<>();
			response.path("organisation.troopTotals")
				.entityList(Object.class)
				.get()
				.stream()
				.map(t -> (Map<String, Object>) t)
				.forEach(t -> found.put(((Number) t.get("year")).intValue(), ((Number) t.get("states")).longValue()));
			assertThat(found).as(organisation).isEqualTo(expected);
			years += found.size();
		}
		assertThat(years).isGreaterThan(3);
	}

	/** Whether a MEMBER membership of the figure's state covers the figure's year. */
	@SuppressWarnings("unchecked")
	private static boolean covers(Map<String, Object> membership, Map<String, Object> state,
			Map<String, Object> figure) {
		if (!((Map<String, Object>) membership.get("state")).get("iso3").equals(state.get("iso3"))) {
			return false;
		}
		int year = ((Number) figure.get("year")).intValue();
		Object from = membership.get("from");
		Object to = membership.get("to");
		return (from == null || Integer.parseInt(from.toString().substring(0, 4)) <= year)
				&& (to == null || Integer.parseInt(to.toString().substring(0, 4)) >= year);
	}

	@Test
	void undatedFiguresNeverAppearWhereAYearIsPromised() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ all: troopFigures { key year }
				  undated: undatedTroopFigures { key state { iso3 } active sources { key } }
				  state(iso3: "AZE") { troopFigures { key } undatedTroopFigures { key active } } }""").execute();
		response.path("all[*].key").entityList(String.class).doesNotContain("tf-aze-iiss");
		response.path("undated[*].state.iso3").entityList(String.class).contains("AZE");
		response.path("state.undatedTroopFigures[*].active").entityList(Integer.class).containsExactly(66940);
		response.path("state.troopFigures").entityList(Object.class).hasSize(0);
	}

	@Test
	void competingFiguresComeBackAsClaimsWithSources() {
		this.graphQl.document("""
				{ state(iso3: "ARM") { troopFigures { key year active claims { field value sources { key } } } } }""")
			.execute()
			.path("state.troopFigures[?(@.key == 'tf-arm-000')].claims[?(@.field == 'active')].value")
			.entityList(String.class)
			.contains("70600", "42900");
	}

	@Test
	void unknownOrganisationIsNotFound() {
		GraphQlErrors.expectError(this.graphQl.document("{ troopFigures(organisation: \"XYZ\") { key } }").execute(),
				ErrorType.NOT_FOUND, "organisation");
	}

}
