package org.allianceatlas.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceatlas.ChildJvm;
import org.allianceatlas.Standalone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every acknowledged mutation survives {@code kill -9}: the application runs in a child
 * JVM, takes N proposals, is killed right after the last answer, and is started again on
 * the same data directory, where all N are found. The proposals are sent as any client
 * sends them, with a contributor's personal access token as {@code Authorization: Bearer}
 * (the child makes the account and token through the account service on its first start).
 */
@Standalone
@Order(10) // early on its thread: it mostly waits on its child JVM
			// (junit-platform.properties)
class DurabilityTests {

	private static final int N = 25;

	private static final Duration START = Duration.ofSeconds(400);

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

	@TempDir
	Path tmp;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Process child;

	@AfterEach
	void stop() {
		if (this.child != null) {
			this.child.destroyForcibly();
		}
	}

	@Test
	void everyAcknowledgedProposalSurvivesKillNine() throws Exception {
		Path data = this.tmp.resolve("data");
		Path log = this.tmp.resolve("child.txt");
		Path tokenFile = this.tmp.resolve("token");
		this.child = start(log, data, "--durability.token-file=" + tokenFile);
		int port = awaitHealthy(log);
		String token = awaitToken(tokenFile, log);

		List<String> acknowledged = new ArrayList<>();
		for (int i = 0; i < N; i++) {
			String body = post(port, token, """
					{"query": "mutation($input: ClaimInput!) { proposeClaim(input: $input) { id } }",
					 "variables": {"input": {"targetKind": "MEMBERSHIP", "target": "csto-arm-member-2002",
					   "field": "from", "value": "2002-10-%02d", "summary": "Proposal %d",
					   "sources": [{"key": "wikipedia-csto", "locator": "Members"}]}}}""".formatted(1 + i % 28, i));
			Matcher matcher = ID.matcher(body);
			assertThat(matcher.find()).as("an acknowledged proposal in %s", body).isTrue();
			acknowledged.add(matcher.group(1));
		}
		// kill -9 (SIGKILL) at once after the last acknowledgement: no shutdown hook runs
		this.child.destroyForcibly().waitFor();
		assertThat(this.child.exitValue()).isEqualTo(137);

		Path again = this.tmp.resolve("child-again.txt");
		this.child = start(again, data);
		port = awaitHealthy(again);
		String proposals = post(port, token, "{\"query\": \"{ proposals { id proposer } }\"}");
		List<String> found = new ArrayList<>();
		Matcher matcher = ID.matcher(proposals);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		assertThat(found).hasSize(N).containsExactlyInAnyOrderElementsOf(acknowledged);
	}

	private Process start(Path log, Path data, String... more) throws IOException {
		List<String> arguments = new ArrayList<>(
				List.of("--server.port=0", "--atlas.embedded.bolt-port=0", "--atlas.embedded.data-dir=" + data));
		arguments.addAll(List.of(more));
		return ChildJvm.start(log, DurabilityChild.class, Map.of(), arguments.toArray(String[]::new));
	}

	/** The secret of the token the child made for its contributor, once it is written. */
	private String awaitToken(Path file, Path log) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!Files.exists(file)) {
			if (!this.child.isAlive() || System.nanoTime() > deadline) {
				throw new AssertionError("no access token was made; output:\n" + Files.readString(log));
			}
			Thread.sleep(100);
		}
		return Files.readString(file).strip();
	}

	private String post(int port, String token, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	/** The child's HTTP port, once it listens and reports itself healthy. */
	private int awaitHealthy(Path log) throws Exception {
		int port = ChildJvm.awaitHttpPort(this.child, log, START);
		long deadline = System.nanoTime() + START.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.child.isAlive()) {
				throw new AssertionError("the application stopped; output:\n" + Files.readString(log));
			}
			try {
				HttpResponse<String> response = this.http
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return port;
				}
			}
			catch (IOException ex) {
				// not answering yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError(
				"the application did not become healthy within " + START + "; output:\n" + Files.readString(log));
	}

}
