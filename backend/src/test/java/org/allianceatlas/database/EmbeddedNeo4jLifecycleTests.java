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
 * its lock, its limits.
 */
@Standalone
class EmbeddedNeo4jLifecycleTests {

	@TempDir
	Path dataDir;

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
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties("a-configured-secret", Duration.ofSeconds(60)))) {
			assertAnswers(neo4j.publicBoltUri(), "neo4j", "a-configured-secret");
			assertThat(this.dataDir.resolve(EmbeddedCredentials.FILE_NAME)).doesNotExist();
		}
	}

	@Test
	void aShortConfiguredPasswordIsRefusedBeforeAnythingStarts() {
		assertThatThrownBy(() -> EmbeddedNeo4j.start(properties("short", Duration.ofSeconds(60))))
			.isInstanceOf(StartupProblem.class)
			.hasMessageContaining("atlas.embedded.password must have at least 8 characters");
	}

	@Test
	void aSecondInstanceOnTheSameDataDirectorySaysItIsInUse() {
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(this.dataDir, "127.0.0.1", 0))) {
			assertThatThrownBy(() -> EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(this.dataDir, "127.0.0.1", 0)))
				.isInstanceOf(StartupProblem.class)
				.hasMessage("The data directory " + this.dataDir.toAbsolutePath().normalize()
						+ " is in use by another running instance (of Alliance Atlas or Neo4j). Stop it, or set "
						+ "atlas.embedded.data-dir to another directory.");
			assertAnswers(first.publicBoltUri(), first.user(), first.password());
		}
	}

	@Test
	void neo4jEndsATransactionThatRunsPastTheTimeout() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties("timeout-test-secret", Duration.ofSeconds(1)));
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

	private EmbeddedNeo4jProperties properties(String password, Duration timeout) {
		return new EmbeddedNeo4jProperties(this.dataDir, "127.0.0.1", 0, password, List.of(), timeout,
				DataSize.ofMegabytes(256), DataSize.ofGigabytes(1));
	}

	private static void assertAnswers(String uri, String user, String password) {
		try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password));
				Session session = driver.session()) {
			assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
		}
	}

}
