package org.allianceatlas.web;

import java.util.List;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14, point 3: the overlap page's shared-members and intersections tables and the
 * tables of the state and organisation pages download as CSV with a {@code sources}
 * column, named after what and when they show; text with quotes, commas and markup comes
 * back from the CSV exactly as it is stored. The organisation page's troop totals cite
 * the documents of the figures they sum.
 */
@AtlasTest
class TableCsvTests {

	/** Text with a quote, a comma and a markup character in each stored field. */
	static final String STATE = "Tom \"Q\", <Land>";

	static final String ORGANISATION = "League of \"Q\", <Org>";

	static final String SOURCE = "The \"Q\" Gazette, vol. <1>";

	static final String EVENT = "Accession of \"Q\", <signed>";

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Autowired
	GraphQlTester graphQl;

	@BeforeEach
	void storeAStateWithAwkwardNames() {
		removeIt();
		this.driver.executableQuery("""
				CREATE (s:State {iso3: 'QQX', iso2: 'QX', name: $state})
				CREATE (o:Organisation {abbreviation: 'QQO', name: $organisation, kind: 'test league'})
				CREATE (s)-[:HOLDS]->(m:Membership {key: 'qqo-qqx-member-2001', role: 'MEMBER', from: '2001',
				        validFrom: date('2001-01-01'), note: $organisation})-[:IN]->(o)
				CREATE (src:Source {key: 'qq-gazette', title: $source, url: 'https://example.org/q?a=1,2'})
				CREATE (m)-[:CITES {note: 'p. 1'}]->(src)
				CREATE (e:Event {key: 'qq-accession', date: '2002-03-04', validFrom: date('2002-03-04'), title: $event,
				        kind: 'accession'})-[:CONCERNS]->(o)
				CREATE (e)-[:INVOLVES]->(s)
				CREATE (e)-[:CITES {note: ''}]->(src)""")
			.withParameters(Map.of("state", STATE, "organisation", ORGANISATION, "source", SOURCE, "event", EVENT))
			.execute();
	}

	@AfterEach
	void removeIt() {
		this.driver.executableQuery("""
				MATCH (n) WHERE (n:State AND n.iso3 = 'QQX') OR (n:Organisation AND n.abbreviation = 'QQO')
				   OR (n:Membership AND n.key = 'qqo-qqx-member-2001') OR (n:Source AND n.key = 'qq-gazette')
				   OR (n:Event AND n.key = 'qq-accession') OR (n:TroopFigure AND n.key STARTS WITH 'qq-troops-')
				   OR (n:Source AND n.key = 'qq-almanac')
				DETACH DELETE n""").execute();
	}

	private List<List<String>> csv(String path, String fileName) throws Exception {
		String text = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"" + fileName + "\""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(text).endsWith("\r\n");
		List<List<String>> rows = CsvText.parse(text);
		assertThat(rows).allSatisfy((row) -> assertThat(row).as("cells of " + row).hasSameSizeAs(rows.getFirst()));
		assertThat(rows.getFirst()).last().isEqualTo("sources");
		return rows;
	}

	@Test
	void storedQuotesCommasAndMarkupComeBackFromEveryCsvAsTheyAre() throws Exception {
		String cited = SOURCE + " <https://example.org/q?a=1,2>";
		List<List<String>> state = csv("/states/QQX/memberships.csv",
				"tom-q-land-memberships-" + FixedClock.TODAY + ".csv");
		assertThat(state).containsExactly(
				List.of("organisation", "organisation_name", "through", "role", "status_today", "from", "to", "note",
						"status_periods", "claims", "sources"),
				List.of("QQO", ORGANISATION, "", "Member", "", "2001", "", ORGANISATION, "", "", cited));
		List<List<String>> organisation = csv("/organisations/QQO/memberships.csv",
				"qqo-memberships-" + FixedClock.TODAY + ".csv");
		assertThat(organisation.get(1)).containsExactly(STATE, "QQX", "", "Member", "", "2001", "", ORGANISATION, "",
				"", cited);
		assertThat(csv("/states/QQX/events.csv", "tom-q-land-events-" + FixedClock.TODAY + ".csv")).containsExactly(
				List.of("date", "title", "kind", "organisations", "description", "sources"),
				List.of("2002-03-04", EVENT, "accession", "QQO", "", cited));
		assertThat(csv("/organisations/QQO/events.csv", "qqo-events-" + FixedClock.TODAY + ".csv").get(1))
			.containsExactly("2002-03-04", EVENT, "accession", "QQO", "", cited);

		assertThat(csv("/overlap/shared.csv?organisations=QQO&date=2010-01-01", "qqo-shared-members-2010-01-01.csv"))
			.containsExactly(List.of("organisations", "shared_members", "states", "sources"),
					List.of("QQO (all members)", "1", STATE, cited));
		assertThat(
				csv("/overlap/intersections.csv?organisations=QQO&date=2010-01-01", "qqo-intersections-2010-01-01.csv"))
			.containsExactly(List.of("full_member_of_exactly", "states", "which", "sources"),
					List.of("QQO", "1", STATE, cited));
		assertThat(csv("/overlap.csv?organisations=QQO&date=2010-01-01", "qqo-members-2010-01-01.csv").get(1))
			.containsExactly(STATE, "QQX", "Member", cited);
		// before the membership began there is nobody to list
		assertThat(csv("/overlap/shared.csv?organisations=QQO&date=2000-01-01", "qqo-shared-members-2000-01-01.csv"))
			.containsExactly(List.of("organisations", "shared_members", "states", "sources"),
					List.of("QQO (all members)", "0", "", ""));
	}

	/**
	 * Two sources count the same forces of a member in 2001: the total sums one figure,
	 * and its CSV (and the API) cite that figure's document, not the other's.
	 */
	@Test
	void troopTotalsCiteTheDocumentsOfExactlyTheFiguresSummed() throws Exception {
		this.driver
			.executableQuery(
					"""
							MATCH (s:State {iso3: 'QQX'}), (gazette:Source {key: 'qq-gazette'})
							CREATE (a:TroopFigure {key: 'qq-troops-2001-a', year: 2001, active: 1200, total: 1500})-[:OF_STATE]->(s)
							CREATE (a)-[:CITES {note: 'table 2'}]->(gazette)
							CREATE (b:TroopFigure {key: 'qq-troops-2001-b', year: 2001, active: 9999, approximate: true})-[:OF_STATE]->(s)
							CREATE (b)-[:CITES {note: ''}]->(:Source {key: 'qq-almanac', title: 'The Q Almanac'})""")
			.execute();
		this.graphQl.document("{ organisation(abbreviation: \"QQO\") { troopTotals { year states sources { key } } } }")
			.execute()
			.path("organisation.troopTotals[0].sources[*].key")
			.entityList(String.class)
			.containsExactly("qq-gazette");
		String cited = SOURCE + " <https://example.org/q?a=1,2>";
		assertThat(csv("/organisations/QQO/troop-totals.csv", "qqo-troop-totals-" + FixedClock.TODAY + ".csv"))
			.containsExactly(List.of("year", "active", "reserve", "paramilitary", "total", "members_covered",
					"approximate", "sources"), List.of("2001", "1200", "", "", "1500", "1", "false", cited));
		this.mvc.perform(get("/organisations/QQO"))
			.andExpect(content().string(containsString("href=\"/organisations/QQO/troop-totals.csv\"")));
		this.mvc.perform(get("/organisations/QQO/troop-figures.csv"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("troop-totals")));
	}

	@Test
	void theOverlapTablesOfCstoAndScoIn2024() throws Exception {
		List<List<String>> shared = csv("/overlap/shared.csv?organisations=CSTO,SCO&date=2024-06-01",
				"csto-sco-shared-members-2024-06-01.csv");
		assertThat(shared).extracting((row) -> row.getFirst())
			.containsExactly("organisations", "CSTO (all members)", "CSTO & SCO", "SCO (all members)");
		List<String> both = shared.get(2);
		assertThat(both.get(1)).isEqualTo("4");
		assertThat(List.of(both.get(2).split(", "))).containsExactlyInAnyOrder("Kazakhstan", "Kyrgyzstan", "Russia",
				"Tajikistan");
		assertThat(both.get(3)).contains("<https://");
		assertThat(shared.get(1).get(1)).isEqualTo("6");

		List<List<String>> intersections = csv("/overlap/intersections.csv?organisations=CSTO,SCO&date=2024-06-01",
				"csto-sco-intersections-2024-06-01.csv");
		assertThat(intersections.getFirst()).containsExactly("full_member_of_exactly", "states", "which", "sources");
		assertThat(intersections).anySatisfy((row) -> {
			assertThat(row.get(0)).isEqualTo("CSTO ∩ SCO");
			assertThat(row.get(1)).isEqualTo("4");
			assertThat(row.get(3)).isNotBlank();
		});
		// every full member of either is in exactly one intersection
		assertThat(intersections.stream().skip(1).mapToInt((row) -> Integer.parseInt(row.get(1))).sum())
			.isEqualTo(6 + Integer.parseInt(shared.get(3).get(1)) - 4);

		this.mvc.perform(get("/overlap/shared.csv").param("organisations", "NOPE"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("text/plain")))
			.andExpect(content().string(containsString("no organisation “NOPE”")));
		this.mvc.perform(get("/overlap/secrets.csv"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("no table “secrets”")));
		this.mvc.perform(get("/overlap/intersections.csv").param("date", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not a day")));
	}

	@Test
	void theTablesOfArmeniaAndTheCsto() throws Exception {
		List<List<String>> memberships = csv("/states/ARM/memberships.csv",
				"armenia-memberships-" + FixedClock.TODAY + ".csv");
		assertThat(memberships).anySatisfy((row) -> {
			// the source's own wording of the role, and the status today
			assertThat(row.subList(0, 6)).containsExactly("CSTO", "Collective Security Treaty Organization", "",
					"member state", "Frozen", "2002-10-07");
			assertThat(row.get(8)).startsWith("Frozen 2024-02-23 – now");
			assertThat(row.get(10)).contains("<https://");
		});
		List<List<String>> troops = csv("/states/ARM/troop-figures.csv",
				"armenia-troop-figures-" + FixedClock.TODAY + ".csv");
		assertThat(troops.getFirst()).startsWith("year", "approximate", "active");
		assertThat(troops).anySatisfy((row) -> {
			assertThat(row.get(0)).isEqualTo("2020");
			assertThat(row.get(8)).isNotBlank();
		});
		List<List<String>> holders = csv("/organisations/CSTO/office-holders.csv",
				"csto-office-holders-" + FixedClock.TODAY + ".csv");
		assertThat(holders.getFirst()).containsExactly("office", "person", "nationality", "from", "to", "sources");
		assertThat(holders.size()).isGreaterThan(3);
		assertThat(csv("/organisations/CSTO/memberships.csv", "csto-memberships-" + FixedClock.TODAY + ".csv"))
			.anySatisfy((row) -> assertThat(List.of(row.get(0), row.get(1), row.get(4), row.get(5)))
				.containsExactly("Armenia", "ARM", "Frozen", "2002-10-07"));

		this.mvc.perform(get("/states/ARM/secrets.csv"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("no table “secrets”")));
		this.mvc.perform(get("/states/XXQ/memberships.csv"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("no state “XXQ”")));
		this.mvc.perform(get("/organisations/NOPE/events.csv")).andExpect(status().isNotFound());
	}

	@Test
	void thePagesLinkTheirCsvs() throws Exception {
		this.mvc.perform(get("/states/ARM"))
			.andExpect(content().string(containsString("href=\"/states/ARM/memberships.csv\"")))
			.andExpect(content().string(containsString("href=\"/states/ARM/troop-figures.csv\"")))
			.andExpect(content().string(containsString("href=\"/states/ARM/events.csv\"")));
		this.mvc.perform(get("/organisations/CSTO"))
			.andExpect(content().string(containsString("href=\"/organisations/CSTO/memberships.csv\"")))
			.andExpect(content().string(containsString("href=\"/organisations/CSTO/office-holders.csv\"")))
			.andExpect(content().string(containsString("href=\"/organisations/CSTO/events.csv\"")));
		this.mvc.perform(get("/overlap").param("date", "2024-06-01").param("organisations", "CSTO,SCO"))
			.andExpect(content()
				.string(containsString("href=\"/overlap/shared.csv?date=2024-06-01&amp;organisations=CSTO,SCO\"")))
			.andExpect(content().string(
					containsString("href=\"/overlap/intersections.csv?date=2024-06-01&amp;organisations=CSTO,SCO\"")));
	}

}
