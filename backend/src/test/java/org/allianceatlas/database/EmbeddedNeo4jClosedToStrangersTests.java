package org.allianceatlas.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded database tried from outside, as a local tool or a web page in the user's
 * browser would: without its password nothing gets in, a page from another origin cannot
 * open Bolt over WebSocket, and even with the password {@code LOAD CSV} cannot read this
 * machine's files or hold unbounded memory.
 */
@AtlasTest
class EmbeddedNeo4jClosedToStrangersTests {

	@Autowired
	EmbeddedNeo4j neo4j;

	@Autowired
	Driver driver;

	@Test
	void settingsRequireAuthenticationForbidFileUrlsLimitTransactionsAndSendNothingHome() {
		Map<String, String> settings = new HashMap<>();
		try (Session session = this.driver.session()) {
			session.run("""
					SHOW SETTINGS YIELD name, value
					WHERE name IN ['dbms.usage_report.enabled', 'dbms.fleet_manager.enabled',
					               'dbms.security.auth_enabled', 'server.bolt.listen_address',
					               'dbms.security.allow_csv_import_from_file_urls', 'db.transaction.timeout',
					               'db.memory.transaction.max', 'dbms.memory.transaction.total.max']
					RETURN name, value""")
				.forEachRemaining(row -> settings.put(row.get("name").asString(), row.get("value").asString()));
		}

		assertThat(settings).containsEntry("dbms.usage_report.enabled", "false")
			.containsEntry("dbms.fleet_manager.enabled", "false")
			.containsEntry("dbms.security.auth_enabled", "true")
			.containsEntry("dbms.security.allow_csv_import_from_file_urls", "false");
		assertThat(settings.get("server.bolt.listen_address")).startsWith("127.0.0.1:");
		assertThat(settings.get("db.transaction.timeout")).as("a transaction timeout").isNotIn("0s", "0", null);
		assertThat(settings.get("db.memory.transaction.max")).as("a memory limit per transaction")
			.isNotIn("0B", "0", null);
		assertThat(settings.get("dbms.memory.transaction.total.max")).as("a memory limit for all transactions")
			.isNotIn("0B", "0", null);
	}

	@Test
	void boltForToolsRefusesClientsWithoutThePassword() throws InterruptedException {
		try {
			assertRefused(this.neo4j.publicBoltUri(), AuthTokens.none());
			assertRefused(this.neo4j.publicBoltUri(), AuthTokens.basic("neo4j", "neo4j"));
			// Neo4j's own connector, on the port only the application is told about, is
			// no way round it.
			assertRefused(this.neo4j.boltUri(), AuthTokens.none());
			assertRefused(this.neo4j.boltUri(), AuthTokens.basic("neo4j", "any password"));
		}
		finally {
			// Neo4j locks the user out for a few seconds after repeated failures; wait
			// until it lets the right
			// password in again, as the rest of the suite opens new connections.
			awaitLogin();
		}
		try (Driver tool = GraphDatabase.driver(this.neo4j.publicBoltUri(),
				AuthTokens.basic(this.neo4j.user(), this.neo4j.password())); Session session = tool.session()) {
			assertThat(session.run("MATCH (o:Organisation {abbreviation: 'CSTO'}) RETURN o.name AS name")
				.single()
				.get("name")
				.asString()).contains("Collective Security Treaty");
		}
	}

	private void awaitLogin() throws InterruptedException {
		for (int attempt = 0; attempt < 60; attempt++) {
			try (Driver tool = GraphDatabase.driver(this.neo4j.boltUri(),
					AuthTokens.basic(this.neo4j.user(), this.neo4j.password()))) {
				tool.verifyConnectivity();
				return;
			}
			catch (SecurityException ex) {
				Thread.sleep(500);
			}
		}
	}

	@Test
	void aWebPageFromAnotherOriginCannotOpenBoltOverWebSocket() throws IOException {
		assertThat(webSocketUpgrade("http://attacker.example")).startsWith("HTTP/1.1 403");
		assertThat(webSocketUpgrade("null")).startsWith("HTTP/1.1 403");
		// A client that is not a web page sends no Origin: the upgrade goes through to
		// Neo4j, which then wants
		// the password like any other Bolt client.
		assertThat(webSocketUpgrade(null)).startsWith("HTTP/1.1 101");
	}

	@Test
	void loadCsvCannotReadLocalFilesEvenWithThePassword() {
		try (Session session = this.driver.session()) {
			assertThatThrownBy(
					() -> session.run("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1").list())
				.isInstanceOf(ClientException.class)
				.hasMessageContaining("file");
		}
	}

	@Test
	void aTransactionCannotTakeUnboundedMemory() {
		// A list of strings of a million characters each (a hundred thousand of them,
		// were it
		// allowed): it reaches the limit after a few hundred, in about a second, where a
		// list
		// of numbers took tens of seconds to get there.
		try (Session session = this.driver.session()) {
			assertThatThrownBy(() -> session.run("""
					WITH reduce(s = 'x', i IN range(1, 20) | s + s) AS mega
					UNWIND range(1, 100000) AS x WITH collect(mega + x) AS xs RETURN size(xs) AS n""").single())
				.isInstanceOf(Neo4jException.class)
				.hasMessageContaining("memory");
		}
	}

	private static void assertRefused(String uri, AuthToken token) {
		try (Driver stranger = GraphDatabase.driver(uri, token)) {
			assertThatThrownBy(stranger::verifyConnectivity).as("connecting to %s", uri)
				.isInstanceOf(SecurityException.class);
		}
	}

	/**
	 * The status line Bolt's port answers to a WebSocket upgrade sent with this Origin
	 * (none when null).
	 */
	private String webSocketUpgrade(String origin) throws IOException {
		URI uri = URI.create(this.neo4j.publicBoltUri());
		try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
			socket.setSoTimeout(10_000);
			String request = "GET / HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
					+ "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
					+ "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
					+ ((origin != null) ? "Origin: " + origin + "\r\n" : "") + "\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			return readLine(socket.getInputStream());
		}
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int next = in.read(); next >= 0 && next != '\n'; next = in.read()) {
			line.append((char) next);
		}
		return line.toString().strip();
	}

}
