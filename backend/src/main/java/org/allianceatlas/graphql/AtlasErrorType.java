package org.allianceatlas.graphql;

import graphql.ErrorClassification;

/**
 * The classifications this API adds to Spring's {@code BAD_REQUEST}, {@code NOT_FOUND},
 * {@code INTERNAL_ERROR}, {@code UNAUTHORIZED} and {@code FORBIDDEN} (all listed in the
 * README's errors table; {@code UNAVAILABLE} comes from the availability package).
 */
public enum AtlasErrorType implements ErrorClassification {

	/** The request asks for more than one of the published limits allows. */
	LIMIT_EXCEEDED,

	/** The request did not finish within its time limit; nothing of it keeps running. */
	TIMEOUT,

	/** Too many expensive requests are running; retry in a moment. */
	BUSY,

	/**
	 * A write conflicts with the graph as it is now (another accepted change to the same
	 * thing); {@code extensions.field} names what changed.
	 */
	CONFLICT

}
