package org.allianceatlas.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The membership query returns what the selection asks for and no more, and answers a
 * wide selection as fully as before.
 */
@AtlasTest
class MembershipShapeTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	private static final MembershipShape NARROW = new MembershipShape(false, false, false, false, false, false, false);

	@Autowired
	MembershipRepository repository;

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void aNarrowShapeReadsOnlyWhatItNames() {
		MembershipsOf csto = MembershipsOf.organisation("CSTO", null, null);
		Membership narrow = this.repository.load(Map.of(csto, NARROW), TODAY).get(csto).getFirst();
		assertThat(narrow.key()).isNotNull();
		assertThat(narrow.organisation().abbreviation()).isEqualTo("CSTO");
		assertThat(narrow.organisation().name()).isNotNull();
		assertThat(narrow.organisation().description()).as("an organisation property not asked for").isNull();
		assertThat(narrow.from()).as("a membership property not asked for").isNull();
		assertThat(narrow.sources()).as("sources not asked for are not read").isNull();

		Membership wide = this.repository
			.load(Map.of(csto, new MembershipShape(true, true, true, true, true, true, true)), TODAY)
			.get(csto)
			.getFirst();
		assertThat(wide.key()).isEqualTo(narrow.key());
		assertThat(wide.organisation().description()).isNotNull();
		assertThat(wide.from()).isNotNull();
		assertThat(wide.sources()).isNotEmpty();
	}

	@Test
	void aShapeWithoutStatusReadsNoDatesAndAnswersNoStatus() {
		MembershipsOf csto = MembershipsOf.organisation("CSTO", null, null);
		Membership narrow = this.repository.load(Map.of(csto, NARROW), TODAY).get(csto).getFirst();
		assertThat(narrow.validFrom()).as("a date the selection's fields do not need").isNull();
		assertThat(narrow.statusChanges()).isNull();
		assertThatIllegalStateException().isThrownBy(narrow::status).withMessageContaining(narrow.key());

		MembershipShape withStatus = new MembershipShape(false, false, false, false, true, false, false);
		Membership dated = this.repository.load(Map.of(csto, withStatus), TODAY).get(csto).getFirst();
		assertThat(dated.key()).isEqualTo(narrow.key());
		assertThat(dated.validFrom()).isNotNull();
		assertThat(dated.status()).isNotNull();
	}

	@Test
	void theOwnerOfMembershipsIsReadOnceForAllOfThem() {
		MembershipsOf csto = MembershipsOf.organisation("CSTO", null, null);
		List<Membership> ofCsto = this.repository.load(Map.of(csto, NARROW), TODAY).get(csto);
		assertThat(ofCsto).hasSizeGreaterThan(1)
			.allSatisfy(m -> assertThat(m.organisation()).isSameAs(ofCsto.getFirst().organisation()));
		MembershipsOf arm = MembershipsOf.state("ARM", null, null);
		List<Membership> ofArm = this.repository.load(Map.of(arm, NARROW), TODAY).get(arm);
		assertThat(ofArm).hasSizeGreaterThan(1)
			.allSatisfy(m -> assertThat(m.state()).isSameAs(ofArm.getFirst().state()));
	}

	@Test
	void requestsOfOneDispatchShareAQueryThatServesTheWidestShape() {
		MembershipsOf csto = MembershipsOf.organisation("CSTO", null, null);
		MembershipsOf sco = MembershipsOf.organisation("SCO", null, null);
		MembershipShape sourced = new MembershipShape(false, false, false, false, false, false, true);
		Map<MembershipsOf, List<Membership>> found = this.repository.load(Map.of(csto, NARROW, sco, sourced), TODAY);
		assertThat(found.get(csto)).isNotEmpty().allSatisfy(m -> assertThat(m.sources()).isNotNull());
		assertThat(found.get(sco)).isNotEmpty().allSatisfy(m -> assertThat(m.sources()).isNotNull());
	}

	@Test
	void aRoleAloneIsFoundThroughTheIndexOfRoles() {
		try (Session session = this.driver.session()) {
			Plan plan = session
				.run("EXPLAIN " + MembershipRepository.statesWithQuery(false, true, false), Map.of("role", "OBSERVER"))
				.consume()
				.plan();
			assertThat(operators(plan)).anyMatch(o -> o.startsWith("NodeIndexSeek"))
				.noneMatch(o -> o.startsWith("NodeByLabelScan"));
		}
		assertThat(this.repository.statesWith(null, "OBSERVER", null)).isNotEmpty();
	}

	private static List<String> operators(Plan plan) {
		List<String> all = new ArrayList<>(List.of(plan.operatorType()));
		plan.children().forEach(c -> all.addAll(operators(c)));
		return all;
	}

	@Test
	void aSelectionAnswersTheSameWhateverItsShape() {
		String narrow = """
				{ organisation(abbreviation: "CSTO") {
				    memberships(asOf: "2025-01-01", roles: [MEMBER]) { key organisation { abbreviation } } } }""";
		String wide = """
				{ organisation(abbreviation: "CSTO") {
				    memberships(asOf: "2025-01-01", roles: [MEMBER]) { key status from to note roleLabel state { iso3 }
				      organisation { abbreviation kind description } sources { key } statusChanges { status } } } }""";
		List<String> keys = this.graphQl.document(narrow)
			.execute()
			.path("organisation.memberships[*].key")
			.entityList(String.class)
			.get();
		GraphQlTester.Response response = this.graphQl.document(wide).execute();
		response.path("organisation.memberships[*].key")
			.entityList(String.class)
			.containsExactly(keys.toArray(String[]::new));
		response.path("organisation.memberships[0].organisation.description")
			.entity(String.class)
			.satisfies(d -> assertThat(d).isNotBlank());
		response.path("organisation.memberships[0].from")
			.entity(String.class)
			.satisfies(f -> assertThat(f).isNotBlank());
		response.path("organisation.memberships[?(@.state.iso3 == 'ARM')].status")
			.entityList(String.class)
			.containsExactly("FROZEN");
		response.path("organisation.memberships[?(@.state.iso3 == 'ARM')].statusChanges[*].status")
			.entityList(String.class)
			.contains("FROZEN");
		response.path("organisation.memberships[0].sources[*].key").entityList(String.class).hasSizeGreaterThan(0);
	}

}
