package org.allianceatlas.graphql;

/**
 * An argument is malformed or out of range; the message names the argument and what is
 * allowed.
 */
public class BadArgumentException extends RuntimeException {

	private final String argument;

	public BadArgumentException(String argument, String problem) {
		super("Argument '" + argument + "' " + problem);
		this.argument = argument;
	}

	/** The argument at fault, for {@code extensions.argument}; null if none is. */
	public String argument() {
		return this.argument;
	}

}
