package org.allianceatlas.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link StartupProblem} anywhere in the failure's causes into its own message.
 */
public class StartupProblemFailureAnalyzer extends AbstractFailureAnalyzer<StartupProblem> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupProblem cause) {
		return new FailureAnalysis(cause.getMessage(), null, cause);
	}

}
