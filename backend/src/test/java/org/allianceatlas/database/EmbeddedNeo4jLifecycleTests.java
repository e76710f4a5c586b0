package org.allianceatlas.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.allianceatlas.Standalone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.util.unit.DataSize;

/**
 * Starts and restarts of the embedded database on a directory of its own: its password,
 * its lock, its limits. The two tests that need a database running with a configured
 * password, but nothing fresh, share one such database ({@link #configured()}): a start
 * of Neo4j is most of what each of them costs.
 */
@Standalone
class EmbeddedNeo4jLifecycleTests {

	private static final String CONFIGURED_PASSWORD = "a-configured-secret";

	@TempDir
	static Path configuredDataDir;

	private static EmbeddedNeo4j configured;

	@TempDir
	Path dataDir;

	/**
	 * The shared database with a configured password, started by the first test that asks
	 * (the class's tests may run at once).
	 */
	private static synchronized EmbeddedNeo4j configured() {
		if (configured == null) {
			configured = EmbeddedNeo4j
				.start(properties(configuredDataDir, CONFIGURED_PASSWORD, Duration.ofSeconds(60)));
		}
		return configured;
	}

	@AfterAll
	static void stopConfigured() {
		if (configured != null) {
			configured.close();
		}
	}

	@Test
	void aFirstStartGeneratesAPasswordOnlyItsOwnerCanReadAndLaterStartsKeepIt() throws Exception {
		String first;
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(this.dataDir, "127.0.0.1", 0))) {
			Path file = this.dataDir.resolve(EmbeddedCredentials.FILE_NAME);
			first = Files.readString(file, StandardCharsets.UTF_8).strip();
			assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(neo4j.password());
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertAnswers(neo4j.publicBoltUri(), neo4j.user(), first);
			// Someone changes the password behind the application's back ...
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.user(), first));
					Session session = driver.session(SessionConfig.forDatabase("system"))) {
				session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO 'changed-elsewhere'", Map.of("old", first))
					.consume();
			}
		}
		// ... the next start makes the kept one the password in force again.
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(this.dataDir, "127.0.0.1", 0))) {
			assertThat(neo4j.password()).isEqualTo(first);
			assertAnswers(neo4j.publicBoltUri(), neo4j.user(), first);
			try (Driver stale = GraphDatabase.driver(neo4j.publicBoltUri(),
					AuthTokens.basic(neo4j.user(), "changed-elsewhere"))) {
				assertThatThrownBy(stale::verifyConnectivity).isInstanceOf(SecurityException.class);
			}
		}
	}

	@Test
	void aConfiguredPasswordIsUsedAndNoneIsWrittenToTheDataDirectory() {
		EmbeddedNeo4j neo4j = configured();
		assertAnswers(neo4j.publicBoltUri(), "neo4j", CONFIGURED_PASSWORD);
		assertThat(configuredDataDir.resolve(EmbeddedCredentials.FILE_NAME)).doesNotExist();
	}

	@Test
	void aShortConfiguredPasswordIsRefusedBeforeAnythingStarts() {
		assertThatThrownBy(() -> EmbeddedNeo4j.start(properties(this.dataDir, "short", Duration.ofSeconds(60))))
			.isInstanceOf(StartupProblem.class)
			.hasMessageContaining("atlas.embedded.password must have at least 8 characters");
	}

	@Test
	void aSecondInstanceOnTheSameDataDirectorySaysItIsInUse() {
		EmbeddedNeo4j first = configured();
		// the same configuration as the running one, so that the refused start could
		// write nothing of its own (such as a password file) to the directory either
		assertThatThrownBy(
				() -> EmbeddedNeo4j.start(properties(configuredDataDir, CONFIGURED_PASSWORD, Duration.ofSeconds(60))))
			.isInstanceOf(StartupProblem.class)
			.hasMessage("The data directory " + configuredDataDir.toAbsolutePath().normalize()
					+ " is in use by another running instance (of Alliance Atlas or Neo4j). Stop it, or set "
					+ "atlas.embedded.data-dir to another directory.");
		assertAnswers(first.publicBoltUri(), first.user(), first.password());
	}

	@Test
	void neo4jEndsATransactionThatRunsPastTheTimeout() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j
			.start(properties(this.dataDir, "timeout-test-secret", Duration.ofSeconds(1)));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.user(), neo4j.password()));
				Session session = driver.session()) {
			long start = System.nanoTime();
			assertThatThrownBy(
					() -> session.run("UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n")
						.single())
				.isInstanceOf(Neo4jException.class)
				.hasMessageContaining("timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
		}
	}

	private static EmbeddedNeo4jProperties properties(Path dataDir, String password, Duration timeout) {
		return new EmbeddedNeo4jProperties(dataDir, "127.0.0.1", 0, password, List.of(), timeout,
				DataSize.ofMegabytes(256), DataSize.ofGigabytes(1));
	}

	private static void assertAnswers(String uri, String user, String password) {
		try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password));
				Session session = driver.session()) {
			assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
		}
	}

}
