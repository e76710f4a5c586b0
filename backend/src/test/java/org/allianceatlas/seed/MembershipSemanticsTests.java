package org.allianceatlas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * What the documents say about who belonged when, asked through the API as a reader
 * would: treaty parties after 2002, the CIS without Ukraine as a member, and claims
 * without any date that hold on no day and have no status.
 */
@AtlasTest
class MembershipSemanticsTests {

	private static final String ON_A_DAY = """
			query($org: String!, $day: Date) { organisation(abbreviation: $org) {
			    memberships(asOf: $day) { key state { iso3 } role status from to sources { key } } } }""";

	@Autowired
	GraphQlTester graphQl;

	private List<Map<String, Object>> memberships(String organisation, String day) {
		return this.graphQl.document(ON_A_DAY)
			.variable("org", organisation)
			.variable("day", day)
			.execute()
			.path("organisation.memberships")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	private static String iso3(Map<String, Object> membership) {
		return (String) ((Map<String, Object>) membership.get("state")).get("iso3");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2011-12-21", "2024-06-01" })
	void theTreatyKeepsItsSixPartiesAfterTheCstoWasFormed(String day) {
		List<Map<String, Object>> parties = memberships("CST", day);
		assertThat(parties).extracting(MembershipSemanticsTests::iso3)
			.containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
		assertThat(parties).allSatisfy(m -> assertThat(m.get("role")).isEqualTo("MEMBER"));
		assertThat(parties).allSatisfy(m -> assertThat((List<?>) m.get("sources")).isNotEmpty());
	}

	@Test
	void armeniasTreatyParticipationIsFrozenIn2024ButNotIn2011() {
		assertThat(memberships("CST", "2024-06-01")).filteredOn(m -> iso3(m).equals("ARM"))
			.extracting(m -> m.get("status"))
			.containsExactly("FROZEN");
		assertThat(memberships("CST", "2011-12-21")).filteredOn(m -> iso3(m).equals("ARM"))
			.extracting(m -> m.get("status"))
			.containsExactly("ACTIVE");
	}

	@Test
	void theCisHadNineMembersIn2020AndUkraineItsOwnRoleAndStatus() {
		List<Map<String, Object>> all = memberships("CIS", "2020-06-01");
		assertThat(all).filteredOn(m -> "MEMBER".equals(m.get("role")))
			.extracting(MembershipSemanticsTests::iso3)
			.containsExactlyInAnyOrder("ARM", "AZE", "BLR", "KAZ", "KGZ", "MDA", "RUS", "TJK", "UZB");
		List<Map<String, Object>> ukraine = all.stream().filter(m -> iso3(m).equals("UKR")).toList();
		assertThat(ukraine).hasSize(1);
		assertThat(ukraine.get(0).get("role")).isEqualTo("PARTICIPANT");
		assertThat(ukraine.get(0).get("status")).isEqualTo("REPRESENTATIVES_RECALLED");
		assertThat((List<?>) ukraine.get(0).get("sources")).isNotEmpty();
		// Before the recall in 2018 Ukraine took part without any other status.
		assertThat(memberships("CIS", "2010-01-01")).filteredOn(m -> iso3(m).equals("UKR"))
			.extracting(m -> m.get("status"))
			.containsExactly("ACTIVE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1995-01-01", "2015-06-01", "2024-10-29", "2026-01-01" })
	void undatedClaimsAppearOnNoDay(String day) {
		for (String organisation : List.of("CSTO", "GUAM")) {
			assertThat(memberships(organisation, day)).as(organisation + " on " + day)
				.allSatisfy(m -> assertThat(m.get("from") != null || m.get("to") != null).isTrue());
		}
	}

	@Test
	void undatedClaimsHaveNoStatusInTheHistory() {
		List<Map<String, Object>> undated = new ArrayList<>();
		for (String organisation : List.of("CSTO", "GUAM")) {
			memberships(organisation, null).stream()
				.filter(m -> m.get("from") == null && m.get("to") == null)
				.forEach(undated::add);
		}
		// The eight "observer states" of the monitoring page and GUAM's observer and
		// three partner formats.
		assertThat(undated).hasSize(12);
		assertThat(undated).allSatisfy(m -> assertThat(m.get("status")).isEqualTo("UNDATED"));
	}

	@Test
	void aDatedMembershipNeverReportsUndated() {
		for (String organisation : List.of("CST", "CSTO", "SCO", "CIS", "GUAM")) {
			assertThat(memberships(organisation, null)).filteredOn(m -> m.get("from") != null || m.get("to") != null)
				.allSatisfy(m -> assertThat(m.get("status")).isNotEqualTo("UNDATED"));
		}
	}

	@Test
	void scoDialoguePartnersStartWhenTheirDocumentsSay() {
		Map<String, String> starts = new TreeMap<>();
		memberships("SCO", null).stream()
			.filter(m -> "PARTNER".equals(m.get("role")))
			.forEach(m -> starts.put((String) m.get("key"), (String) m.get("from")));
		assertThat(starts).containsEntry("sco-lka-dialogue-partner-2010", "2009-06-16")
			.containsEntry("sco-tur-dialogue-partner-2012", "2012-06-07")
			.containsEntry("sco-sau-dialogue-partner-2022", "2022-09-16")
			.containsEntry("sco-bhr-dialogue-partner-2023", "2023-07-15")
			.containsEntry("sco-lao-dialogue-partner-2025", "2025-09-01");
	}

}
