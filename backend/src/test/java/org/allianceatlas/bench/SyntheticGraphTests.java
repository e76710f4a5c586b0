package org.allianceatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.allianceatlas.Standalone;
import org.allianceatlas.database.EmbeddedNeo4j;
import org.allianceatlas.database.EmbeddedNeo4jProperties;
import org.allianceatlas.seed.GraphIntegrity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * Issue 15: the benchmark's synthetic graphs keep the rules the seed keeps, are marked,
 * are the same for the same seed, and can be taken out again.
 */
@Standalone
class SyntheticGraphTests {

	@TempDir
	Path dataDir;

	@Test
	void aSyntheticGraphKeepsEveryRuleOfTheModelAndIsMarkedAndRemovable() throws Exception {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(this.dataDir, "127.0.0.1", 0));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(),
						AuthTokens.basic(neo4j.user(), neo4j.password()))) {
			schema(driver);
			Map<String, Long> written = SyntheticGraph.write(driver, 2, 7L);
			assertThat(written).containsEntry("Organisation", 2L * SyntheticGraph.ORGANISATIONS)
				.containsEntry("State", 2L * SyntheticGraph.STATES)
				.containsEntry("Membership", 2L * SyntheticGraph.MEMBERSHIPS)
				.containsEntry("Claim", 2L * 2 * SyntheticGraph.CLAIMS);
			assertThat(written.get("StatusChange")).isPositive();
			assertThat(count(driver, "MATCH (n) RETURN count(n)")).as("nodes written")
				.isEqualTo(written.entrySet()
					.stream()
					.filter(entry -> !entry.getKey().equals("COOPERATES_WITH"))
					.mapToLong(Map.Entry::getValue)
					.sum());
			assertThat(count(driver, "MATCH (n) WHERE n.synthetic IS NULL RETURN count(n)")).as("unmarked nodes")
				.isZero();

			GraphIntegrity rules = new GraphIntegrity(driver);
			assertThat(rules.problems()).isEmpty();
			// the rules saw something of each kind they check
			assertThat(count(driver, """
					MATCH (:Organisation)-[r:COOPERATES_WITH]->(:Organisation) WITH r LIMIT 1
					CALL db.index.fulltext.queryRelationships('relationship_sources', '"' + r.sources[0] + '"')
					YIELD relationship WHERE relationship = r RETURN count(*)"""))
				.as("a cooperation found by its source")
				.isOne();
			assertThat(rules.periods()).hasSizeGreaterThan(200);
			assertThat(rules.completeTroopFigures()).hasSize(2 * SyntheticGraph.TROOP_FIGURES);

			String first = fingerprint(driver);
			SyntheticGraph.remove(driver);
			assertThat(count(driver, "MATCH (n) RETURN count(n)")).as("after removal").isZero();
			SyntheticGraph.write(driver, 2, 7L);
			assertThat(fingerprint(driver)).as("the same graph for the same seed").isEqualTo(first);
		}
	}

	/**
	 * The seed's schema: its constraints and indexes, and the index of relationship
	 * sources.
	 */
	private static void schema(Driver driver) throws Exception {
		for (String file : new String[] { "V0001__Constraints_and_indexes.cypher",
				"V0020__Index_of_relationship_sources.cypher" }) {
			String script = Files.readString(Path.of("..", "neo4j-seed", file), StandardCharsets.UTF_8);
			try (Session session = driver.session()) {
				Arrays.stream(script.replaceAll("(?m)^//.*$", "").split(";"))
					.map(String::strip)
					.filter(statement -> !statement.isEmpty())
					.forEach(statement -> session.run(statement).consume());
			}
		}
	}

	private static String fingerprint(Driver driver) {
		try (Session session = driver.session()) {
			return session.run("""
					MATCH (m:Membership)<-[:HOLDS]-(s:State), (m)-[:IN]->(o:Organisation)
					WITH m, s, o ORDER BY m.key
					RETURN collect(m.key + ' ' + s.iso3 + ' ' + o.abbreviation + ' ' + m.role + ' ' + m.from
					               + ' ' + coalesce(m.to, '')) AS all""").single().get("all").toString();
		}
	}

	private static long count(Driver driver, String cypher) {
		try (Session session = driver.session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

}
