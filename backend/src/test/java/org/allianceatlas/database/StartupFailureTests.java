package org.allianceatlas.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.allianceatlas.AllianceAtlasApplication;
import org.allianceatlas.ChildJvm;
import org.allianceatlas.Standalone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real application in a child JVM with bad configuration and checks what a
 * user sees: one line naming the problem, no stack trace, and a non-zero exit code.
 *
 * <p>
 * Each case is a JVM of its own, and all of them are started together before the first
 * test, so the suite waits about as long as the slowest case rather than for all of them
 * in turn. Each child is started the way a short-lived JVM starts quickest (C1 only, the
 * serial collector), and is given only the work its failure needs: the web-port case runs
 * without the seed, which it would otherwise apply before the web server tries its port,
 * and without any database: it is pointed at an external server that is not there, which
 * nothing reaches for before the web server has tried its port (the driver connects
 * lazily, and only the seed migrations would ask it at start-up). No database start, in
 * the child or here, stands between the start and the failure that case checks.
 */
@Standalone
@Order(10) // first on its thread: it mostly waits on its child JVMs
			// (junit-platform.properties)
class StartupFailureTests {

	private static final String PREFIX = "Alliance Atlas could not start: ";

	/**
	 * How long one child may take; they share the machine with each other and the rest of
	 * the build.
	 */
	private static final long TIMEOUT_SECONDS = 300;

	@TempDir
	static Path tmp;

	private static ServerSocket boltPortTaken;

	private static ServerSocket webPortTaken;

	private static String unreachableUri;

	private static Path unwritableDataDir;

	private static Child unreachableNeo4j;

	private static Child unwritableDataDirectory;

	private static Child boltPortInUse;

	private static Child webPortInUse;

	@BeforeAll
	static void startEveryCase() throws IOException {
		// Port 1 is privileged and unused here; a port picked free and released again
		// could be taken by any other process (or an outgoing connection) meanwhile.
		unreachableUri = "bolt://127.0.0.1:1";
		// A path below a regular file cannot become a directory, even for root.
		unwritableDataDir = Files.writeString(tmp.resolve("not-a-directory"), "x").resolve("data");
		boltPortTaken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		webPortTaken = new ServerSocket(0);

		unreachableNeo4j = Child.start("unreachable-neo4j", Map.of("NEO4J_URI", unreachableUri), "--server.port=0");
		unwritableDataDirectory = Child.start("unwritable-data-dir", Map.of(), "--server.port=0",
				"--atlas.embedded.bolt-port=0", "--atlas.embedded.data-dir=" + unwritableDataDir);
		boltPortInUse = Child.start("bolt-port-in-use", Map.of(), "--server.port=0",
				"--atlas.embedded.bolt-port=" + boltPortTaken.getLocalPort(),
				"--atlas.embedded.data-dir=" + tmp.resolve("bolt-data"));
		webPortInUse = Child.start("web-port-in-use", Map.of("NEO4J_URI", unreachableUri),
				"--server.port=" + webPortTaken.getLocalPort(), "--atlas.migrations.enabled=false");
	}

	@AfterAll
	static void stopEverything() throws IOException {
		for (Child child : new Child[] { unreachableNeo4j, unwritableDataDirectory, boltPortInUse, webPortInUse }) {
			if (child != null) {
				child.process().destroyForcibly();
			}
		}
		boltPortTaken.close();
		webPortTaken.close();
	}

	@Test
	void anUnreachableNeo4jUriIsNamed() throws Exception {
		unreachableNeo4j.result().assertOneLineFailureContaining("Cannot reach Neo4j at " + unreachableUri);
	}

	@Test
	void aDataDirectoryThatCannotBeWrittenIsNamed() throws Exception {
		unwritableDataDirectory.result().assertOneLineFailureContaining("The data directory " + unwritableDataDir);
	}

	@Test
	void aBoltPortInUseIsNamed() throws Exception {
		boltPortInUse.result()
			.assertOneLineFailureContaining("port 127.0.0.1:" + boltPortTaken.getLocalPort() + " is already in use");
	}

	@Test
	void aWebPortInUseIsNamed() throws Exception {
		Result result = webPortInUse.result();

		result.assertOneLineFailureContaining(String.valueOf(webPortTaken.getLocalPort()));
		// the web server's port, not the database it never got to reach
		assertThat(result.failureLine()).containsIgnoringCase("already in use")
			.containsIgnoringCase("web server")
			.doesNotContain("Neo4j", unreachableUri);
	}

	/**
	 * The application started in a JVM of its own, its standard output and error going to
	 * one file.
	 */
	record Child(Process process, Path output, CompletableFuture<Process> exited) {

		static Child start(String name, Map<String, String> environment, String... arguments) throws IOException {
			Path output = tmp.resolve(name + ".txt");
			Process process = ChildJvm.start(output, AllianceAtlasApplication.class, environment, arguments);
			return new Child(process, output, process.onExit());
		}

		Result result() throws Exception {
			try {
				this.exited.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				this.process.destroyForcibly();
				throw new AssertionError("the application did not stop within " + TIMEOUT_SECONDS + " s; output:\n"
						+ Files.readString(this.output));
			}
			return new Result(this.process.exitValue(), Files.readString(this.output, StandardCharsets.UTF_8));
		}

	}

	record Result(int exitCode, String output) {

		String failureLine() {
			return this.output.lines().filter(line -> line.startsWith(PREFIX)).findFirst().orElse("");
		}

		void assertOneLineFailureContaining(String expected) {
			assertThat(this.exitCode).as("exit code; output:\n%s", this.output).isNotZero();
			assertThat(this.output.lines().filter(line -> line.startsWith(PREFIX)))
				.as("one failure line in:\n%s", this.output)
				.hasSize(1);
			assertThat(failureLine()).contains(expected);
			assertThat(this.output).as("no stack trace")
				.doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
				.doesNotContain("Caused by:")
				.doesNotContain("APPLICATION FAILED TO START");
		}

	}

}
