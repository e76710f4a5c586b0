package org.allianceatlas.availability;

/**
 * The database could not be reached while a request was answered. Pages that read the
 * graph through the in-process GraphQL API throw this when an answer carries an
 * {@link AtlasErrorType#UNAVAILABLE} error, so the page says so with a 503 instead of
 * drawing an empty page.
 */
public class DatabaseUnavailableException extends RuntimeException {

	public DatabaseUnavailableException() {
		super(DatabaseOutage.MESSAGE);
	}

}
