package org.allianceatlas.graphql;

/**
 * An argument is malformed or out of range; the message names the argument and what is
 * allowed.
 */
public class BadArgumentException extends RuntimeException {

	public BadArgumentException(String argument, String problem) {
		super("Argument '" + argument + "' " + problem);
	}

}
