package org.allianceatlas.graphql;

/**
 * An argument names something the graph does not have; the field becomes null with a
 * NOT_FOUND error.
 */
public class NotFoundException extends RuntimeException {

	private final String argument;

	public NotFoundException(String argument, String value, String what) {
		super("No " + what + " '" + value + "' (argument '" + argument + "')");
		this.argument = argument;
	}

	/** The argument at fault, for {@code extensions.argument}; null if none is. */
	public String argument() {
		return this.argument;
	}

}
