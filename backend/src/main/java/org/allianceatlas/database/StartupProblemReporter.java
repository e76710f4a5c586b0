package org.allianceatlas.database;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Prints a start-up failure that Spring Boot could explain as one line on standard error,
 * instead of a block of text or a stack trace. Registered in
 * {@code META-INF/spring.factories}.
 */
public class StartupProblemReporter implements FailureAnalysisReporter {

	@Override
	public void report(FailureAnalysis analysis) {
		StringBuilder line = new StringBuilder("Alliance Atlas could not start: ")
			.append(oneLine(analysis.getDescription()));
		if (analysis.getAction() != null && !analysis.getAction().isBlank()) {
			line.append(" Action: ").append(oneLine(analysis.getAction()));
		}
		System.err.println(line);
	}

	private static String oneLine(String text) {
		return text.strip().replaceAll("\\s*\\R\\s*", " ");
	}

}
