package org.allianceatlas.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs every statement of every seed script a second time on the seeded database and checks the
 * graph is exactly what it was: scripts MERGE on business keys and SET, so a re-run changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SeedReapplyTest {

	@Autowired
	private Driver driver;

	@Autowired
	private MigrationRunner runner;

	@Test
	void applyingTheSeedTwiceChangesNothing() {
		List<String> before = fingerprint();
		assertThat(before).isNotEmpty();
		try (Session session = this.driver.session()) {
			for (Migration migration : this.runner.loadMigrations()) {
				for (String statement : migration.statements()) {
					if (CypherScript.isSchemaStatement(statement)) {
						session.run(statement).consume();
					}
					else {
						session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
					}
				}
			}
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	/** Every node and relationship with its labels or type, endpoints and properties, sorted. */
	private List<String> fingerprint() {
		try (Session session = this.driver.session()) {
			List<String> nodes = session.run("""
					MATCH (n) WHERE NOT n:__AtlasMigration AND NOT n:__AtlasMigrationLock
					RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props""")
				.list(r -> r.get("id").asString() + " " + r.get("labels").asList() + " " + new TreeMap<>(r.get("props").asMap()));
			List<String> relationships = session.run("""
					MATCH (a)-[r]->(b)
					RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS props""")
				.list(r -> r.get("id").asString() + " " + r.get("type").asString() + " " + r.get("a").asString() + "->"
						+ r.get("b").asString() + " " + new TreeMap<>(r.get("props").asMap()));
			List<String> schema = session.run("SHOW INDEXES YIELD name RETURN name").list(r -> r.get("name").asString());
			return Stream.of(nodes, relationships, schema).flatMap(List::stream).sorted().toList();
		}
	}

}
