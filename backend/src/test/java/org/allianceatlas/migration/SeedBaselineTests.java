package org.allianceatlas.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceatlas.Standalone;
import org.allianceatlas.migration.MigrationRunner.Outcome;
import org.allianceatlas.migration.MigrationRunnerTests.GraphFingerprint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Driver;
import org.springframework.mock.env.MockEnvironment;

/**
 * The seed baseline ({@link SeedBaseline}) against the scripts it stands for, on an
 * embedded Neo4j of its own; the scripts' own graph is the one run of them per test JVM
 * ({@link ScriptSeed}). With {@code -Datlas.baseline.update=true} its first test writes
 * the baseline made again from the scripts in {@code neo4j-seed/} there. Its tests share
 * one database, so the lock keeps them one after another (the class still runs beside
 * others).
 */
@Standalone
@ResourceLock("seed baseline database")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedBaselineTests {

	static final Path BASELINE = Path.of("../neo4j-seed").resolve(SeedBaseline.FILE);

	@TempDir
	static Path dataDir;

	static OwnNeo4j database;

	static Driver driver;

	@TempDir
	Path scripts;

	@BeforeAll
	static void start() {
		database = OwnNeo4j.start(dataDir);
		driver = database.driver();
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	@BeforeEach
	void wipe() {
		database.wipe();
	}

	@Test
	@Order(1)
	void aFreshDatabaseGetsTheSameGraphFromTheBaselineAsFromTheScripts() throws IOException {
		ScriptSeed.Run seed = ScriptSeed.run(database);
		List<Migration> withAbove = new ArrayList<>(seed.migrations());
		withAbove.add(ScriptSeed.ABOVE);

		String generated = seed.baseline();
		if (Boolean.getBoolean("atlas.baseline.update")) {
			Files.createDirectories(BASELINE.getParent());
			Files.writeString(BASELINE, generated, StandardCharsets.UTF_8);
		}
		assertThat(generated)
			.as("the baseline made again from the scripts equals %s byte for byte; if not, make it again with %s",
					BASELINE, SeedBaseline.REGENERATE)
			.isEqualTo(Files.readString(BASELINE, StandardCharsets.UTF_8));
		// the scripts, then the one above the baseline, one by one
		assertThat(seed.above()).isEqualTo(new Outcome(1, false));
		GraphFingerprint fromScripts = seed.contentWithAbove();

		MigrationRunner runner = runner(ScriptSeed.LOCATION, true);
		assertThat(runner.migrate(withAbove)).isEqualTo(new Outcome(withAbove.size(), true));
		assertThat(difference(GraphFingerprint.ofContent(driver), fromScripts)).isEmpty();
		assertThat(GraphFingerprint.ofContent(driver)).isEqualTo(fromScripts);
		assertThat(query("MATCH (l:__AtlasMigrationLock) RETURN l")).as("lock released").isEmpty();

		// A second start finds everything applied.
		assertThat(runner.migrate(withAbove)).isEqualTo(new Outcome(0, false));
		assertThat(GraphFingerprint.ofContent(driver)).isEqualTo(fromScripts);
	}

	@Test
	@Order(2)
	void theBaselineStandsForExactlyTheScriptsAsTheyAreNow() throws IOException {
		SeedBaseline baseline = SeedBaseline.parse(Files.readString(BASELINE, StandardCharsets.UTF_8));
		List<Migration> migrations = runner(ScriptSeed.LOCATION, true).loadMigrations();
		assertThat(baseline.mismatch(migrations))
			.as("the seed baseline %s is stale; make it again with %s", BASELINE, SeedBaseline.REGENERATE)
			.isNull();
		assertThat(baseline.scripts()).extracting(SeedBaseline.Script::file)
			.as("the baseline stands for every script in neo4j-seed/; make it again with %s", SeedBaseline.REGENERATE)
			.containsExactlyElementsOf(migrations.stream().map(Migration::fileName).toList());
	}

	@Test
	void aSmallBaselineGivesTheGraphOfItsScripts() throws IOException {
		GraphFingerprint fromScripts = smallSeedWithBaseline();

		MigrationRunner runner = runner(this.scripts.toUri().toString(), true);
		assertThat(runner.migrate(runner.loadMigrations())).isEqualTo(new Outcome(2, true));
		assertThat(GraphFingerprint.ofContent(driver)).isEqualTo(fromScripts);
		assertThat(query("MATCH (t:Thing {key: 'a'}) RETURN t.since AS since, t.share AS share, t.tags AS tags"))
			.containsExactly(Map.of("since", LocalDate.of(1991, 12, 8), "share", 0.5, "tags", List.of("x", "y")));
		assertThat(runner.migrate(runner.loadMigrations())).isEqualTo(new Outcome(0, false));
	}

	@Test
	void aDatabaseWithAScriptAppliedNeverTakesTheBaseline() throws IOException {
		GraphFingerprint fromScripts = smallSeedWithBaseline();
		MigrationRunner runner = runner(this.scripts.toUri().toString(), true);
		List<Migration> migrations = runner.loadMigrations();
		// what an older build that had only the first script left behind
		assertThat(runner.migrate(migrations.subList(0, 1))).isEqualTo(new Outcome(1, false));

		assertThat(runner.migrate(migrations)).isEqualTo(new Outcome(1, false));
		assertThat(GraphFingerprint.ofContent(driver)).isEqualTo(fromScripts);
	}

	@Test
	void aDatabaseWithDataButNoRecordNeverTakesTheBaseline() throws IOException {
		smallSeedWithBaseline();
		query("CREATE (:UserNote {text: 'added by hand'})");
		MigrationRunner runner = runner(this.scripts.toUri().toString(), true);

		assertThat(runner.migrate(runner.loadMigrations())).isEqualTo(new Outcome(2, false));
		assertThat(query("MATCH (n:UserNote) RETURN n.text AS text")).containsExactly(Map.of("text", "added by hand"));
	}

	@Test
	void aScriptChangedSinceTheBaselineWasMadeKeepsTheBaselineOut() throws IOException {
		smallSeedWithBaseline();
		Files.writeString(this.scripts.resolve("V0002__Links.cypher"), "MERGE (:Thing {key: 'changed'});\n");
		MigrationRunner runner = runner(this.scripts.toUri().toString(), true);
		List<Migration> migrations = runner.loadMigrations();
		SeedBaseline baseline = SeedBaseline
			.parse(Files.readString(this.scripts.resolve(SeedBaseline.FILE), StandardCharsets.UTF_8));
		assertThat(baseline.mismatch(migrations)).contains("V0002__Links.cypher");

		assertThat(runner.migrate(migrations)).isEqualTo(new Outcome(2, false));
		assertThat(query("MATCH (t:Thing) RETURN t.key AS key ORDER BY key")).extracting(r -> r.get("key"))
			.containsExactly("a", "changed");
	}

	/**
	 * Writes two small scripts, applies them one by one, writes their baseline beside
	 * them and empties the database again.
	 * @return the graph the scripts made
	 */
	private GraphFingerprint smallSeedWithBaseline() throws IOException {
		Files.writeString(this.scripts.resolve("V0001__Things.cypher"), """
				CREATE CONSTRAINT thing_key IF NOT EXISTS FOR (n:Thing) REQUIRE n.key IS UNIQUE;
				UNWIND [{key: 'a', since: date('1991-12-08'), share: 0.5, whole: 2.0, tags: ['x', 'y'], open: true,
				         count: 3, lasts: duration('P1Y2M3DT4S')}] AS t
				MERGE (x:Thing {key: t.key}) SET x += t;
				""");
		Files.writeString(this.scripts.resolve("V0002__Links.cypher"), """
				MERGE (a:Thing {key: 'a'}) MERGE (b:Thing:Other {key: 'b'})
				MERGE (a)-[:LINKS {since: date('2001-06-15'), weight: 2, sizes: [1.5, 2.0]}]->(b);
				""");
		MigrationRunner scriptsOnly = runner(this.scripts.toUri().toString(), false);
		scriptsOnly.migrate(scriptsOnly.loadMigrations());
		GraphFingerprint fromScripts = GraphFingerprint.ofContent(driver);
		Path baseline = this.scripts.resolve(SeedBaseline.FILE);
		Files.createDirectories(baseline.getParent());
		Files.writeString(baseline, SeedBaselineGenerator.generate(driver), StandardCharsets.UTF_8);
		wipe();
		return fromScripts;
	}

	/**
	 * Up to ten entries one fingerprint has and the other lacks, for a readable failure.
	 */
	private static List<String> difference(GraphFingerprint actual, GraphFingerprint expected) {
		Set<String> have = new HashSet<>(actual.entries());
		Set<String> want = new HashSet<>(expected.entries());
		List<String> differences = new ArrayList<>();
		want.stream().filter(e -> !have.contains(e)).sorted().forEach(e -> differences.add("missing " + e));
		have.stream().filter(e -> !want.contains(e)).sorted().forEach(e -> differences.add("extra " + e));
		return differences.stream().limit(10).toList();
	}

	private static MigrationRunner runner(String location, boolean baseline) {
		return new MigrationRunner(driver, new MigrationProperties(true, location, baseline), new MockEnvironment());
	}

	private static List<Map<String, Object>> query(String cypher) {
		return database.query(cypher);
	}

}
