package org.allianceatlas.membership;

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
class MembershipQueryTests {

	@Autowired
	GraphQlTester graphQl;

	/**
	 * A list of organisations shares the shape of each memberships field among its items:
	 * two fields with different selections, the slim one first, must each get what they
	 * ask, the one asking more exactly what it gets when asked alone.
	 */
	@Test
	void eachMembershipsFieldOfAListGetsTheFieldsItAsksFor() {
		String full = "key role from to note organisation { abbreviation kind founded } statusChanges { key status }";
		GraphQlTester.Response both = this.graphQl
			.document("{ organisations { abbreviation slim: memberships { key } full: memberships { %s } } }"
				.formatted(full))
			.execute();
		both.errors().verify();
		List<Map<String, Object>> organisations = organisations(both);
		List<Map<String, Object>> alone = organisations(
				this.graphQl.document("{ organisations { abbreviation full: memberships { %s } } }".formatted(full))
					.execute());
		assertThat(organisations).hasSameSizeAs(alone).hasSizeGreaterThan(3);
		for (int i = 0; i < organisations.size(); i++) {
			Map<String, Object> organisation = organisations.get(i);
			assertThat(organisation.get("full")).as("%s", organisation.get("abbreviation"))
				.isEqualTo(alone.get(i).get("full"));
			assertThat(keys(organisation.get("slim"))).isEqualTo(keys(organisation.get("full")));
		}
		assertThat(organisations).anySatisfy(o -> assertThat(keys(o.get("full"))).isNotEmpty());
		assertThat(both.path("organisations[*].full[*].from").entityList(String.class).get()).isNotEmpty();
		assertThat(both.path("organisations[*].full[*].organisation.kind").entityList(String.class).get()).isNotEmpty();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> organisations(GraphQlTester.Response response) {
		return (List<Map<String, Object>>) (List<?>) response.path("organisations").entityList(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	private static List<Object> keys(Object memberships) {
		return ((List<Map<String, Object>>) memberships).stream().map(m -> m.get("key")).toList();
	}

	@Test
	void membersOnADayWithTheirStatusThatDay() {
		GraphQlTester.Response response = this.graphQl
			.document(
					"""
							{ organisation(abbreviation: "CSTO") {
							    memberships(asOf: "2025-01-01", roles: [MEMBER]) { key state { iso3 } role status from to sources { key } }
							} }""")
			.execute();
		response.path("organisation.memberships[*].state.iso3")
			.entityList(String.class)
			.satisfies(l -> assertThat(l).containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"));
		response.path("organisation.memberships[?(@.state.iso3 == 'ARM')].status")
			.entityList(String.class)
			.containsExactly("FROZEN");
		response.path("organisation.memberships[?(@.state.iso3 == 'BLR')].status")
			.entityList(String.class)
			.containsExactly("ACTIVE");
		response.path("organisation.memberships[0].sources").entityList(Object.class).hasSizeGreaterThan(0);
	}

	@Test
	void beforeTheFreezeArmeniaWasActive() {
		this.graphQl.document("""
				{ state(iso3: "ARM") { memberships(asOf: "2020-01-01") { organisation { abbreviation } status } } }""")
			.execute()
			.path("state.memberships[?(@.organisation.abbreviation == 'CSTO')].status")
			.entityList(String.class)
			.containsExactly("ACTIVE");
	}

	@Test
	void withoutADayTheWholeHistoryComesBack() {
		this.graphQl.document("""
				{ state(iso3: "UZB") { memberships { key organisation { abbreviation } role from to status } } }""")
			.execute()
			.path("state.memberships[?(@.organisation.abbreviation == 'CSTO' && @.role == 'MEMBER')].status")
			.entityList(String.class)
			.containsExactly("SUSPENDED");
	}

	@Test
	void aMembershipItsSourceGivesNoDateForIsInTheHistoryButOnNoDay() {
		// Seed 003 lists China among CSTO "observer states" without any date.
		String query = """
				query($day: Date) { organisation(abbreviation: "CSTO") {
				    memberships(asOf: $day, roles: [OBSERVER]) { key state { iso3 } } } }""";
		this.graphQl.document(query)
			.execute()
			.path("organisation.memberships[*].key")
			.entityList(String.class)
			.contains("csto-chn-observer-003");
		for (String day : new String[] { "1995-01-01", "2024-10-29" }) {
			this.graphQl.document(query)
				.variable("day", day)
				.execute()
				.path("organisation.memberships[*].state.iso3")
				.entityList(String.class)
				.doesNotContain("CHN");
		}
		this.graphQl.document("""
				{ overlap(organisations: ["CSTO"], asOf: "1995-01-01") { iso3 } }""")
			.execute()
			.path("overlap[*].iso3")
			.entityList(String.class)
			.doesNotContain("CHN");
	}

	@Test
	void aYearAsEndCountsThroughItsLastDay() {
		// Azerbaijan's CST membership is stored with to: "1999".
		String query = """
				query($day: Date) { organisation(abbreviation: "CST") {
				    memberships(asOf: $day) { state { iso3 } } } }""";
		this.graphQl.document(query)
			.variable("day", "1999-12-31")
			.execute()
			.path("organisation.memberships[*].state.iso3")
			.entityList(String.class)
			.contains("AZE");
		this.graphQl.document(query)
			.variable("day", "2000-01-01")
			.execute()
			.path("organisation.memberships[*].state.iso3")
			.entityList(String.class)
			.doesNotContain("AZE");
	}

	@Test
	void aYearAsStartCountsFromItsFirstDay() {
		// Serbia's parliamentary observer status in the CSTO is stored with from: "2013".
		String query = """
				query($day: Date) { organisation(abbreviation: "CSTO") {
				    memberships(asOf: $day, roles: [PARLIAMENTARY_OBSERVER]) { state { iso3 } } } }""";
		this.graphQl.document(query)
			.variable("day", "2013-01-01")
			.execute()
			.path("organisation.memberships[*].state.iso3")
			.entityList(String.class)
			.contains("SRB");
		this.graphQl.document(query)
			.variable("day", "2012-12-31")
			.execute()
			.path("organisation.memberships[*].state.iso3")
			.entityList(String.class)
			.doesNotContain("SRB");
	}

	@Test
	void competingClaimsOnAMembershipEachWithItsSource() {
		this.graphQl.document("""
				{ state(iso3: "UZB") { memberships { key roleLabel note claims { field value sources { key } } } } }""")
			.execute()
			.path("state.memberships[?(@.key == 'csto-uzb-member-2006')].claims[?(@.field == 'to')].value")
			.entityList(String.class)
			.satisfies(l -> assertThat(l).containsExactlyInAnyOrder("2012-06-28", "2012-12-19"));
	}

	@Test
	void statusChangesAreListedWithSources() {
		this.graphQl.document("""
				{ state(iso3: "ARM") { memberships { key statusChanges { status from sources { key } } } } }""")
			.execute()
			.path("state.memberships[?(@.key == 'csto-arm-member-2002')].statusChanges[*].status")
			.entityList(String.class)
			.contains("FROZEN");
	}

	@Test
	void malformedDateIsAnErrorNamingTheArgument() {
		this.graphQl.document("{ state(iso3: \"ARM\") { memberships(asOf: \"2024-13-45\") { key } } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getMessage()).contains("asOf")
					.contains("\"2024-13-45\"")
					.doesNotContain("StringValue");
				assertThat(errors.getFirst().getErrorType().toString()).isEqualTo("BAD_REQUEST");
			});
	}

	@Test
	void overlapOfTwoOrganisationsOnADay() {
		this.graphQl.document("{ overlap(organisations: [\"CSTO\", \"SCO\"], asOf: \"2025-01-01\") { iso3 } }")
			.execute()
			.path("overlap[*].iso3")
			.entityList(String.class)
			.satisfies(l -> assertThat(l).containsExactlyInAnyOrder("BLR", "KAZ", "KGZ", "RUS", "TJK"));
	}

	@Test
	void overlapBeforeBelarusJoinedTheSco() {
		this.graphQl.document("{ overlap(organisations: [\"CSTO\", \"SCO\"], asOf: \"2020-01-01\") { iso3 } }")
			.execute()
			.path("overlap[*].iso3")
			.entityList(String.class)
			.satisfies(l -> assertThat(l).containsExactlyInAnyOrder("KAZ", "KGZ", "RUS", "TJK"));
	}

	@Test
	void emptyOverlapListIsABadRequest() {
		GraphQlErrors.expectError(this.graphQl.document("{ overlap(organisations: []) { iso3 } }").execute(),
				ErrorType.BAD_REQUEST, "organisations");
	}

	@Test
	void unknownOrganisationInOverlapIsNotFound() {
		GraphQlErrors.expectError(
				this.graphQl.document("{ overlap(organisations: [\"CSTO\", \"XYZ\"]) { iso3 } }").execute(),
				ErrorType.NOT_FOUND, "organisations");
	}

	@Test
	void overlapMatrixPairsEveryOrganisation() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ overlapMatrix(organisations: ["CSTO", "SCO"], asOf: "2025-01-01") {
				    row { abbreviation } column { abbreviation } count states { iso3 } } }""").execute();
		response.path("overlapMatrix").entityList(Object.class).hasSize(4);
		response.path("overlapMatrix[?(@.row.abbreviation == 'CSTO' && @.column.abbreviation == 'SCO')].count")
			.entityList(Integer.class)
			.containsExactly(5);
		response.path("overlapMatrix[?(@.row.abbreviation == 'CSTO' && @.column.abbreviation == 'CSTO')].count")
			.entityList(Integer.class)
			.containsExactly(6);
	}

}
