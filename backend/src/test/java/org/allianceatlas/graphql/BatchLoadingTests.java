package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.query.CypherQueries;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * No N+1: the same deep selection over one organisation and over all of them must cost
 * the same number of database round trips (counted in {@link CypherQueries}, through
 * which every query goes). A nested field that queried once per parent would make the
 * second count grow with the results.
 */
@AtlasTest
class BatchLoadingTests {

	private static final String SELECTION = """
			abbreviation name
			names { value }
			sources { key title }
			bodies { name sources { key } }
			memberships {
			  key role status
			  sources { key publisher }
			  claims { value sources { key } }
			  statusChanges { status sources { key } }
			  state {
			    iso3 name
			    sources { key }
			    troopFigures { year active sources { key } }
			    memberships(asOf: "2020-01-01") { organisation { abbreviation } sources { key } }
			    membershipsConnection(roles: [MEMBER], last: 2) { totalCount nodes { key sources { key } } }
			    eventsConnection(first: 2) { totalCount nodes { key organisations { abbreviation } } }
			  }
			}
			membershipsConnection(asOf: "2020-01-01", first: 5) { totalCount nodes { key state { id iso3 } } }
			eventsConnection(first: 3) { totalCount edges { node { id key sources { key } } } }""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	CypherQueries cypher;

	@Test
	void roundTripsDoNotGrowWithTheNumberOfResults() {
		// the same list field for one organisation and for all (an organisation asked by
		// its key reads its memberships along: MembershipLookahead)
		long one = roundTrips("{ organisations(where: {nameContains: \"CSTO\"}) { " + SELECTION + " } }");
		long all = roundTrips("{ organisations { " + SELECTION + " } }");
		int memberships = this.graphQl.document("{ organisations { memberships { key } } }")
			.execute()
			.path("organisations[*].memberships[*].key")
			.entityList(String.class)
			.get()
			.size();

		LoggerFactory.getLogger(BatchLoadingTests.class)
			.info("Deep query: {} round trips for one organisation, {} for all ({} memberships)", one, all,
					memberships);
		assertThat(memberships).as("memberships in the seed graph").isGreaterThan(50);
		assertThat(all).as("round trips for all organisations vs for one").isEqualTo(one);
		assertThat(all).as("round trips for a deep query over everything").isLessThan(25);
	}

	@Test
	void nestedConnectionsAndFoundNodesAreBatchLoadedToo() {
		String supports = "{ sources(first: %d) { nodes { key supportsConnection(first: 3) { totalCount nodes { label } } } } }";
		assertThat(roundTrips(supports.formatted(40))).isEqualTo(roundTrips(supports.formatted(1)));
		String hits = """
				{ searchConnection(text: "k", kinds: [STATE], first: %d) { totalCount nodes { node { id
				    ... on State { iso3 memberships { key } eventsConnection(first: 1) { totalCount } } } } } }""";
		long one = roundTrips(hits.formatted(1));
		long many = roundTrips(hits.formatted(10));
		assertThat(this.graphQl.document(hits.formatted(10))
			.execute()
			.path("searchConnection.nodes[*].node.iso3")
			.entityList(String.class)
			.get()).hasSizeGreaterThan(2);
		assertThat(many).isEqualTo(one);
	}

	/**
	 * The hot paths of the benchmark: an owner asked by its key with its memberships,
	 * their states or organisations and sources, in one query (MembershipLookahead; it
	 * was one query for the owner, one for the memberships and one more for their
	 * sources).
	 */
	@Test
	void oneOwnerDeepIsOneRoundTrip() {
		assertThat(roundTrips("""
				{ organisation(abbreviation: "CSTO") { abbreviation name
				    memberships { key role from to state { iso3 name } sources { key title } } } }""")).isEqualTo(1);
		assertThat(roundTrips("""
				{ state(iso3: "ARM") { iso3 name
				    memberships { key role from to organisation { abbreviation name } sources { key title } } } }"""))
			.isEqualTo(1);
		assertThat(roundTrips("""
				{ organisations { abbreviation memberships(asOf: "2020-01-01") { key sources { key } }
				    membershipsConnection(first: 2) { nodes { key state { iso3 } sources { key } } } } }"""))
			.as("both fields of every organisation in one dispatch: one query per day asked, sources included")
			.isEqualTo(3);
	}

	/**
	 * All organisations with their members, as the benchmark asks them: one query (it was
	 * one for the organisations and one for their memberships).
	 */
	@Test
	void aListOfOrganisationsWithTheirMembershipsIsOneRoundTrip() {
		assertThat(roundTrips("""
				{ organisations { abbreviation name memberships { key role from to state { iso3 name } } } }"""))
			.isEqualTo(1);
	}

	/**
	 * A page of states or organisations with their memberships: one query, counted or
	 * not, through nodes or edges (it was one for the page and one for the memberships).
	 */
	@Test
	void aPageWithItsMembershipsIsOneRoundTrip() {
		assertThat(roundTrips("""
				{ states(first: 10) { totalCount nodes { iso3 memberships { key role organisation { abbreviation }
				    sources { key } } } } }""")).isEqualTo(1);
		assertThat(roundTrips("""
				{ organisationsConnection(first: 5) { edges { node { abbreviation
				    memberships { key state { iso3 } } } } pageInfo { hasNextPage } } }""")).isEqualTo(1);
	}

	/**
	 * A state deep as the benchmark asks it: the state, its memberships (organisations
	 * and sources included) and its troop figures, dated and undated, with their sources,
	 * all in the state's own query (it was two: the figures had a query of their own).
	 */
	@Test
	void oneStateDeepWithTroopFiguresIsOneRoundTrip() {
		assertThat(roundTrips("""
				{ state(iso3: "ARM") { iso3 name memberships { key role from to organisation { abbreviation name }
				    sources { key title } } troopFigures { key year active sources { title } }
				    undatedTroopFigures { key active sources { key } } } }""")).isEqualTo(1);
	}

	/**
	 * The states two organisations share on a day: one query; the organisations are only
	 * looked up when none is shared (to tell an unknown one from no overlap).
	 */
	@Test
	void anOverlapIsOneRoundTrip() {
		assertThat(roundTrips("{ overlap(organisations: [\"CSTO\", \"SCO\"], asOf: \"2025-01-01\") { iso3 name } }"))
			.isEqualTo(1);
	}

	/** Both ends of a connection and the path between them: one query. */
	@Test
	void aConnectionIsOneRoundTrip() {
		assertThat(roundTrips("{ connection(from: \"ARM\", to: \"CHN\") { length steps { node { key } } } }"))
			.isEqualTo(1);
	}

	private long roundTrips(String query) {
		long before = this.cypher.roundTrips();
		this.graphQl.document(query).execute().errors().verify();
		return this.cypher.roundTrips() - before;
	}

}
