package org.allianceatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a main class of the test class path in a JVM of its own, the way a short-lived
 * JVM starts quickest (C1 only, the serial collector), its standard output and error
 * going to one file. Never with the parent's {@code NEO4J_URI}: the child uses its own
 * embedded database unless told otherwise.
 */
public final class ChildJvm {

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private ChildJvm() {
	}

	public static Process start(Path output, Class<?> main, Map<String, String> environment, String... arguments)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-cp", System.getProperty("java.class.path")));
		command.add(main.getName());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove("NEO4J_URI");
		builder.environment().putAll(environment);
		builder.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
		return builder.start();
	}

	/**
	 * Waits until the child's web server listens and returns its port, read from the
	 * child's own output. Children are started with {@code --server.port=0}: a port
	 * chosen up front and freed again may be taken by anything else on the machine before
	 * the child binds it.
	 * @param process the child
	 * @param output the file its output goes to, of this start only
	 * @param limit how long to wait
	 * @return the HTTP port the child listens on
	 */
	public static int awaitHttpPort(Process process, Path output, Duration limit)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			Matcher started = STARTED.matcher(Files.readString(output));
			if (started.find()) {
				return Integer.parseInt(started.group(1));
			}
			Thread.sleep(200);
		}
		throw new AssertionError(
				(process.isAlive() ? "the application did not start within " + limit : "the application stopped")
						+ "; output:\n" + Files.readString(output));
	}

}
