package org.allianceatlas.troops;

import static org.assertj.core.api.Assertions.assertThat;

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
