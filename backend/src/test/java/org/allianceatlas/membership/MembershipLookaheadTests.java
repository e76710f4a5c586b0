package org.allianceatlas.membership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An owner asked by its key reads its memberships in the same query
 * ({@link MembershipLookahead}); the answer must be the one the memberships loader gives
 * on its own. A second, aliased memberships field turns the look-ahead off, so the same
 * selection answered both ways is compared, every field of a membership included.
 */
@AtlasTest
class MembershipLookaheadTests {

	private static final String MEMBERSHIP = """
			id key role roleLabel status from to note
			state { id iso3 iso2 name } organisation { id abbreviation name kind founded }
			statusChanges { key status from to sources { key } } sources { key title publisher url }
			claims { value } through { name }""";

	@Autowired
	GraphQlTester graphQl;

	@Test
	void anOrganisationsMembershipsReadAlongAreThoseReadOnTheirOwn() {
		assertSameBothWays("organisation(abbreviation: \"CSTO\")", "organisation");
		assertSameBothWays("organisation(abbreviation: \"CIS\")", "organisation");
	}

	@Test
	void aStatesMembershipsReadAlongAreThoseReadOnTheirOwn() {
		assertSameBothWays("state(iso3: \"ARM\")", "state");
		assertSameBothWays("state(iso3: \"UZB\")", "state");
	}

	/**
	 * A list of organisations reads every organisation's memberships in its own query;
	 * filtered and ordered lists too, and an organisation without memberships.
	 */
	@Test
	void aListsMembershipsReadAlongAreThoseReadOnTheirOwn() {
		for (String root : List.of("organisations", "organisations(orderBy: {field: NAME, direction: DESC})",
				"organisations(where: {nameContains: \"co\"})")) {
			List<Map<String, Object>> along = organisations(
					"{ %s { abbreviation memberships { %s } } }".formatted(root, MEMBERSHIP));
			List<Map<String, Object>> alone = organisations(
					"{ %s { abbreviation memberships { %s } other: memberships { key } } }".formatted(root,
							MEMBERSHIP));
			assertThat(along).as(root).hasSize(alone.size()).hasSizeGreaterThan(1);
			for (int i = 0; i < along.size(); i++) {
				assertThat(along.get(i).get("abbreviation")).isEqualTo(alone.get(i).get("abbreviation"));
				assertThat(along.get(i).get("memberships")).as("%s", along.get(i).get("abbreviation"))
					.isEqualTo(alone.get(i).get("memberships"));
			}
			assertThat(along).as(root).anySatisfy(o -> assertThat((List<?>) o.get("memberships")).isNotEmpty());
		}
		assertThat(organisations("{ organisations { abbreviation memberships { key } } }"))
			.anySatisfy(o -> assertThat((List<?>) o.get("memberships")).isEmpty());
	}

	/**
	 * A page of states or organisations reads the memberships of those on it in its own
	 * query, through {@code nodes} or {@code edges}, filtered (with a day and roles of
	 * its own), counted or not, and on a later page.
	 */
	@Test
	void aPagesMembershipsReadAlongAreThoseReadOnTheirOwn() {
		String[] pages = { "states(first: 6)",
				"states(where: {memberOf: {organisation: \"CSTO\", asOf: \"2020-01-01\", roles: [MEMBER]}}, first: 4)",
				"states(orderBy: {field: ISO3, direction: DESC}, first: 5, after: \"%s\")",
				"organisationsConnection(first: 5)",
				"organisationsConnection(where: {nameContains: \"co\"}, orderBy: {field: NAME}, first: 3)" };
		String cursor = this.graphQl.document("{ states(first: 2) { pageInfo { endCursor } } }")
			.execute()
			.path("states.pageInfo.endCursor")
			.entity(String.class)
			.get();
		for (String page : pages) {
			String root = page.formatted(cursor);
			for (String items : List.of("nodes { %s }", "totalCount edges { cursor node { %s } }")) {
				String along = "{ p: %s { %s } }".formatted(root,
						items.formatted("memberships { " + MEMBERSHIP + " }"));
				String alone = "{ p: %s { %s } }".formatted(root,
						items.formatted("memberships { " + MEMBERSHIP + " } other: memberships { key }"));
				Map<String, Object> read = page(along);
				Map<String, Object> loaded = page(alone);
				assertThat(read).as(along).isEqualTo(loaded);
				assertThat(read.toString()).as(along).contains("memberships=[{");
			}
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> page(String document) {
		GraphQlTester.Response response = this.graphQl.document(document).execute();
		response.errors().verify();
		Map<String, Object> page = response.path("p").entity(Map.class).get();
		// the second field of the unprimed reading
		return stripOther(page);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> stripOther(Map<String, Object> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> {
			if (!"other".equals(key)) {
				copy.put(key, (value instanceof Map<?, ?> m) ? stripOther((Map<String, Object>) m)
						: (value instanceof List<?> l) ? l.stream()
							.map((item) -> (item instanceof Map<?, ?> m) ? stripOther((Map<String, Object>) m) : item)
							.toList() : value);
			}
		});
		return copy;
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> organisations(String document) {
		GraphQlTester.Response response = this.graphQl.document(document).execute();
		response.errors().verify();
		return (List<Map<String, Object>>) (List<?>) response.path("organisations").entityList(Map.class).get();
	}

	/**
	 * A state's troop figures read along with its memberships are those the figures' own
	 * loaders read, dated and undated, every field and source included.
	 */
	@Test
	void aStatesTroopFiguresReadAlongAreThoseReadOnTheirOwn() {
		String figures = """
				troopFigures { id key year active reserve paramilitary total perThousandTotal perThousandActive
				  approximate note state { iso3 } sources { key title url } claims { value } }
				undatedTroopFigures { key active approximate note sources { key title } }""";
		for (String iso3 : List.of("ARM", "AZE", "KAZ")) {
			String root = "state(iso3: \"%s\")".formatted(iso3);
			Map<String, Object> along = state("{ %s { memberships { key } %s } }".formatted(root, figures));
			Map<String, Object> alone = state(
					"{ %s { memberships { key } other: memberships { key } %s } }".formatted(root, figures));
			assertThat(along.get("troopFigures")).as(iso3).isEqualTo(alone.get("troopFigures"));
			assertThat(along.get("undatedTroopFigures")).as(iso3).isEqualTo(alone.get("undatedTroopFigures"));
			assertThat(along.get("memberships")).as(iso3).isEqualTo(alone.get("memberships"));
		}
		assertThat((List<?>) state("{ state(iso3: \"ARM\") { memberships { key } %s } }".formatted(figures))
			.get("troopFigures")).isNotEmpty();
		assertThat((List<?>) state("{ state(iso3: \"AZE\") { memberships { key } %s } }".formatted(figures))
			.get("undatedTroopFigures")).isNotEmpty();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> state(String document) {
		GraphQlTester.Response response = this.graphQl.document(document).execute();
		response.errors().verify();
		return response.path("state").entity(Map.class).get();
	}

	@Test
	void unknownOwnersAreStillNotFoundNamingTheirArgument() {
		this.graphQl.document("{ organisation(abbreviation: \"NOPE\") { memberships { key } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("NOPE", "'abbreviation'")));
		this.graphQl.document("{ state(iso3: \"XXX\") { memberships { key } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("XXX", "'iso3'")));
	}

	private void assertSameBothWays(String root, String field) {
		List<Map<String, Object>> along = memberships("{ %s { memberships { %s } } }".formatted(root, MEMBERSHIP),
				field);
		List<Map<String, Object>> alone = memberships(
				"{ %s { memberships { %s } other: memberships { key } } }".formatted(root, MEMBERSHIP), field);
		assertThat(along).as(root).hasSizeGreaterThan(1).isEqualTo(alone);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> memberships(String document, String field) {
		GraphQlTester.Response response = this.graphQl.document(document).execute();
		response.errors().verify();
		return (List<Map<String, Object>>) (List<?>) response.path(field + ".memberships").entityList(Map.class).get();
	}

}
