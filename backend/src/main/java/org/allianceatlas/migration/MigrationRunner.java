package org.allianceatlas.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.allianceatlas.database.StartupProblem;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned Cypher scripts of {@code neo4j-seed/} that the database has not
 * seen yet, in order, and records each with its checksum. It starts as soon as the driver
 * exists, on a thread of its own, so the seed overlaps the building of the web layer; the
 * start waits for it once all beans exist and before the web server opens, so the
 * application never serves a half-migrated graph. Any problem stops start-up with one
 * line.
 */
@Component
class MigrationRunner implements InitializingBean, SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

	/** A lock older than this was left by a crashed start and may be taken over. */
	private static final Duration STALE_LOCK = Duration.ofMinutes(15);

	private final Driver driver;

	private final MigrationProperties properties;

	private final String databaseDescription;

	/** The migration under way on its own thread; null when migrations are disabled. */
	private FutureTask<Void> pending;

	MigrationRunner(Driver driver, MigrationProperties properties, Environment environment) {
		this.driver = driver;
		this.properties = properties;
		String uri = environment.getProperty("spring.neo4j.uri");
		this.databaseDescription = (uri == null || uri.isBlank()) ? "the embedded Neo4j" : "Neo4j at " + uri;
	}

	@Override
	public void afterPropertiesSet() {
		if (!this.properties.enabled()) {
			log.info("Seed migrations are disabled (atlas.migrations.enabled=false)");
			return;
		}
		this.pending = new FutureTask<>(() -> {
			verifyConnectivity();
			migrate(loadMigrations());
			return null;
		});
		Thread.ofPlatform().name("atlas-seed-migrations").daemon().start(this.pending);
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.pending != null) {
			awaitMigrations();
		}
	}

	/**
	 * If start-up failed elsewhere, lets a running migration finish and release its lock
	 * before the driver closes.
	 */
	@Override
	public void destroy() {
		if (this.pending != null && !this.pending.isDone()) {
			try {
				awaitMigrations();
			}
			catch (RuntimeException ex) {
				log.debug("Seed migrations ended with an error while the application stopped", ex);
			}
		}
	}

	private void awaitMigrations() {
		try {
			this.pending.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StartupProblem("Interrupted while waiting for the seed migrations to finish.");
		}
		catch (ExecutionException ex) {
			// Rethrown as they are, so a StartupProblem still reaches the one-line
			// failure report.
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * Applies pending migrations; public to the package so tests can apply twice.
	 * @return how many scripts were applied now, and whether through the baseline
	 */
	Outcome migrate(List<Migration> migrations) {
		try (Session session = this.driver.session()) {
			session
				.run("CREATE CONSTRAINT atlas_migration_version IF NOT EXISTS "
						+ "FOR (m:__AtlasMigration) REQUIRE m.version IS UNIQUE")
				.consume();
			session
				.run("CREATE CONSTRAINT atlas_migration_lock IF NOT EXISTS "
						+ "FOR (l:__AtlasMigrationLock) REQUIRE l.name IS UNIQUE")
				.consume();
			String owner = acquireLock(session);
			try {
				return applyPending(session, migrations);
			}
			finally {
				session
					.run("MATCH (l:__AtlasMigrationLock {name: 'seed', owner: $owner}) DELETE l",
							Map.of("owner", owner))
					.consume();
			}
		}
		catch (ServiceUnavailableException | SecurityException ex) {
			throw unreachable(ex);
		}
	}

	private String location() {
		return this.properties.location().endsWith("/") ? this.properties.location() : this.properties.location() + "/";
	}

	List<Migration> loadMigrations() {
		String location = location();
		Resource[] resources;
		try {
			resources = new PathMatchingResourcePatternResolver().getResources(location + "*.cypher");
		}
		catch (IOException ex) {
			throw new StartupProblem("Cannot read the seed migrations at " + location + " (atlas.migrations.location): "
					+ ex.getMessage());
		}
		List<Migration> migrations = new ArrayList<>();
		Map<Integer, String> seen = new HashMap<>();
		for (Resource resource : resources) {
			String fileName = resource.getFilename();
			if (fileName == null || !Migration.isMigrationFileName(fileName)) {
				throw new StartupProblem("Seed file " + fileName + " in " + location
						+ " is not named like V0001__Describe_change.cypher; rename it.");
			}
			Migration migration;
			try {
				migration = Migration.parse(fileName, resource.getContentAsString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (IllegalArgumentException ex) {
				throw new StartupProblem(ex.getMessage());
			}
			String clash = seen.put(migration.version(), fileName);
			if (clash != null) {
				throw new StartupProblem("Seed migrations " + clash + " and " + fileName + " share version "
						+ migration.version() + "; give one a new number.");
			}
			migrations.add(migration);
		}
		migrations.sort(Comparator.comparingInt(Migration::version));
		return migrations;
	}

	private void verifyConnectivity() {
		try {
			this.driver.verifyConnectivity();
		}
		catch (Neo4jException ex) {
			throw unreachable(ex);
		}
	}

	private StartupProblem unreachable(Neo4jException ex) {
		String why = (ex instanceof AuthenticationException) ? "the credentials were refused"
				: ex.getMessage().strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("\\.+$", "");
		return new StartupProblem("Cannot reach " + this.databaseDescription + ": " + why
				+ ". Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or unset NEO4J_URI to use the embedded database.");
	}

	private String acquireLock(Session session) {
		String owner = hostName() + "/" + UUID.randomUUID();
		session.run("""
				MATCH (l:__AtlasMigrationLock {name: 'seed'})
				WHERE l.lockedAt < datetime() - duration($stale)
				DELETE l""", Map.of("stale", STALE_LOCK.toString())).consume();
		try {
			session
				.run("CREATE (:__AtlasMigrationLock {name: 'seed', owner: $owner, lockedAt: datetime()})",
						Map.of("owner", owner))
				.consume();
		}
		catch (ClientException ex) {
			throw new StartupProblem("Another instance is applying seed migrations to " + this.databaseDescription
					+ " right now; start again when it is done (a lock older than " + STALE_LOCK.toMinutes()
					+ " minutes is taken over).");
		}
		return owner;
	}

	private Outcome applyPending(Session session, List<Migration> migrations) {
		Map<Integer, String> applied = new HashMap<>();
		session.run("MATCH (m:__AtlasMigration) RETURN m.version AS version, m.checksum AS checksum")
			.forEachRemaining(r -> applied.put(r.get("version").asInt(), r.get("checksum").asString()));
		int highestApplied = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);

		// Every script is checked before any is applied, so a problem leaves the database
		// as it was.
		List<Migration> pending = new ArrayList<>();
		for (Migration migration : migrations) {
			String recorded = applied.get(migration.version());
			if (recorded != null) {
				if (!recorded.equals(migration.checksum())) {
					throw new StartupProblem("Seed migration " + migration.fileName() + " was changed after it was "
							+ "applied to " + this.databaseDescription + " (checksum " + abbreviate(recorded)
							+ " applied, " + abbreviate(migration.checksum())
							+ " now). Applied migrations must not be edited: restore "
							+ "the file and put the change in a new migration.");
				}
				continue;
			}
			if (migration.version() < highestApplied) {
				throw new StartupProblem("Seed migration " + migration.fileName() + " is older than V" + highestApplied
						+ ", which is already applied; give it a number above " + highestApplied + ".");
			}
			pending.add(migration);
		}
		for (Integer version : applied.keySet()) {
			if (migrations.stream().noneMatch(m -> m.version() == version)) {
				log.warn("The database records seed migration V{} that this build does not have", version);
			}
		}
		int count = pending.size();
		boolean fromBaseline = false;
		if (applied.isEmpty() && !pending.isEmpty() && this.properties.baseline() && isEmpty(session)) {
			SeedBaseline baseline = baselineFor(migrations);
			if (baseline != null) {
				List<Migration> covered = pending.stream()
					.filter(m -> m.version() <= baseline.highestVersion())
					.toList();
				applyBaseline(session, baseline, covered);
				pending = pending.subList(covered.size(), pending.size());
				fromBaseline = true;
			}
		}
		pending.forEach(migration -> apply(session, migration));
		log.info("Seed migrations: {} applied now, {} already in {}", count, applied.size(), this.databaseDescription);
		return new Outcome(count, fromBaseline);
	}

	/**
	 * Whether the database holds nothing but the runner's own lock and constraints: no
	 * node, no other constraint or index. Only then may the baseline stand for the
	 * scripts.
	 */
	private static boolean isEmpty(Session session) {
		boolean noNodes = session.run("MATCH (n) WHERE NOT n:__AtlasMigrationLock RETURN count(n) = 0 AS empty")
			.single()
			.get("empty")
			.asBoolean();
		boolean noConstraints = session.run("""
				SHOW CONSTRAINTS YIELD name WHERE NOT name IN ['atlas_migration_version', 'atlas_migration_lock']
				RETURN count(*) = 0 AS empty""").single().get("empty").asBoolean();
		boolean noIndexes = session.run("""
				SHOW INDEXES YIELD type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL
				RETURN count(*) = 0 AS empty""").single().get("empty").asBoolean();
		return noNodes && noConstraints && noIndexes;
	}

	/**
	 * The baseline beside the scripts, if there is one and it stands for exactly these
	 * scripts up to its highest version; null otherwise, and the scripts run one by one.
	 */
	private SeedBaseline baselineFor(List<Migration> migrations) {
		Resource resource = new DefaultResourceLoader().getResource(location() + SeedBaseline.FILE);
		if (!resource.exists()) {
			return null;
		}
		SeedBaseline baseline;
		try {
			baseline = SeedBaseline.parse(resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Cannot read the seed baseline {} ({}); applying the scripts one by one", resource, ex.toString());
			return null;
		}
		String mismatch = baseline.mismatch(migrations);
		if (mismatch != null) {
			log.warn("The seed baseline does not match the scripts: {}; applying the scripts one by one. "
					+ "Make it again with {}", mismatch, SeedBaseline.REGENERATE);
			return null;
		}
		return baseline;
	}

	/**
	 * Loads the baseline into an empty database: the schema in one transaction, then the
	 * nodes, the relationships and the record of every script it stands for in another,
	 * so the scripts are recorded only together with their data. The data travels as
	 * parameters, so Neo4j plans three short statements instead of the scripts' large
	 * literals.
	 */
	private void applyBaseline(Session session, SeedBaseline baseline, List<Migration> covered) {
		long started = System.nanoTime();
		try {
			session
				.executeWriteWithoutResult(tx -> baseline.schema().forEach(statement -> tx.run(statement).consume()));
			session.executeWriteWithoutResult(tx -> {
				String[] ids = new String[baseline.nodes().size()];
				tx.run("""
						UNWIND range(0, size($nodes) - 1) AS i
						WITH i, $nodes[i] AS node
						CREATE (n:$(node.labels))
						SET n = node.properties
						RETURN i, elementId(n) AS id""", Map.of("nodes", baseline.nodes()))
					.forEachRemaining(r -> ids[r.get("i").asInt()] = r.get("id").asString());
				tx.run("""
						UNWIND $relationships AS rel
						MATCH (a) WHERE elementId(a) = $ids[rel.from]
						MATCH (b) WHERE elementId(b) = $ids[rel.to]
						CREATE (a)-[r:$(rel.type)]->(b)
						SET r = rel.properties""",
						Map.of("relationships", baseline.relationships(), "ids", List.of(ids)))
					.consume();
				long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
				List<Map<String, Object>> records = covered.stream()
					.map(m -> Map.<String, Object>of("version", m.version(), "description", m.description(), "file",
							m.fileName(), "checksum", m.checksum()))
					.toList();
				tx.run("""
						UNWIND $records AS m
						CREATE (:__AtlasMigration {version: m.version, description: m.description, file: m.file,
						        checksum: m.checksum, appliedAt: $appliedAt, durationMillis: $millis})""",
						Map.of("records", records, "appliedAt", ZonedDateTime.now(), "millis", millis))
					.consume();
			});
		}
		catch (ClientException ex) {
			throw new StartupProblem("The seed baseline failed to load into " + this.databaseDescription + ": "
					+ ex.getMessage().strip().replaceAll("\\s*\\R\\s*", " "), ex);
		}
		log.info("Applied the seed baseline for {} to {} to {} ({} nodes, {} relationships) in {} ms",
				covered.get(0).fileName(), covered.get(covered.size() - 1).fileName(), this.databaseDescription,
				baseline.nodes().size(), baseline.relationships().size(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	/**
	 * Runs one script: each run of data statements between schema statements in one
	 * transaction, each schema statement (which cannot share a transaction with writes)
	 * alone; then records the script.
	 */
	private void apply(Session session, Migration migration) {
		long started = System.nanoTime();
		List<String> dataBatch = new ArrayList<>();
		try {
			for (String statement : migration.statements()) {
				if (CypherScript.isSchemaStatement(statement)) {
					runInOneTransaction(session, dataBatch, migration);
					dataBatch.clear();
					session.run(statement).consume();
				}
				else {
					dataBatch.add(statement);
				}
			}
			runInOneTransaction(session, dataBatch, migration);
		}
		catch (ClientException ex) {
			throw new StartupProblem("Seed migration " + migration.fileName() + " failed: "
					+ ex.getMessage().strip().replaceAll("\\s*\\R\\s*", " "), ex);
		}
		long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		session
			.executeWriteWithoutResult(
					tx -> tx
						.run("""
								CREATE (:__AtlasMigration {version: $version, description: $description, file: $file,
								        checksum: $checksum, appliedAt: $appliedAt, durationMillis: $millis})""",
								Map.of("version", migration.version(), "description", migration.description(), "file",
										migration.fileName(), "checksum", migration.checksum(), "appliedAt",
										ZonedDateTime.now(), "millis", millis))
						.consume());
		log.info("Applied seed migration {} in {} ms", migration.fileName(), millis);
	}

	/**
	 * Runs statements in one transaction. A thing curators changed (it carries the
	 * {@code revision} count of its accepted changes) must not be changed or removed by a
	 * seed script behind their back: if the statements do, the transaction is rolled back
	 * and start-up stops naming the thing and its revision, so the script can be
	 * rewritten to leave it alone or the change proposed through review instead.
	 */
	private void runInOneTransaction(Session session, List<String> statements, Migration migration) {
		if (statements.isEmpty()) {
			return;
		}
		session.executeWriteWithoutResult(tx -> {
			Map<String, Record> before = curated(tx);
			statements.forEach(statement -> tx.run(statement).consume());
			if (before.isEmpty()) {
				return;
			}
			Map<String, Record> after = curated(tx);
			for (Map.Entry<String, Record> entry : before.entrySet()) {
				Record was = entry.getValue();
				Record now = after.get(entry.getKey());
				if (now == null || !now.get("properties").equals(was.get("properties"))) {
					throw new StartupProblem("Seed migration " + migration.fileName() + " would "
							+ ((now == null) ? "remove " : "change ") + was.get("label").asString() + " '"
							+ was.get("key").asString() + "', which curators changed (revision "
							+ was.get("revision").asInt() + "); nothing of the migration was applied. Leave it "
							+ "out of the migration, or propose the change for review instead.");
				}
			}
		});
	}

	/** Things with accepted curated changes, by element id, with their properties. */
	private static Map<String, Record> curated(TransactionContext tx) {
		Map<String, Record> found = new HashMap<>();
		tx.run("""
				MATCH (n) WHERE n.revision IS NOT NULL AND NOT n:Revision AND NOT n:Proposal
				RETURN elementId(n) AS id, labels(n)[0] AS label, coalesce(n.iso3, n.abbreviation, n.key) AS key,
				       n.revision AS revision, properties(n) AS properties""")
			.forEachRemaining(r -> found.put(r.get("id").asString(), r));
		return found;
	}

	/**
	 * What one run of the migrations did.
	 *
	 * @param applied how many scripts were applied now
	 * @param fromBaseline whether the baseline stood for some of them
	 */
	record Outcome(int applied, boolean fromBaseline) {
	}

	private static String abbreviate(String checksum) {
		return checksum.substring(0, 12);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			return "unknown-host";
		}
	}

}
