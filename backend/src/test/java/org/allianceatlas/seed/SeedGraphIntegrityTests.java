package org.allianceatlas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

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

	private static final Pattern PARTIAL_DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");

	private static final List<String> FACT_LABELS = List.of("Organisation", "Body", "Person", "Event", "Membership",
			"StatusChange", "TroopFigure", "Name", "Claim");

	/**
	 * Relationship types that state a fact and therefore cite through their
	 * {@code sources} list.
	 */
	private static final List<String> CITING_TYPES = List.of("SUCCEEDED_BY", "PART_OF", "OBSERVER_IN",
			"COOPERATES_WITH", "HELD_OFFICE", "NATIONAL_OF");

	@Autowired
	private Driver driver;

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
		for (String label : FACT_LABELS) {
			assertThat(count("MATCH (n:" + label + ") RETURN count(n)")).as(label).isPositive();
		}
		assertThat(count("MATCH (n:State) RETURN count(n)")).isPositive();
		assertThat(count("MATCH (n:Source) RETURN count(n)")).isPositive();
	}

	@Test
	void everyFactBearingNodeCitesASource() {
		List<String> uncited = query("""
				MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
				  AND NOT (n)-[:CITES]->(:Source)
				RETURN labels(n)[0] + ' ' + coalesce(n.key, n.abbreviation) AS node""", Map.of("labels", FACT_LABELS))
			.stream()
			.map(r -> r.get("node").asString())
			.toList();
		assertThat(uncited).isEmpty();
	}

	@Test
	void statesAreIdentifierNodesOrCite() {
		List<String> offenders = query("""
				MATCH (s:State)
				WHERE NOT (s)-[:CITES]->(:Source)
				  AND any(k IN keys(s) WHERE NOT k IN ['iso3', 'iso2', 'name'])
				RETURN s.iso3 AS iso3""").stream().map(r -> r.get("iso3").asString()).toList();
		assertThat(offenders).as("states that state a fact without citing").isEmpty();
		assertThat(query("MATCH (s:State) WHERE NOT s.iso3 =~ '[A-Z]{3}' OR NOT s.iso2 =~ '[A-Z]{2}' RETURN s"))
			.isEmpty();
	}

	@Test
	void citationsPointAtSources() {
		assertThat(query("MATCH (n)-[:CITES]->(x) WHERE NOT x:Source RETURN n")).isEmpty();
		assertThat(query("MATCH (s:Source) WHERE s.title IS NULL AND s.publisher IS NULL RETURN s.key")).isEmpty();
	}

	@Test
	void sourcesListsNameExistingSources() {
		List<String> bad = query(
				"""
						MATCH (a)-[r]->(b) WHERE r.sources IS NOT NULL
						  AND (size(r.sources) = 0
						       OR any(k IN r.sources WHERE NOT EXISTS { MATCH (:Source {key: k}) }))
						RETURN type(r) + ' ' + coalesce(a.key, a.abbreviation, a.iso3) + '->' + coalesce(b.key, b.abbreviation, b.iso3) AS rel""")
			.stream()
			.map(r -> r.get("rel").asString())
			.toList();
		assertThat(bad).isEmpty();
	}

	@Test
	void factRelationshipsAlwaysCarrySources() {
		List<String> bad = query(
				"""
						MATCH (a)-[r]->(b) WHERE type(r) IN $types AND r.sources IS NULL
						RETURN type(r) + ' ' + coalesce(a.key, a.abbreviation, a.iso3) + '->' + coalesce(b.key, b.abbreviation, b.iso3) AS rel""",
				Map.of("types", CITING_TYPES))
			.stream()
			.map(r -> r.get("rel").asString())
			.toList();
		assertThat(bad).isEmpty();
		for (String type : CITING_TYPES) {
			assertThat(count("MATCH ()-[r:" + type + "]->() RETURN count(r)")).as(type).isPositive();
		}
	}

	@Test
	void claimsAreAttachedAndPrimaryClaimsExist() {
		assertThat(
				query("MATCH (c:Claim) WHERE NOT ()-[:HAS_CLAIM]->(c) OR c.field IS NULL OR c.value IS NULL RETURN c"))
			.isEmpty();
		List<String> bad = query("""
				MATCH (x) WHERE x.primaryClaim IS NOT NULL
				UNWIND x.primaryClaim AS k
				WITH x, k WHERE NOT (x)-[:HAS_CLAIM]->(:Claim {key: k})
				RETURN k""").stream().map(r -> r.get("k").asString()).toList();
		assertThat(bad).isEmpty();
	}

	@Test
	void plainPropertiesHoldThePrimaryClaimsValue() {
		List<String> bad = query("""
				MATCH (x)-[:HAS_CLAIM]->(c:Claim)
				WHERE c.key IN coalesce(x.primaryClaim, []) AND x[c.field] IS NOT NULL
				  AND toString(x[c.field]) <> c.value
				RETURN c.key + ': ' + toString(x[c.field]) + ' <> ' + c.value AS mismatch""").stream()
			.map(r -> r.get("mismatch").asString())
			.toList();
		assertThat(bad).isEmpty();
		// Disputed values are not silently decided: every disputed field has at least two
		// claims.
		assertThat(count("""
				MATCH (x)-[:HAS_CLAIM]->(c:Claim)
				WITH x, c.field AS field, count(c) AS claims WHERE claims >= 2
				RETURN count(*)""")).isGreaterThanOrEqualTo(15);
	}

	@Test
	void membershipsAreWellFormed() {
		assertThat(
				query("""
						MATCH (m:Membership)
						WHERE COUNT { (:State)-[:HOLDS]->(m) } <> 1 OR COUNT { (m)-[:IN]->(:Organisation) } <> 1
						   OR NOT m.role IN ['MEMBER', 'ASSOCIATE_MEMBER', 'OBSERVER', 'PARLIAMENTARY_OBSERVER', 'PARTNER', 'PARTICIPANT']
						   OR (m.endStatus IS NOT NULL AND NOT m.endStatus IN ['ENDED', 'SUSPENDED'])
						   OR (m.endStatus IS NOT NULL AND m.to IS NULL)
						RETURN m.key"""))
			.isEmpty();
		// A status holds within the membership it qualifies.
		assertThat(query("""
				MATCH (m:Membership)-[:HAS_STATUS]->(s:StatusChange)
				WHERE (m.validFrom IS NOT NULL AND (s.validFrom IS NULL OR s.validFrom < m.validFrom))
				   OR (m.validTo IS NOT NULL AND (s.validTo IS NULL OR s.validTo > m.validTo))
				RETURN s.key""")).isEmpty();
	}

	// --- dates
	// ------------------------------------------------------------------------------------

	@Test
	void partialDateStringsAreWellFormed() {
		List<Record> rows = query(
				"""
						CALL () {
						  MATCH (n) UNWIND [k IN keys(n) WHERE k IN ['from', 'to', 'date', 'founded', 'dissolved', 'published']] AS k
						  RETURN coalesce(n.key, n.abbreviation) + '.' + k AS where, n[k] AS value
						  UNION ALL
						  MATCH ()-[r]->() UNWIND [k IN keys(r) WHERE k IN ['from', 'to', 'date']] AS k
						  RETURN type(r) + '.' + k AS where, r[k] AS value
						}
						RETURN where, value""");
		assertThat(rows).isNotEmpty();
		List<String> bad = new ArrayList<>();
		for (Record row : rows) {
			Value value = row.get("value");
			if (value.isNull()) {
				continue;
			}
			String text = value.asString();
			if (!PARTIAL_DATE.matcher(text).matches() || !isRealDate(text)) {
				bad.add(row.get("where").asString() + "=" + text);
			}
		}
		assertThat(bad).isEmpty();
	}

	@Test
	void periodsAgreeWithTheirStrings() {
		List<Record> rows = query("""
				CALL () {
				  MATCH (n) WHERE n:Membership OR n:StatusChange
				  RETURN n.key AS where, n.from AS from, n.to AS to, n.validFrom AS validFrom, n.validTo AS validTo
				  UNION ALL
				  MATCH (a)-[r:HELD_OFFICE|OBSERVER_IN]->(b)
				  RETURN type(r) + ' ' + coalesce(a.key, a.abbreviation) AS where, r.from AS from, r.to AS to,
				         r.validFrom AS validFrom, r.validTo AS validTo
				}
				RETURN where, from, to, validFrom, validTo""");
		assertThat(rows).hasSizeGreaterThan(100);
		List<String> bad = new ArrayList<>();
		for (Record row : rows) {
			String where = row.get("where").asString();
			LocalDate validFrom = row.get("validFrom").isNull() ? null : row.get("validFrom").asLocalDate();
			LocalDate validTo = row.get("validTo").isNull() ? null : row.get("validTo").asLocalDate();
			LocalDate expectedFrom = row.get("from").isNull() ? null : start(row.get("from").asString());
			LocalDate expectedTo = row.get("to").isNull() ? null : end(row.get("to").asString());
			if (!Objects.equals(validFrom, expectedFrom)) {
				bad.add(where + " validFrom " + validFrom + " for from " + row.get("from"));
			}
			if (!Objects.equals(validTo, expectedTo)) {
				bad.add(where + " validTo " + validTo + " for to " + row.get("to"));
			}
			if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
				bad.add(where + " starts after it ends");
			}
		}
		assertThat(bad).isEmpty();
	}

	@Test
	void eventsHaveTheirStartDate() {
		List<String> bad = new ArrayList<>();
		for (Record row : query("MATCH (e:Event) RETURN e.key AS key, e.date AS date, e.validFrom AS validFrom")) {
			if (row.get("date").isNull() || row.get("validFrom").isNull()
					|| !start(row.get("date").asString()).equals(row.get("validFrom").asLocalDate())) {
				bad.add(row.get("key").asString());
			}
		}
		assertThat(bad).isEmpty();
		assertThat(query("MATCH (e:Event) WHERE NOT (e)-[:CONCERNS]->(:Organisation) RETURN e.key")).isEmpty();
	}

	// --- troop figures
	// ----------------------------------------------------------------------------

	@Test
	void troopFigurePartsAddUpToTheirTotal() {
		List<Record> complete = query(
				"""
						MATCH (t:TroopFigure)
						WHERE t.active IS NOT NULL AND t.reserve IS NOT NULL AND t.paramilitary IS NOT NULL AND t.total IS NOT NULL
						RETURN t.key AS key, t.active + t.reserve + t.paramilitary AS sum, t.total AS total""");
		assertThat(complete).hasSizeGreaterThanOrEqualTo(6);
		for (Record row : complete) {
			assertThat(row.get("sum").asLong()).as(row.get("key").asString()).isEqualTo(row.get("total").asLong());
		}
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

	private static boolean isRealDate(String text) {
		try {
			start(text);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static LocalDate start(String partial) {
		return switch (partial.length()) {
			case 4 -> LocalDate.of(Integer.parseInt(partial), 1, 1);
			case 7 -> YearMonth.parse(partial).atDay(1);
			default -> LocalDate.parse(partial);
		};
	}

	private static LocalDate end(String partial) {
		return switch (partial.length()) {
			case 4 -> LocalDate.of(Integer.parseInt(partial), 12, 31);
			case 7 -> YearMonth.parse(partial).atEndOfMonth();
			default -> LocalDate.parse(partial);
		};
	}

	private static double[] population(double count, double perThousand) {
		return new double[] { count * 1000 / (perThousand + 0.05), count * 1000 / (perThousand - 0.05) };
	}

}
