package org.allianceatlas.graphql;

/**
 * A change meets the graph in another state than the one it was made against (another
 * accepted change to the same thing, a review already done); the message names what
 * changed, and nothing is written.
 */
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The field that changed meanwhile, for {@code extensions.field}; null if none. */
	public String field() {
		return this.field;
	}

}
