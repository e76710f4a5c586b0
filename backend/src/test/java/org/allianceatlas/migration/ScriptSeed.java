package org.allianceatlas.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceatlas.migration.MigrationRunner.Outcome;
import org.allianceatlas.migration.MigrationRunnerTests.GraphFingerprint;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.mock.env.MockEnvironment;

/**
 * The real seed of {@code neo4j-seed/} applied script by script to an empty embedded
 * Neo4j, once per test JVM, and what {@link MigrationRunnerTests} and
 * {@link SeedBaselineTests} check of it, taken down step by step as it happens. Applying
 * the scripts one by one is the slowest thing these tests do (about 40 s of CPU on the
 * two-core build machine), and both classes need the same run: the runner's record of it,
 * that a second run changes nothing, that the statements are idempotent, and the graph
 * and baseline the scripts make. So the first class to ask runs it, on that class's own
 * database (empty when it asks, and emptied again afterwards: a start of Neo4j for this
 * alone would cost more than the wipe), and the other class reads the same record.
 */
final class ScriptSeed {

	static final String LOCATION = "classpath:neo4j-seed/";

	/** A script above the baseline, run as usual after it. */
	static final Migration ABOVE = Migration.parse("V9000__Above_the_baseline.cypher", """
			CREATE INDEX above_baseline IF NOT EXISTS FOR (n:State) ON (n.checkedAbove);
			MATCH (s:State {iso3: 'ARM'}) SET s.checkedAbove = date('2026-12-02');
			""");

	private static Run run;

	private static RuntimeException failure;

	private ScriptSeed() {
	}

	/**
	 * The seed applied by its scripts; applied on the first call, waited for by calls on
	 * other threads meanwhile.
	 * @param database the caller's own database, empty; used only if the seed has not
	 * been applied yet, and left empty again
	 */
	static synchronized Run run(OwnNeo4j database) {
		if (run == null && failure == null) {
			try {
				run = apply(database);
			}
			catch (RuntimeException | Error ex) {
				failure = new IllegalStateException("applying the seed scripts failed", ex);
			}
		}
		if (failure != null) {
			throw failure;
		}
		return run;
	}

	private static Run apply(OwnNeo4j database) {
		try {
			Driver driver = database.driver();
			MigrationRunner runner = new MigrationRunner(driver, new MigrationProperties(true, LOCATION, false),
					new MockEnvironment());
			List<Migration> migrations = runner.loadMigrations();

			Outcome first = runner.migrate(migrations);
			List<Map<String, Object>> recorded = database
				.query("MATCH (m:__AtlasMigration) RETURN m.version AS version, m.checksum AS checksum "
						+ "ORDER BY version");
			List<Map<String, Object>> locks = database.query("MATCH (l:__AtlasMigrationLock) RETURN l");
			String baseline = SeedBaselineGenerator.generate(driver);
			GraphFingerprint applied = GraphFingerprint.of(driver);

			// A second start finds everything applied.
			Outcome second = runner.migrate(migrations);
			GraphFingerprint afterSecondRun = GraphFingerprint.of(driver);

			// Every statement run once more, bypassing the record.
			try (Session session = driver.session()) {
				for (Migration migration : migrations) {
					for (String statement : migration.statements()) {
						session.run(statement).consume();
					}
				}
			}
			GraphFingerprint afterStatementsAgain = GraphFingerprint.of(driver);
			long memberships = ((Number) database.query("MATCH (n:Membership) RETURN count(n) AS n").get(0).get("n"))
				.longValue();

			List<Migration> withAbove = new ArrayList<>(migrations);
			withAbove.add(ABOVE);
			Outcome above = runner.migrate(withAbove);
			GraphFingerprint contentWithAbove = GraphFingerprint.ofContent(driver);
			return new Run(migrations, first, recorded, locks, baseline, applied, second, afterSecondRun,
					afterStatementsAgain, memberships, above, contentWithAbove);
		}
		finally {
			database.wipe();
		}
	}

	/**
	 * What the run left.
	 *
	 * @param migrations the scripts, as the runner loaded them
	 * @param first the outcome of applying them to the empty database
	 * @param recorded the runner's record after that: version and checksum of each
	 * @param locksAfterwards the runner's lock nodes after that
	 * @param baseline the baseline {@link SeedBaselineGenerator} made of the graph then
	 * @param applied the graph then
	 * @param second the outcome of a second run of the same scripts
	 * @param afterSecondRun the graph after it
	 * @param afterStatementsAgain the graph after every statement ran once more
	 * @param memberships how many memberships the graph had then
	 * @param above the outcome of running the scripts with {@link #ABOVE} added
	 * @param contentWithAbove the graph's content after that
	 * ({@link GraphFingerprint#ofContent})
	 */
	record Run(List<Migration> migrations, Outcome first, List<Map<String, Object>> recorded,
			List<Map<String, Object>> locksAfterwards, String baseline, GraphFingerprint applied, Outcome second,
			GraphFingerprint afterSecondRun, GraphFingerprint afterStatementsAgain, long memberships, Outcome above,
			GraphFingerprint contentWithAbove) {

	}

}
