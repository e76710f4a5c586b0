package org.allianceatlas.trends;

import java.util.List;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.GraphQlErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The trend fields against the seeded graph. */
@AtlasTest
class TrendQueryTests {

	@Autowired
	GraphQlTester graphQl;

	/**
	 * The CSTO's members in a year are its MEMBER memberships that hold on 31 December,
	 * exactly as {@code memberships(asOf:)} lists them for that day.
	 */
	@ParameterizedTest
	@CsvSource({ "CSTO, 1993, 0", "CSTO, 2000, 0", "CSTO, 2013, 6", "CSTO, 2024, 6", "CST, 1993, 0", "CST, 1994, 9",
			"CST, 2000, 6" })
	void membersPerYearAreTheMembershipsHoldingOnTheLastDayOfTheYear(String organisation, int year, int members) {
		GraphQlTester.Response response = this.graphQl.document("""
				query ($o: String!, $y: Int!, $day: Date!) {
				  membershipTrend(organisations: [$o], from: $y, to: $y) {
				    year day members total counts { role status count states { iso3 } } }
				  organisation(abbreviation: $o) { memberships(asOf: $day) { role state { iso3 } } } }""")
			.variable("o", organisation)
			.variable("y", year)
			.variable("day", year + "-12-31")
			.execute();
		response.path("membershipTrend[0].year").entity(Integer.class).isEqualTo(year);
		response.path("membershipTrend[0].day").entity(String.class).isEqualTo(year + "-12-31");
		response.path("membershipTrend[0].members").entity(Integer.class).isEqualTo(members);
		List<String> asOf = response.path("organisation.memberships[?(@.role == 'MEMBER')].state.iso3")
			.entityList(String.class)
			.get();
		List<String> counted = response.path("membershipTrend[0].counts[?(@.role == 'MEMBER')].states[*].iso3")
			.entityList(String.class)
			.get();
		assertThat(counted).containsExactlyInAnyOrderElementsOf(asOf).hasSize(members);
		int all = response.path("organisation.memberships").entityList(Object.class).get().size();
		response.path("membershipTrend[0].total").entity(Integer.class).isEqualTo(all);
	}

	@Test
	void aFrozenMemberIsItsOwnStackAndStillAMember() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ membershipTrend(organisations: ["CSTO"], from: 2023, to: 2024) {
				    year members counts { role status states { iso3 } } sources { key } } }""").execute();
		response.path("membershipTrend[0].counts[?(@.status == 'FROZEN')]").entityList(Object.class).hasSize(0);
		response.path("membershipTrend[1].counts[?(@.status == 'FROZEN')].states[*].iso3")
			.entityList(String.class)
			.containsExactly("ARM");
		response.path("membershipTrend[1].members").entity(Integer.class).isEqualTo(6);
		response.path("membershipTrend[1].sources").entityList(Object.class).hasSizeGreaterThan(0);
	}

	@Test
	void severalOrganisationsComeSideBySideOverTheWholeRange() {
		GraphQlTester.Response response = this.graphQl.document(
				"""
						{ membershipTrend(organisations: ["CSTO", "SCO", "CIS"]) { organisation { abbreviation } year day } }""")
			.execute();
		List<String> organisations = response.path("membershipTrend[*].organisation.abbreviation")
			.entityList(String.class)
			.get();
		// 1991 to the fixed today's year, 2025, for each organisation in the order asked
		assertThat(organisations).hasSize(3 * 35);
		assertThat(organisations.subList(0, 35)).containsOnly("CSTO");
		assertThat(organisations.subList(70, 105)).containsOnly("CIS");
		response.path("membershipTrend[34].day").entity(String.class).isEqualTo("2025-06-01");
	}

	@Test
	void totalsSayHowManyMembersTheyCoverAndAOneMemberSumIsNoTotal() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ troopTotals(organisation: "CSTO", measure: ACTIVE) {
				    year value isTotal complete coverage members { iso3 } coveredMembers { iso3 }
				    missingMembers { name } sources { key } } }""").execute();
		response.path("troopTotals[*].year").entityList(Integer.class).containsExactly(2017, 2020, 2023);
		Map<?, ?> all = response.path("troopTotals[1]").entity(Map.class).get();
		assertThat(all.get("value")).isEqualTo(70600 + 85000 + 108000 + 23000 + 1320000 + 9500);
		assertThat(all.get("isTotal")).isEqualTo(true);
		assertThat(all.get("complete")).isEqualTo(true);
		assertThat(all.get("coverage")).isEqualTo("covers 6 of 6 members");
		response.path("troopTotals[2].value").entity(Integer.class).isEqualTo(42900);
		response.path("troopTotals[2].isTotal").entity(Boolean.class).isEqualTo(false);
		response.path("troopTotals[2].coverage")
			.entity(String.class)
			.isEqualTo("Armenia only: not a total (1 of 6 members; no figure for Belarus, Kazakhstan, Kyrgyzstan, "
					+ "Russia, Tajikistan)");
		response.path("troopTotals[2].missingMembers").entityList(Object.class).hasSize(5);
		response.path("troopTotals[0].coveredMembers[*].iso3").entityList(String.class).containsExactly("BLR");
	}

	@Test
	void aTotalForAYearWithoutFiguresSaysSo() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ troopTotals(organisation: "CSTO", measure: RESERVE, year: 2013) {
				    value isTotal coverage members { iso3 } } }""").execute();
		response.path("troopTotals[0].value").valueIsNull();
		response.path("troopTotals[0].coverage").entity(String.class).isEqualTo("no figure for any of the 6 members");
	}

	@Test
	void aStatesFiguresComeOneSeriesPerSetOfSources() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ troopTrend(iso3: "ARM") { state { name } series { label sources { key } points {
				    year competing claimField active } } } }""").execute();
		response.path("troopTrend.state.name").entity(String.class).isEqualTo("Armenia");
		List<String> labels = response.path("troopTrend.series[*].label").entityList(String.class).get();
		assertThat(labels).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
		response.path("troopTrend.series[*].points[?(@.year == 2020 && @.competing == false)].active")
			.entityList(Integer.class)
			.containsExactly(70600);
		response.path("troopTrend.series[*].points[?(@.year == 2023)].active")
			.entityList(Integer.class)
			.containsExactly(42900);
		response.path("troopTrend.series[*].points[?(@.claimField == 'active')].active")
			.entityList(Integer.class)
			.containsExactly(42900);
	}

	@Test
	void aTrendCostsItsOrganisationsTimesItsYears() {
		String nested = "{ membershipTrend(organisations: [%s]%s) { counts { states { memberships { "
				+ "organisation { memberships { state { iso3 } } } } } } } }";
		this.graphQl.document(nested.formatted("\"CSTO\"", ", from: 2020, to: 2020")).execute().errors().verify();
		this.graphQl.document(nested.formatted("\"CSTO\", \"SCO\", \"CIS\"", ""))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).hasToString("LIMIT_EXCEEDED");
				assertThat(error.getMessage()).contains("estimated cost");
			}));
	}

	@Test
	void badArgumentsAreNamed() {
		GraphQlErrors.expectError(this.graphQl.document("{ membershipTrend(organisations: []) { year } }").execute(),
				ErrorType.BAD_REQUEST, "organisations");
		GraphQlErrors.expectError(
				this.graphQl.document("{ membershipTrend(organisations: [\"XYZ\"]) { year } }").execute(),
				ErrorType.NOT_FOUND, "organisations");
		GraphQlErrors.expectError(
				this.graphQl.document("{ membershipTrend(organisations: [\"CSTO\"], from: 1980) { year } }").execute(),
				ErrorType.BAD_REQUEST, "from");
		GraphQlErrors.expectError(
				this.graphQl.document("{ membershipTrend(organisations: [\"CSTO\"], from: 2010, to: 2000) { year } }")
					.execute(),
				ErrorType.BAD_REQUEST, "from");
		GraphQlErrors.expectError(this.graphQl.document("{ troopTrend(iso3: \"XXX\") { series { label } } }").execute(),
				ErrorType.NOT_FOUND, "iso3");
		GraphQlErrors.expectError(
				this.graphQl.document("{ troopTotals(organisation: \"CSTO\", year: 2030) { value } }").execute(),
				ErrorType.BAD_REQUEST, "year");
	}

}
