package org.allianceatlas.availability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.allianceatlas.AllianceAtlasApplication;
import org.allianceatlas.Standalone;
import org.allianceatlas.database.EmbeddedNeo4j;
import org.allianceatlas.database.EmbeddedNeo4jProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application on an external Neo4j that goes away while it serves, and comes back. Two
 * embedded databases take part: the suite's own (untouched) and a standalone one started
 * here, which a second application, started here too, reaches only through
 * {@code spring.neo4j.uri} like any external server.
 */
@Standalone
class DatabaseOutageTests {

	private static final String QUERY = "{\"query\":\"{ state(iso3: \\\"ARM\\\") { name memberships { role } } }\"}";

	/** Credentials given explicitly, as for any external server. */
	private static final String USER = "neo4j";

	private static final String PASSWORD = "outage-test";

	/** Longest a request may take while the database is away. */
	private static final Duration PROMPT = Duration.ofSeconds(5);

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ObjectMapper json = new ObjectMapper();

	private EmbeddedNeo4j database;

	private ConfigurableApplicationContext application;

	private int port;

	@AfterEach
	void stop() {
		if (this.application != null) {
			this.application.close();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void aDatabaseThatGoesAwayGivesClearAnswersAndTheApplicationRecoversByItself() throws Exception {
		this.database = EmbeddedNeo4j.start(databaseProperties(0));
		String boltUri = this.database.publicBoltUri();
		int boltPort = URI.create(boltUri).getPort();
		// One state is all this needs; the seed migrations would take the test's whole
		// time to apply.
		try (Driver driver = GraphDatabase.driver(boltUri, AuthTokens.basic(USER, PASSWORD))) {
			driver.executableQuery("CREATE (:State {iso3: 'ARM', iso2: 'AM', name: 'Armenia'})").execute();
		}
		this.application = new SpringApplicationBuilder(AllianceAtlasApplication.class).run(
				"--spring.neo4j.uri=" + boltUri, "--spring.neo4j.authentication.username=" + USER,
				"--spring.neo4j.authentication.password=" + PASSWORD, "--atlas.migrations.enabled=false",
				"--server.port=0", "--spring.application.name=outage-test");
		this.port = ((WebServerApplicationContext) this.application).getWebServer().getPort();

		assertServing();

		this.database.close();
		this.database = null;

		// GraphQL: an UNAVAILABLE error that says what happened and what to do, no
		// internals.
		Answer graphQl = post("/graphql", QUERY).prompt();
		assertThat(graphQl.status()).isEqualTo(200);
		JsonNode error = this.json.readTree(graphQl.body()).at("/errors/0");
		assertThat(error.at("/extensions/classification").asString()).isEqualTo("UNAVAILABLE");
		assertThat(error.at("/message").asString()).contains("database is unavailable", "try again");
		assertThat(graphQl.body()).doesNotContain("Exception", "org.neo4j", "bolt://", "INTERNAL_ERROR");

		// Pages: 503 with a page that says so, never a 404 or a stack trace.
		for (String path : new String[] { "/states/ARM", "/organisations/CSTO", "/", "/troops", "/overlap", "/timeline",
				"/sources" }) {
			Answer page = get(path, "text/html").prompt();
			assertThat(page.status()).as(path).isEqualTo(503);
			assertThat(page.body()).as(path)
				.contains("Unavailable for a moment", "try again")
				.doesNotContain("Not found", "Exception", "org.neo4j", "Whitelabel", "bolt://");
			assertThat(page.retryAfter()).as(path).isEqualTo("5");
		}

		// Health: DOWN with the reason, and no internals.
		Answer health = get("/actuator/health", "application/json").prompt();
		assertThat(health.status()).isEqualTo(503);
		assertThat(this.json.readTree(health.body()).at("/status").asString()).isEqualTo("DOWN");
		assertThat(health.body()).contains("The database cannot be reached")
			.doesNotContain("Exception", "org.neo4j", "bolt://", "127.0.0.1");

		// The database returns on the same directory and port; the application finds it
		// by itself.
		this.database = EmbeddedNeo4j.start(databaseProperties(boltPort));
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (get("/actuator/health", "application/json").status() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertServing();
	}

	private void assertServing() throws Exception {
		assertThat(get("/actuator/health", "application/json").body()).contains("\"UP\"");
		Answer graphQl = post("/graphql", QUERY);
		assertThat(graphQl.body()).contains("\"name\":\"Armenia\"").doesNotContain("errors");
		Answer page = get("/states/ARM", "text/html");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Armenia");
	}

	private Answer get(String path, String accept) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
	}

	private Answer post(String path, String body) throws Exception {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Answer send(HttpRequest.Builder request) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		return new Answer(request.build().uri().getPath(), response.statusCode(), response.body(),
				response.headers().firstValue("Retry-After").orElse(null), Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * A standalone database with a password of its own, on the given Bolt port (0: a free
	 * one).
	 */
	private EmbeddedNeo4jProperties databaseProperties(int boltPort) {
		return new EmbeddedNeo4jProperties(this.dataDir, "127.0.0.1", boltPort, PASSWORD, List.of(),
				Duration.ofSeconds(60), DataSize.ofMegabytes(256), DataSize.ofGigabytes(1));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	record Answer(String path, int status, String body, String retryAfter, Duration took) {

		/**
		 * While the database is away, an answer must come promptly: a clear error, not a
		 * hang.
		 */
		Answer prompt() {
			assertThat(this.took).as("time to answer %s", this.path).isLessThan(PROMPT);
			return this;
		}

	}

}
