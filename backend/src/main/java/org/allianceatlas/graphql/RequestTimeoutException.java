package org.allianceatlas.graphql;

import java.time.Duration;

/**
 * A read ran past the deadline of its request; the field becomes null with a TIMEOUT
 * error.
 */
public class RequestTimeoutException extends RuntimeException {

	public RequestTimeoutException(Duration limit) {
		super(message(limit));
	}

	static String message(Duration limit) {
		return "The request did not finish within its time limit of " + Words.duration(limit)
				+ "; ask for less (a smaller page, a shallower neighbourhood) or try again later.";
	}

}
