package org.allianceatlas.graphql;

/**
 * A request asks for more than a published limit allows; the field becomes null with a
 * LIMIT_EXCEEDED error whose message names the argument (where one is to blame) and the
 * limit.
 */
public class LimitExceededException extends RuntimeException {

	private final String argument;

	public LimitExceededException(String argument, String problem) {
		super("Argument '" + argument + "' " + problem);
		this.argument = argument;
	}

	private LimitExceededException(String message) {
		super(message);
		this.argument = null;
	}

	/** A limit of the whole request rather than of one argument. */
	public static LimitExceededException ofRequest(String message) {
		return new LimitExceededException(message);
	}

	/** The argument at fault, for {@code extensions.argument}; null if none is. */
	public String argument() {
		return this.argument;
	}

}
