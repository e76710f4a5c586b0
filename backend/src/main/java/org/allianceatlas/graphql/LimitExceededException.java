package org.allianceatlas.graphql;

/**
 * A request asks for more than a published limit allows; the field becomes null with a
 * LIMIT_EXCEEDED error whose message names the argument (where one is to blame) and the
 * limit.
 */
public class LimitExceededException extends RuntimeException {

	public LimitExceededException(String argument, String problem) {
		super("Argument '" + argument + "' " + problem);
	}

	private LimitExceededException(String message) {
		super(message);
	}

	/** A limit of the whole request rather than of one argument. */
	public static LimitExceededException ofRequest(String message) {
		return new LimitExceededException(message);
	}

}
