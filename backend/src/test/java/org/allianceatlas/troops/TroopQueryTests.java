package org.allianceatlas.troops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
	 * year, one figure each: the same states as the organisation's figures for the year,
	 * read by the other query. A state that left (Uzbekistan, Georgia, Azerbaijan) counts
	 * only for its years of membership.
	 */
	@Test
	void aYearsTotalCoversTheStatesThatWereMembersThatYear() {
		int years = 0;
		for (String organisation : List.of("CSTO", "SCO", "CIS", "GUAM")) {
			List<Map<String, Object>> totals = this.graphQl
				.document("{ organisation(abbreviation: \"%s\") { troopTotals { year states } } }"
					.formatted(organisation))
				.execute()
				.path("organisation.troopTotals")
				.entityList(Object.class)
				.get()
				.stream()
				.map(t -> (Map<String, Object>) t)
				.toList();
			for (Map<String, Object> total : totals) {
				int year = ((Number) total.get("year")).intValue();
				List<String> members = this.graphQl
					.document("{ troopFigures(organisation: \"%s\", year: %d) { state { iso3 } } }"
						.formatted(organisation, year))
					.execute()
					.path("troopFigures[*].state.iso3")
					.entityList(String.class)
					.get();
				assertThat(((Number) total.get("states")).intValue()).as("%s in %d", organisation, year)
					.isEqualTo(members.stream().distinct().count());
				years++;
			}
		}
		assertThat(years).isGreaterThan(3);
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
