package org.allianceatlas.availability;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.allianceatlas.AllianceAtlasApplication;
import org.allianceatlas.ChildJvm;
import org.allianceatlas.Standalone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM to the application (in a child JVM, with its embedded Neo4j): the request in
 * flight is finished and answered, then the process exits by itself; the time from
 * SIGTERM to exit is printed.
 */
@Standalone
class GracefulShutdownTests {

	@TempDir
	Path tmp;

	private Process process;

	@AfterEach
	void kill() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly();
		}
	}

	@Test
	void sigtermFinishesTheRequestInFlightThenStops() throws Exception {
		Path output = this.tmp.resolve("output.txt");
		int port = start(output);

		String body = "{\"query\":\"{ __typename }\"}";
		// A first request, so the one in flight below finds the server warm and is read
		// at once.
		HttpResponse<String> warm = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(warm.statusCode()).isEqualTo(200);
		byte[] half = body.substring(0, 10).getBytes(StandardCharsets.UTF_8);
		byte[] rest = body.substring(10).getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			// The request is in flight: its head and half its body are sent, the server
			// is reading the rest.
			out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "Accept: application/json\r\nConnection: close\r\nContent-Length: " + body.length() + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(half);
			out.flush();
			Thread.sleep(2_000);

			long sigterm = System.nanoTime();
			this.process.destroy();
			Thread.sleep(1_500);
			assertThat(this.process.isAlive())
				.as("still finishing the request in flight; output:\n%s", Files.readString(output))
				.isTrue();
			out.write(rest);
			out.flush();
			String response = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
			assertThat(response).as("answer to the request in flight; output:\n%s", Files.readString(output))
				.startsWith("HTTP/1.1 200")
				.contains("{\"data\":{\"__typename\":\"Query\"}}");

			assertThat(this.process.waitFor(60, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
			Duration stopped = Duration.ofNanos(System.nanoTime() - sigterm);
			System.out.printf("SIGTERM to exit: %d ms, the request in flight finished 1.5 s after SIGTERM; load %s%n",
					stopped.toMillis(), Files.readString(Path.of("/proc/loadavg")).strip());
			// Timed assertions do not belong in tests: on the shared two-core machine
			// under a load above 20, Neo4j's
			// own shutdown alone took 13 s. The bound catches a hang (the issue saw 90
			// s); the figure is printed.
			assertThat(stopped).as("time from SIGTERM to exit; output:\n%s", Files.readString(output))
				.isLessThan(Duration.ofSeconds(30));
		}
		assertThat(Files.readString(output)).contains("Graceful shutdown complete", "Stopping embedded Neo4j")
			.as("no stack trace")
			.doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
			.doesNotContain("Caused by:");
	}

	/**
	 * Starts the application in a child JVM on free ports and an empty database, without
	 * the seed (nothing here reads it); returns its HTTP port.
	 */
	private int start(Path output) throws Exception {
		this.process = ChildJvm.start(output, AllianceAtlasApplication.class, Map.of(), "--server.port=0",
				"--atlas.embedded.bolt-port=0", "--atlas.embedded.data-dir=" + this.tmp.resolve("data"),
				"--atlas.migrations.enabled=false");
		// as long as the other child-JVM tests allow: the machine may be busy
		return ChildJvm.awaitHttpPort(this.process, output, Duration.ofSeconds(400));
	}

	private static byte[] readAll(InputStream in) throws Exception {
		return in.readAllBytes();
	}

}
