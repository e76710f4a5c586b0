package org.allianceatlas.launch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The jar's entry point. It is compiled for Java 17 (unlike the rest of the application) so that on an
 * older {@code java} it can still run and say in one line which Java is needed, instead of failing with
 * an {@code UnsupportedClassVersionError} stack trace.
 */
public final class Launch {

	private static final int REQUIRED_JAVA = 21;

	private static final String APPLICATION = "org.allianceatlas.AllianceAtlasApplication";

	private Launch() {
	}

	public static void main(String[] args) throws Throwable {
		int running = Runtime.version().feature();
		if (running < REQUIRED_JAVA) {
			System.err.println("Alliance Atlas could not start: it needs Java " + REQUIRED_JAVA + " or newer, but "
					+ System.getProperty("java.home") + " is Java " + running
					+ ". Run it with a newer JDK's java, for example /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar ...");
			System.exit(1);
		}
		Method main = Class.forName(APPLICATION, true, Thread.currentThread().getContextClassLoader())
			.getMethod("main", String[].class);
		try {
			main.invoke(null, (Object) args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
