package org.allianceatlas.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.allianceatlas.AllianceAtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real application in a child JVM with bad configuration and checks what a user sees: one line
 * naming the problem, no stack trace, and a non-zero exit code.
 */
class StartupFailureTest {

	private static final String PREFIX = "Alliance Atlas could not start: ";

	@TempDir
	Path tmp;

	@Test
	void anUnreachableNeo4jUriIsNamed() throws Exception {
		int closedPort = freePort();
		String uri = "bolt://127.0.0.1:" + closedPort;

		Result result = run(Map.of("NEO4J_URI", uri), "--server.port=0");

		result.assertOneLineFailureContaining("Cannot reach Neo4j at " + uri);
	}

	@Test
	void aDataDirectoryThatCannotBeWrittenIsNamed() throws Exception {
		// A path below a regular file cannot become a directory, even for root.
		Path file = Files.writeString(this.tmp.resolve("not-a-directory"), "x");
		Path dataDir = file.resolve("data");

		Result result = run(Map.of(), "--server.port=0", "--atlas.embedded.bolt-port=0",
				"--atlas.embedded.data-dir=" + dataDir);

		result.assertOneLineFailureContaining("The data directory " + dataDir);
	}

	@Test
	void aBoltPortInUseIsNamed() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Result result = run(Map.of(), "--server.port=0", "--atlas.embedded.bolt-port=" + taken.getLocalPort(),
					"--atlas.embedded.data-dir=" + this.tmp.resolve("data"));

			result.assertOneLineFailureContaining("port 127.0.0.1:" + taken.getLocalPort() + " is already in use");
		}
	}

	@Test
	void aWebPortInUseIsNamed() throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			Result result = run(Map.of(), "--server.port=" + taken.getLocalPort(), "--atlas.embedded.bolt-port=0",
					"--atlas.embedded.data-dir=" + this.tmp.resolve("data"));

			result.assertOneLineFailureContaining(String.valueOf(taken.getLocalPort()));
			assertThat(result.failureLine()).containsIgnoringCase("already in use");
		}
	}

	private Result run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("--enable-native-access=ALL-UNNAMED");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(AllianceAtlasApplication.class.getName());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove("NEO4J_URI");
		builder.environment().putAll(environment);
		Path output = this.tmp.resolve("output-" + System.nanoTime() + ".txt");
		builder.redirectOutput(output.toFile());
		Process process = builder.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the application did not stop within 120 s; output:\n" + Files.readString(output));
		}
		return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
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
			assertThat(this.output).as("no stack trace").doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
				.doesNotContain("Caused by:")
				.doesNotContain("APPLICATION FAILED TO START");
		}

	}

}
