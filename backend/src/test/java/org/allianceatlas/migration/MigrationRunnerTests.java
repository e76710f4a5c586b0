package org.allianceatlas.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.allianceatlas.Standalone;
import org.allianceatlas.database.EmbeddedNeo4j;
import org.allianceatlas.database.StartupProblem;
import org.allianceatlas.migration.MigrationRunner.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.mock.env.MockEnvironment;

/**
 * The migration runner against an embedded Neo4j of its own, so a failure here cannot
 * disturb the database other tests share. The real seed of {@code neo4j-seed/}, applied
 * script by script, is checked on the one run of it per test JVM ({@link ScriptSeed});
 * the other tests use small scripts of their own on a database they share and wipe before
 * each, so the lock keeps them one after another (the class still runs beside others).
 */
@Standalone
@ResourceLock("migration runner database")
class MigrationRunnerTests {

	/**
	 * The scripts themselves, one by one; {@link SeedBaselineTests} covers the baseline.
	 */
	private static final MigrationProperties SEED = new MigrationProperties(true, ScriptSeed.LOCATION, false);

	/**
	 * One database for the tests that only need a clean graph; wiped before each, and
	 * restarted on its directory by the one test about restarts (the lock keeps the
	 * others out meanwhile).
	 */
	@TempDir
	static Path sharedDataDir;

	static OwnNeo4j shared;

	static Driver sharedDriver;

	@BeforeAll
	static void startShared() {
		shared = OwnNeo4j.start(sharedDataDir);
		sharedDriver = shared.driver();
	}

	@AfterAll
	static void stopShared() {
		if (shared != null) {
			shared.close();
		}
	}

	@BeforeEach
	void wipeShared() {
		shared.wipe();
	}

	@Test
	void appliesEverySeedScriptOnceAndRecordsItsChecksum() {
		ScriptSeed.Run seed = ScriptSeed.run(shared);
		List<Migration> migrations = seed.migrations();
		assertThat(migrations).isNotEmpty();
		assertThat(migrations).extracting(Migration::version).isSorted();
		assertThat(seed.first()).isEqualTo(new Outcome(migrations.size(), false));

		assertThat(seed.recorded()).extracting(r -> ((Number) r.get("version")).intValue())
			.containsExactlyElementsOf(migrations.stream().map(Migration::version).toList());
		assertThat(seed.recorded()).extracting(r -> r.get("checksum"))
			.containsExactlyElementsOf(migrations.stream().map(Migration::checksum).toList());
		assertThat(seed.locksAfterwards()).as("lock released").isEmpty();
	}

	@Test
	void applyingTheSeedTwiceLeavesTheGraphIdentical() {
		ScriptSeed.Run seed = ScriptSeed.run(shared);
		// A second start finds everything applied and changes nothing.
		assertThat(seed.second()).isEqualTo(new Outcome(0, false));
		assertThat(seed.afterSecondRun()).isEqualTo(seed.applied());
		// Even run again statement by statement, bypassing the record, the scripts are
		// idempotent.
		assertThat(seed.afterStatementsAgain()).isEqualTo(seed.applied());
		assertThat(seed.memberships()).as("the seed was there to re-apply").isPositive();
	}

	@Test
	void aRestartOnTheSameDataDirectoryKeepsDataAddedOverBolt() {
		// Two small scripts stand for the seed, which the tests above apply in full.
		List<Migration> migrations = List.of(
				Migration.parse("V0001__Schema_and_data.cypher",
						"CREATE CONSTRAINT seeded_k IF NOT EXISTS FOR (n:Seeded) REQUIRE n.k IS UNIQUE;\n"
								+ "MERGE (:Seeded {k: 1});"),
				Migration.parse("V0002__More_data.cypher", "MERGE (:Seeded {k: 2});"));
		// The shared database, emptied, stands for a new one; a fresh directory would
		// cost
		// one more start of Neo4j.
		EmbeddedNeo4j neo4j = shared.neo4j();
		runner(sharedDriver).migrate(migrations);
		// As a user's cypher-shell would connect: through the Bolt port for tools, with
		// the kept password.
		try (Driver userTool = GraphDatabase.driver(neo4j.publicBoltUri(),
				AuthTokens.basic(neo4j.user(), neo4j.password())); Session session = userTool.session()) {
			session.run("CREATE (:UserNote {text: 'added by a user over Bolt'})").consume();
		}
		shared.close();
		shared = null;
		// the restart, which the other tests then share as before
		startShared();
		Driver driver = sharedDriver;
		runner(driver).migrate(migrations);
		assertThat(query(driver, "MATCH (n:UserNote) RETURN n.text AS text")).extracting(r -> r.get("text"))
			.containsExactly("added by a user over Bolt");
		assertThat(query(driver, "MATCH (m:__AtlasMigration) RETURN m.version AS version ORDER BY version"))
			.extracting(r -> ((Number) r.get("version")).intValue())
			.containsExactly(1, 2);
		assertThat(query(driver, "MATCH (n:Seeded) RETURN n.k AS k ORDER BY k"))
			.extracting(r -> ((Number) r.get("k")).intValue())
			.containsExactly(1, 2);
	}

	@Test
	void aScriptEditedAfterItWasAppliedStopsStartUpWithAClearMessage() {
		Driver driver = sharedDriver;
		MigrationRunner runner = runner(driver);
		List<Migration> migrations = new ArrayList<>(
				List.of(Migration.parse("V0001__One.cypher", "MERGE (:One {k: 1});"),
						Migration.parse("V0002__Two.cypher", "MERGE (:Two {k: 1});")));
		runner.migrate(migrations);
		Migration first = migrations.get(0);
		migrations.set(0, Migration.parse(first.fileName(), "CREATE (:Edited);"));

		assertThatThrownBy(() -> runner.migrate(migrations)).isInstanceOf(StartupProblem.class)
			.hasMessageContaining(first.fileName())
			.hasMessageContaining("was changed after it was applied");
		assertThat(query(driver, "MATCH (n:Edited) RETURN n")).as("nothing of the edit ran").isEmpty();
	}

	@Test
	void aProblemWithAnyScriptStopsStartUpBeforeAnythingIsApplied() {
		Driver driver = sharedDriver;
		MigrationRunner runner = runner(driver);
		runner.migrate(List.of(Migration.parse("V0001__One.cypher", "MERGE (:One {k: 1});")));

		assertThatThrownBy(() -> runner.migrate(List.of(Migration.parse("V0001__One.cypher", "MERGE (:One {k: 2});"),
				Migration.parse("V0002__Two.cypher", "MERGE (:Two {k: 1});"))))
			.isInstanceOf(StartupProblem.class)
			.hasMessageContaining("V0001__One.cypher");
		assertThat(query(driver, "MATCH (n:Two) RETURN n")).as("the new script waits until the edit is undone")
			.isEmpty();
	}

	@Test
	void aNewScriptNumberedBelowAnAppliedOneIsRefused() {
		Driver driver = sharedDriver;
		MigrationRunner runner = runner(driver);
		runner.migrate(List.of(Migration.parse("V0005__Five.cypher", "MERGE (:Five {k: 1});")));

		assertThatThrownBy(
				() -> runner.migrate(List.of(Migration.parse("V0003__Three.cypher", "MERGE (:Three {k: 1});"),
						Migration.parse("V0005__Five.cypher", "MERGE (:Five {k: 1});"))))
			.isInstanceOf(StartupProblem.class)
			.hasMessageContaining("V0003__Three.cypher");
		assertThat(query(driver, "MATCH (n:Three) RETURN n")).isEmpty();
	}

	@Test
	void aFailingScriptIsNotRecordedAndNamesItsFile() {
		Driver driver = sharedDriver;
		MigrationRunner runner = runner(driver);
		Migration broken = Migration.parse("V0001__Broken.cypher", "MERGE (:Good {k: 1});\nTHIS IS NOT CYPHER;");

		assertThatThrownBy(() -> runner.migrate(List.of(broken))).isInstanceOf(StartupProblem.class)
			.hasMessageContaining("V0001__Broken.cypher");
		assertThat(query(driver, "MATCH (m:__AtlasMigration) RETURN m")).isEmpty();
		assertThat(query(driver, "MATCH (n:Good) RETURN n")).as("the script's transaction rolled back").isEmpty();
		assertThat(query(driver, "MATCH (l:__AtlasMigrationLock) RETURN l")).as("lock released").isEmpty();
	}

	@Test
	void aLaterMigrationThatWouldOverwriteACuratedChangeStopsNamingTheThingAndItsRevision() {
		MigrationRunner runner = runner(sharedDriver);
		Migration first = Migration.parse("V0001__One.cypher",
				"MERGE (:State {iso3: 'ARM', name: 'Armenia'});\nMERGE (:State {iso3: 'KAZ', name: 'Kazakhstan'});");
		runner.migrate(List.of(first));
		// what an accepted proposal leaves: the new value and the count of revisions
		query(sharedDriver, "MATCH (s:State {iso3: 'ARM'}) SET s.name = 'Republic of Armenia', s.revision = 1");

		Migration untouched = Migration.parse("V0002__Other.cypher",
				"MATCH (s:State {iso3: 'KAZ'}) SET s.name = 'Kazakhstan (Republic)';");
		runner.migrate(List.of(first, untouched));
		Migration overwriting = Migration.parse("V0003__Rename.cypher",
				"MATCH (s:State) SET s.name = s.name + ' (checked)';");

		assertThatThrownBy(() -> runner.migrate(List.of(first, untouched, overwriting)))
			.isInstanceOf(StartupProblem.class)
			.hasMessageContaining("V0003__Rename.cypher")
			.hasMessageContaining("State 'ARM'")
			.hasMessageContaining("revision 1");
		assertThat(query(sharedDriver, "MATCH (s:State) RETURN s.iso3 AS iso3, s.name AS name ORDER BY iso3"))
			.containsExactly(Map.of("iso3", "ARM", "name", "Republic of Armenia"),
					Map.of("iso3", "KAZ", "name", "Kazakhstan (Republic)"));
		assertThat(query(sharedDriver, "MATCH (m:__AtlasMigration) RETURN m.version AS v ORDER BY v"))
			.containsExactly(Map.of("v", 1L), Map.of("v", 2L));
	}

	private static MigrationRunner runner(Driver driver) {
		return new MigrationRunner(driver, SEED, new MockEnvironment());
	}

	private static List<Map<String, Object>> query(Driver driver, String cypher) {
		return OwnNeo4j.query(driver, cypher);
	}

	/**
	 * Every node and relationship with its labels or type, endpoints and properties, and
	 * the indexes; sorted.
	 */
	record GraphFingerprint(List<String> entries) {

		static GraphFingerprint of(Driver driver) {
			try (Session session = driver.session()) {
				List<String> nodes = session.run("""
						MATCH (n) WHERE NOT n:__AtlasMigration AND NOT n:__AtlasMigrationLock
						RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props""")
					.list(r -> r.get("id").asString() + " " + r.get("labels").asList() + " "
							+ new TreeMap<>(r.get("props").asMap()));
				List<String> relationships = session.run("""
						MATCH (a)-[r]->(b)
						RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b,
						       properties(r) AS props""")
					.list(r -> r.get("id").asString() + " " + r.get("type").asString() + " " + r.get("a").asString()
							+ "->" + r.get("b").asString() + " " + new TreeMap<>(r.get("props").asMap()));
				List<String> schema = session.run("SHOW INDEXES YIELD name RETURN name")
					.list(r -> r.get("name").asString());
				return new GraphFingerprint(
						Stream.of(nodes, relationships, schema).flatMap(List::stream).sorted().toList());
			}
		}

		/**
		 * The graph by content alone, for comparing two databases, whose element ids
		 * differ: every node by its labels and properties, every relationship by its
		 * type, its endpoints' descriptions and its properties, each property value with
		 * its Neo4j type; the full definition of every constraint and index; the versions
		 * and checksums of the recorded migrations.
		 */
		static GraphFingerprint ofContent(Driver driver) {
			try (Session session = driver.session()) {
				Map<String, String> nodes = new TreeMap<>();
				session.run("""
						MATCH (n) WHERE NOT n:__AtlasMigration AND NOT n:__AtlasMigrationLock
						RETURN elementId(n) AS id, labels(n) AS labels, n AS node""")
					.forEachRemaining(r -> nodes.put(r.get("id").asString(),
							r.get("labels").asList(Value::asString).stream().sorted().toList() + " "
									+ typed(r.get("node").asNode())));
				List<String> entries = new ArrayList<>();
				nodes.values().forEach(node -> entries.add("node " + node));
				session.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, r")
					.forEachRemaining(r -> entries.add("relationship " + nodes.get(r.get("a").asString()) + " -["
							+ r.get("r").asRelationship().type() + " " + typed(r.get("r").asRelationship()) + "]-> "
							+ nodes.get(r.get("b").asString())));
				session.run("SHOW CONSTRAINTS YIELD createStatement")
					.forEachRemaining(r -> entries.add("schema " + r.get(0).asString()));
				session
					.run("SHOW INDEXES YIELD createStatement, owningConstraint WHERE owningConstraint IS NULL "
							+ "RETURN createStatement")
					.forEachRemaining(r -> entries.add("schema " + r.get(0).asString()));
				session
					.run("MATCH (m:__AtlasMigration) RETURN m.version AS version, m.file AS file, "
							+ "m.description AS description, m.checksum AS checksum")
					.forEachRemaining(
							r -> entries.add("migration " + r.get("version").asInt() + " " + r.get("file").asString()
									+ " " + r.get("description").asString() + " " + r.get("checksum").asString()));
				return new GraphFingerprint(entries.stream().sorted().toList());
			}
		}

		private static String typed(Entity entity) {
			Map<String, String> properties = new TreeMap<>();
			entity.keys().forEach(key -> properties.put(key, typed(entity.get(key))));
			return properties.toString();
		}

		private static String typed(Value value) {
			if (value.hasType(TypeSystem.getDefault().LIST())) {
				return "LIST" + value.asList(GraphFingerprint::typed);
			}
			return value.type().name() + " " + value;
		}

	}

}
