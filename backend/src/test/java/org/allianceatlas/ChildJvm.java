package org.allianceatlas;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a main class of the test class path in a JVM of its own, the way a short-lived
 * JVM starts quickest (C1 only, the serial collector), its standard output and error
 * going to one file. Never with the parent's {@code NEO4J_URI}: the child uses its own
 * embedded database unless told otherwise.
 */
public final class ChildJvm {

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

}
