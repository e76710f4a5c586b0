package org.allianceatlas.availability;

import org.neo4j.driver.exceptions.DiscoveryException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a failure to reach the database apart from every other failure. The driver
 * reports a server it cannot connect to, a connection that broke or a cluster without a
 * reachable member with its own exceptions; Spring Data wraps them, so the whole chain of
 * causes is searched.
 */
public final class DatabaseOutage {

	/** What a client is told, on a page and in a GraphQL error. */
	public static final String MESSAGE = "The database is unavailable at the moment. Please try again in a few seconds.";

	/** Seconds a client is asked to wait before it tries again ({@code Retry-After}). */
	static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseOutage() {
	}

	/**
	 * Whether the failure, or anything that caused it, says the database cannot be
	 * reached.
	 */
	public static boolean causedBy(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
			if (cause instanceof DatabaseUnavailableException || cause instanceof ServiceUnavailableException
					|| cause instanceof SessionExpiredException || cause instanceof DiscoveryException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

}
