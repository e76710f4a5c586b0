package org.allianceatlas.database;

/**
 * A start-up failure caused by configuration or the environment, whose message alone
 * tells the user what is wrong and what to change. It is reported as one line, without a
 * stack trace.
 */
public class StartupProblem extends RuntimeException {

	public StartupProblem(String message) {
		super(message);
	}

	public StartupProblem(String message, Throwable cause) {
		super(message, cause);
	}

}
