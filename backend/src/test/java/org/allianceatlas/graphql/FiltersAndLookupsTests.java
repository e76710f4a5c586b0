package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.GraphQlErrors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Issue 12, points 3 and 4: {@code where} and {@code orderBy} on the top-level lists, and
 * a look-up by key for every kind of thing.
 */
@AtlasTest
class FiltersAndLookupsTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void statesByNameAndByMembershipOnADay() {
		List<String> names = strings("{ states(where: {nameContains: \"STAN\"}, first: 100) { nodes { name } } }",
				"states.nodes[*].name");
		assertThat(names).isNotEmpty()
			.contains("Kazakhstan", "Uzbekistan")
			.allSatisfy(n -> assertThat(n.toLowerCase(Locale.ROOT)).contains("stan"));
		List<String> members = strings(
				"""
						{ states(where: {memberOf: {organisation: "CSTO", asOf: "2020-01-01"}}, first: 100) { nodes { iso3 } } }""",
				"states.nodes[*].iso3");
		List<String> expected = strings(
				"""
						{ organisation(abbreviation: "CSTO") { memberships(asOf: "2020-01-01", roles: [MEMBER]) { state { iso3 } } } }""",
				"organisation.memberships[*].state.iso3");
		assertThat(members).containsExactlyInAnyOrderElementsOf(expected.stream().distinct().toList())
			.contains("ARM")
			.doesNotContain("UZB");
		List<String> observers = strings(
				"""
						{ states(where: {memberOf: {organisation: "SCO", roles: [OBSERVER]}}, first: 100) { nodes { iso3 } } }""",
				"states.nodes[*].iso3");
		assertThat(observers).isNotEmpty().doesNotContainAnyElementsOf(List.of("CHN", "RUS"));
		GraphQlErrors
			.expectError(this.graphQl.document("{ states(where: {memberOf: {organisation: \"NOPE\"}}) { totalCount } }")
				.execute(), ErrorType.NOT_FOUND, "where.memberOf.organisation");
	}

	@Test
	void statesOrdered() {
		List<String> codes = strings(
				"{ states(orderBy: {field: ISO3, direction: DESC}, first: 100) { nodes { iso3 } } }",
				"states.nodes[*].iso3");
		assertThat(codes).hasSizeGreaterThan(10).isSortedAccordingTo(Comparator.reverseOrder());
		List<String> names = strings("{ states(orderBy: {direction: DESC}, first: 100) { nodes { name } } }",
				"states.nodes[*].name");
		assertThat(names).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void eventsByStateOrganisationKindAndDate() {
		List<String> ofArmenia = strings("{ events(where: {state: \"ARM\"}, first: 100) { nodes { key } } }",
				"events.nodes[*].key");
		assertThat(ofArmenia).isNotEmpty()
			.isEqualTo(strings("{ state(iso3: \"ARM\") { events { key } } }", "state.events[*].key"));
		GraphQlTester.Response exercises = this.graphQl.document("""
				{ events(where: {organisation: "CSTO", kind: "exercise", from: "2010-01-01", to: "2020-12-31"},
				         orderBy: {field: DATE, direction: DESC}, first: 100) {
				    nodes { kind date organisations { abbreviation } } } }""").execute();
		List<String> dates = exercises.path("events.nodes[*].date").entityList(String.class).get();
		assertThat(dates).isNotEmpty()
			.allSatisfy(d -> assertThat(d.substring(0, 4)).isBetween("2010", "2020"))
			.isSortedAccordingTo(Comparator.reverseOrder());
		exercises.path("events.nodes[*].kind")
			.entityList(String.class)
			.satisfies(k -> assertThat(k).containsOnly("exercise"));
		List<String> titles = strings("{ events(orderBy: {field: TITLE}, first: 100) { nodes { title } } }",
				"events.nodes[*].title");
		assertThat(titles).hasSizeGreaterThan(10).isSortedAccordingTo(Comparator.naturalOrder());
		// the plain arguments still work, and must agree with where
		assertThat(strings("{ events(organisation: \"CSTO\", kind: \"exercise\", first: 100) { nodes { key } } }",
				"events.nodes[*].key"))
			.isEqualTo(strings(
					"{ events(where: {organisation: \"CSTO\", kind: \"exercise\"}, first: 100) { nodes { key } } }",
					"events.nodes[*].key"));
		GraphQlErrors.expectError(this.graphQl
			.document("{ events(organisation: \"CSTO\", where: {organisation: \"SCO\"}) { totalCount } }")
			.execute(), ErrorType.BAD_REQUEST, "organisation");
	}

	@Test
	void sourcesAndOrganisationsFilteredAndOrdered() {
		List<String> titles = strings(
				"""
						{ sources(where: {kind: "encyclopedia", titleContains: "treaty"}, orderBy: {field: TITLE, direction: DESC}, first: 100) {
						    nodes { title kind } } }""",
				"sources.nodes[*].title");
		assertThat(titles).isNotEmpty()
			.allSatisfy(t -> assertThat(t.toLowerCase(Locale.ROOT)).contains("treaty"))
			.isSortedAccordingTo(Comparator.reverseOrder());
		List<String> published = strings(
				"{ sources(where: {publisherContains: \"wikipedia\"}, orderBy: {field: PUBLISHED, direction: DESC}, first: 100) "
						+ "{ nodes { publisher } } }",
				"sources.nodes[*].publisher");
		assertThat(published).isNotEmpty()
			.allSatisfy(p -> assertThat(p.toLowerCase(Locale.ROOT)).contains("wikipedia"));
		GraphQlErrors.expectError(
				this.graphQl.document("{ sources(kind: \"news\", where: {kind: \"official\"}) { totalCount } }")
					.execute(),
				ErrorType.BAD_REQUEST, "kind");

		List<String> treaties = strings("{ organisations(where: {nameContains: \"treaty\"}) { abbreviation } }",
				"organisations[*].abbreviation");
		assertThat(treaties).contains("CST", "CSTO").doesNotContain("SCO", "GUAM");
		List<String> byName = strings("{ organisations(orderBy: {field: NAME, direction: DESC}) { name } }",
				"organisations[*].name");
		assertThat(byName).hasSizeGreaterThan(4).isSortedAccordingTo(Comparator.reverseOrder());
		GraphQlTester.Response paged = this.graphQl
			.document("{ organisationsConnection(orderBy: {field: NAME, direction: DESC}, first: 2) "
					+ "{ totalCount nodes { name } } }")
			.execute();
		paged.path("organisationsConnection.totalCount").entity(Integer.class).isEqualTo(byName.size());
		paged.path("organisationsConnection.nodes[*].name").entityList(String.class).isEqualTo(byName.subList(0, 2));
	}

	@Test
	void stateMembershipsByRole() {
		List<String> roles = strings("{ state(iso3: \"ARM\") { memberships(roles: [OBSERVER, PARTNER]) { role } } }",
				"state.memberships[*].role");
		List<String> all = strings("{ state(iso3: \"ARM\") { memberships { role } } }", "state.memberships[*].role");
		assertThat(roles).isNotEmpty()
			.isSubsetOf("OBSERVER", "PARTNER")
			.hasSize((int) all.stream().filter(r -> r.equals("OBSERVER") || r.equals("PARTNER")).count());
		assertThat(strings("{ state(iso3: \"ARM\") { memberships(roles: [MEMBER]) { role } } }",
				"state.memberships[*].role"))
			.isNotEmpty()
			.containsOnly("MEMBER");
	}

	@Test
	void everyKindHasALookupByKey() {
		GraphQlTester.Response keys = this.graphQl.document("""
				{ organisation(abbreviation: "CSTO") { bodies { key name } officeHolders { person { key name } } }
				  state(iso3: "ARM") { memberships { key role } } }""").execute();
		String body = keys.path("organisation.bodies[0].key").entity(String.class).get();
		String person = keys.path("organisation.officeHolders[0].person.key").entity(String.class).get();
		String membership = keys.path("state.memberships[0].key").entity(String.class).get();
		GraphQlTester.Response found = this.graphQl.document("""
				query($b: String!, $p: String!, $m: String!) {
				  body(key: $b) { key organisation { abbreviation } }
				  person(key: $p) { key name }
				  membership(key: $m) { key state { iso3 } status }
				  event(key: "csto-kazakhstan-withdrawal-2022") { key }
				  source(key: "wikipedia-csto") { key } }""")
			.variable("b", body)
			.variable("p", person)
			.variable("m", membership)
			.execute();
		found.errors().verify();
		found.path("body.organisation.abbreviation").entity(String.class).isEqualTo("CSTO");
		found.path("person.name")
			.entity(String.class)
			.isEqualTo(keys.path("organisation.officeHolders[0].person.name").entity(String.class).get());
		found.path("membership.state.iso3").entity(String.class).isEqualTo("ARM");
		for (String lookup : List.of("body", "person", "membership", "event", "source")) {
			GraphQlTester.Response missing = this.graphQl.document("{ " + lookup + "(key: \"no-such-key\") { key } }")
				.execute();
			GraphQlErrors.expectError(missing, ErrorType.NOT_FOUND, "key");
			missing.path(lookup).valueIsNull();
		}
	}

	private List<String> strings(String query, String path) {
		GraphQlTester.Response response = this.graphQl.document(query).execute();
		response.errors().verify();
		return response.path(path).entityList(String.class).get();
	}

}
