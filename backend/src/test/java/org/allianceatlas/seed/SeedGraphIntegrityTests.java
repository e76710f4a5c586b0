package org.allianceatlas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.allianceatlas.AtlasTest;

/**
 * Whole-graph checks of the seed data, run against the embedded database after the
 * application has applied every migration: provenance, periods, partial dates,
 * troop-figure arithmetic, and a few facts whose shape the rest of the application relies
 * on.
 */
@AtlasTest
class SeedGraphIntegrityTests {

	@Autowired
	private Driver driver;

	private GraphIntegrity integrity;

	@BeforeEach
	void rules() {
		this.integrity = new GraphIntegrity(this.driver);
	}

	private List<Record> query(String cypher) {
		try (Session session = this.driver.session()) {
			return session.run(cypher).list();
		}
	}

	private List<Record> query(String cypher, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			return session.run(cypher, parameters).list();
		}
	}

	private long count(String cypher) {
		return query(cypher).get(0).get(0).asLong();
	}

	// --- provenance
	// -----------------------------------------------------------------------------

	@Test
	void theGraphIsSeeded() {
		for (String label : GraphIntegrity.FACT_LABELS) {
			assertThat(count("MATCH (n:" + label + ") RETURN count(n)")).as(label).isPositive();
		}
		assertThat(count("MATCH (n:State) RETURN count(n)")).isPositive();
		assertThat(count("MATCH (n:Source) RETURN count(n)")).isPositive();
	}

	@Test
	void everyFactBearingNodeCitesASource() {
		assertThat(this.integrity.uncitedFactNodes()).isEmpty();
	}

	@Test
	void statesAreIdentifierNodesOrCite() {
		assertThat(this.integrity.statesStatingFactsWithoutSource()).as("states that state a fact without citing")
			.isEmpty();
		assertThat(this.integrity.malformedStateCodes()).isEmpty();
	}

	@Test
	void citationsPointAtSources() {
		assertThat(this.integrity.citationsOfNonSources()).isEmpty();
		assertThat(this.integrity.sourcesWithoutTitleOrPublisher()).isEmpty();
	}

	@Test
	void sourcesListsNameExistingSources() {
		assertThat(this.integrity.badSourcesLists()).isEmpty();
	}

	@Test
	void factRelationshipsAlwaysCarrySources() {
		assertThat(this.integrity.factRelationshipsWithoutSources()).isEmpty();
		for (String type : GraphIntegrity.CITING_TYPES) {
			assertThat(count("MATCH ()-[r:" + type + "]->() RETURN count(r)")).as(type).isPositive();
		}
	}

	@Test
	void claimsAreAttachedAndPrimaryClaimsExist() {
		assertThat(this.integrity.detachedClaims()).isEmpty();
		assertThat(this.integrity.missingPrimaryClaims()).isEmpty();
	}

	@Test
	void plainPropertiesHoldThePrimaryClaimsValue() {
		assertThat(this.integrity.valuesDifferingFromPrimaryClaim()).isEmpty();
		// Disputed values are not silently decided: every disputed field has at least two
		// claims.
		assertThat(count("""
				MATCH (x)-[:HAS_CLAIM]->(c:Claim)
				WITH x, c.field AS field, count(c) AS claims WHERE claims >= 2
				RETURN count(*)""")).isGreaterThanOrEqualTo(15);
	}

	@Test
	void membershipsAreWellFormed() {
		assertThat(this.integrity.malformedMemberships()).isEmpty();
		// A status holds within the membership it qualifies.
		assertThat(this.integrity.statusesOutsideTheirMembership()).isEmpty();
	}

	// --- dates
	// ------------------------------------------------------------------------------------

	@Test
	void partialDateStringsAreWellFormed() {
		assertThat(this.integrity.partialDates()).isNotEmpty();
		assertThat(this.integrity.malformedPartialDates()).isEmpty();
	}

	@Test
	void periodsAgreeWithTheirStrings() {
		assertThat(this.integrity.periods()).hasSizeGreaterThan(100);
		assertThat(this.integrity.periodsDisagreeingWithTheirDates()).isEmpty();
	}

	@Test
	void eventsHaveTheirStartDate() {
		assertThat(this.integrity.eventsWithoutDayOrOrganisation()).isEmpty();
	}

	// --- troop figures
	// ----------------------------------------------------------------------------

	@Test
	void troopFigurePartsAddUpToTheirTotal() {
		assertThat(this.integrity.completeTroopFigures()).hasSizeGreaterThanOrEqualTo(6);
		assertThat(this.integrity.troopPartsNotAddingUp()).isEmpty();
	}

	@Test
	void perThousandFiguresAgreeWithTheirTotals() {
		List<Record> rows = query("""
				MATCH (t:TroopFigure)
				WHERE t.total IS NOT NULL AND t.perThousandTotal IS NOT NULL
				  AND t.active IS NOT NULL AND t.perThousandActive IS NOT NULL
				RETURN t.key AS key, t.total AS total, t.perThousandTotal AS ptt,
				       t.active AS active, t.perThousandActive AS pta""");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
		for (Record row : rows) {
			// Each rate is rounded to one decimal, so the true rate lies within +-0.05 of
			// it; the
			// population each implies must overlap.
			double[] byTotal = population(row.get("total").asDouble(), row.get("ptt").asDouble());
			double[] byActive = population(row.get("active").asDouble(), row.get("pta").asDouble());
			assertThat(Math.max(byTotal[0], byActive[0]))
				.as(row.get("key").asString() + " population ranges " + byTotal[0] + ".." + byTotal[1] + " and "
						+ byActive[0] + ".." + byActive[1])
				.isLessThanOrEqualTo(Math.min(byTotal[1], byActive[1]));
		}
	}

	@Test
	void troopFiguresAreFlaggedAndDated() {
		assertThat(query(
				"MATCH (t:TroopFigure) WHERE t.approximate IS NULL OR COUNT { (t)-[:OF_STATE]->(:State) } <> 1 RETURN t.key"))
			.isEmpty();
		List<String> approximate = query("""
				MATCH (t:TroopFigure {approximate: true})-[:OF_STATE]->(s:State) RETURN s.iso3 AS iso3 ORDER BY iso3""")
			.stream()
			.map(r -> r.get("iso3").asString())
			.toList();
		assertThat(approximate).containsExactly("CHN", "IND", "PAK", "UZB");
		assertThat(query("MATCH (t:TroopFigure)-[:OF_STATE]->(:State {iso3: 'AZE'}) WHERE t.year IS NULL RETURN t"))
			.hasSize(1);
		// The Wikipedia article's table: year as the table states, the footnotes' 2018
		// edition as a competing claim.
		assertThat(count("""
				MATCH (t:TroopFigure {year: 2020})-[:HAS_CLAIM]->(c:Claim {field: 'year', value: '2018'})
				      -[:CITES]->(:Source {key: 'iiss-military-balance-2018'})
				RETURN count(DISTINCT t)""")).isEqualTo(6);
		assertThat(query("""
				MATCH (:State {iso3: 'ARM'})<-[:OF_STATE]-(t:TroopFigure)
				RETURN t.active AS active, t.year AS year ORDER BY year""").stream()
			.map(r -> r.get("active").asLong() + "@" + r.get("year").asLong())
			.toList()).containsExactly("70600@2020", "42900@2023");
	}

	// --- spot checks of known facts
	// -----------------------------------------------------------------

	@Test
	void armeniasCstoParticipationIsFrozenFrom2024() {
		List<Record> rows = query(
				"""
						MATCH (:State {iso3: 'ARM'})-[:HOLDS]->(m:Membership {role: 'MEMBER'})-[:IN]->(:Organisation {abbreviation: 'CSTO'})
						MATCH (m)-[:HAS_STATUS]->(s:StatusChange {status: 'FROZEN'})
						RETURN m.validTo AS memberTo, s.validFrom AS from, s.validTo AS to,
						       [(s)-[:CITES]->(src) | src.key] AS sources""");
		assertThat(rows).hasSize(1);
		Record row = rows.get(0);
		assertThat(row.get("memberTo").isNull()).isTrue();
		assertThat(row.get("from").asLocalDate()).isEqualTo(LocalDate.of(2024, 2, 23));
		assertThat(row.get("to").isNull()).isTrue();
		assertThat(row.get("sources").asList(Value::asString)).contains("wikipedia-csto", "csto-explainer-2024");
	}

	@Test
	void uzbekistanHasTwoCstStintsAndOneGuamStint() {
		List<Record> stints = query("""
				MATCH (:State {iso3: 'UZB'})-[:HOLDS]->(m:Membership {role: 'MEMBER'})-[:IN]->(o:Organisation)
				WHERE o.abbreviation IN ['CST', 'CSTO', 'GUAM']
				RETURN o.abbreviation AS org, m.from AS from, m.to AS to, m.endStatus AS endStatus ORDER BY from""");
		assertThat(stints.stream()
			.map(r -> r.get("org").asString() + " " + r.get("from").asString() + ".." + r.get("to").asString() + " "
					+ r.get("endStatus").asString())
			.toList()).containsExactly("CST 1994-04-20..1999 ENDED", "GUAM 1999-04..2005-05 ENDED",
					"CSTO 2006-08-16..2012-06-28 SUSPENDED");
		assertThat(count("""
				MATCH (:Membership {key: 'csto-uzb-member-2006'})-[:HAS_CLAIM]->(c:Claim)
				WHERE c.field IN ['from', 'to', 'ratified'] RETURN count(c)""")).isGreaterThanOrEqualTo(7);
	}

	@Test
	void georgiaLeftTheCis() {
		List<Record> rows = query("""
				MATCH (:State {iso3: 'GEO'})-[:HOLDS]->(m:Membership)-[:IN]->(:Organisation {abbreviation: 'CIS'})
				RETURN m.from AS from, m.to AS to, m.validTo AS validTo, m.endStatus AS endStatus""");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("from").asString()).isEqualTo("1993-12");
		assertThat(rows.get(0).get("validTo").asLocalDate()).isEqualTo(LocalDate.of(2009, 8, 18));
		assertThat(rows.get(0).get("endStatus").asString()).isEqualTo("ENDED");
	}

	@Test
	void theCstoIsNamedInTheLanguagesOfItsMembersAndFormerMembers() {
		List<String> languages = query("""
				MATCH (:Organisation {abbreviation: 'CSTO'})-[:HAS_NAME]->(n:Name {kind: 'official'})
				RETURN DISTINCT n.language AS language""").stream().map(r -> r.get("language").asString()).toList();
		assertThat(languages).contains("ru", "hy", "be", "kk", "ky", "tg", "az", "ka", "uz");
		List<String> abbreviations = query("""
				MATCH (:Organisation {abbreviation: 'CSTO'})-[:HAS_NAME]->(n:Name {kind: 'abbreviation'})
				RETURN n.value AS value""").stream().map(r -> r.get("value").asString()).toList();
		assertThat(abbreviations).contains("ОДКБ", "ODKB", "ҰҚШҰ", "KTMT", "KXShT");
		assertThat(query("""
				MATCH (:Organisation {abbreviation: 'CST'})-[:HAS_NAME]->(n:Name) RETURN n.value AS value""").stream()
			.map(r -> r.get("value").asString())
			.toList()).contains("Tashkent Treaty", "Tashkent Pact");
	}

	@Test
	void bothCstoObserverClaimsArePresentWithTheirOwnSources() {
		Map<String, List<String>> claims = new TreeMap<>();
		query("""
				MATCH (:Organisation {abbreviation: 'CSTO'})-[:HAS_CLAIM]->(c:Claim {field: 'observers'})
				RETURN c.key AS key, [(c)-[:CITES]->(s) | s.key] AS sources""")
			.forEach(r -> claims.put(r.get("key").asString(), r.get("sources").asList(Value::asString)));
		assertThat(claims.values()).containsExactlyInAnyOrder(List.of("wikipedia-csto"), List.of("rozen-bakher-csto"));

		List<String> observerStates = query(
				"""
						MATCH (s:State)-[:HOLDS]->(m:Membership {role: 'OBSERVER'})-[:IN]->(:Organisation {abbreviation: 'CSTO'})
						WHERE [(m)-[:CITES]->(src) | src.key] = ['rozen-bakher-csto']
						RETURN s.iso3 AS iso3 ORDER BY iso3""")
			.stream()
			.map(r -> r.get("iso3").asString())
			.toList();
		assertThat(observerStates).containsExactly("AFG", "CHN", "IRN", "MNG", "SAU", "SRB", "SYR", "UZB");

		List<String> parliamentary = query(
				"""
						MATCH (s:State)-[:HOLDS]->(m:Membership {role: 'PARLIAMENTARY_OBSERVER'})-[:IN]->(:Organisation {abbreviation: 'CSTO'})
						MATCH (m)-[:THROUGH]->(b:Body)-[:PART_OF]->(s)
						WHERE (m)-[:CITES]->(:Source {key: 'wikipedia-csto'})
						RETURN s.iso3 + ' ' + m.from AS entry ORDER BY entry""")
			.stream()
			.map(r -> r.get("entry").asString())
			.toList();
		assertThat(parliamentary).containsExactly("AFG 2013", "SRB 2013");

		assertThat(
				query("""
						MATCH (:Body {key: 'union-state-parliamentary-assembly'})-[r:OBSERVER_IN]->(:Body {key: 'csto-parliamentary-assembly'})
						WHERE r.from = '2010' AND 'wikipedia-csto' IN r.sources RETURN r"""))
			.hasSize(1);
	}

	@Test
	void belarusMovedThroughThreeScoRoles() {
		assertThat(query("""
				MATCH (:State {iso3: 'BLR'})-[:HOLDS]->(m:Membership)-[:IN]->(:Organisation {abbreviation: 'SCO'})
				RETURN m.role + ' ' + m.from AS entry ORDER BY m.validFrom""").stream()
			.map(r -> r.get("entry").asString())
			.toList()).containsExactly("PARTNER 2010", "OBSERVER 2015", "MEMBER 2024-07-04");
	}

	@Test
	void theSearchIndexFoldsAccents() {
		assertThat(query("""
				CALL db.index.fulltext.queryNodes('atlas_search', 'kalektyunaj') YIELD node
				RETURN node.value AS value""")).isNotEmpty();
		assertThat(query("""
				CALL db.index.fulltext.queryNodes('atlas_search', 'ОДКБ') YIELD node
				RETURN node.value AS value""")).isNotEmpty();
	}

	// --- helpers
	// ------------------------------------------------------------------------------------

	private static double[] population(double count, double perThousand) {
		return new double[] { count * 1000 / (perThousand + 0.05), count * 1000 / (perThousand - 0.05) };
	}

}
