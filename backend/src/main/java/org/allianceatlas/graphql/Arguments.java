package org.allianceatlas.graphql;

import java.util.Objects;

/**
 * Checks shared by fields that take one filter both as a plain argument and in
 * {@code where}.
 */
public final class Arguments {

	private Arguments() {
	}

	/**
	 * The value given as the plain argument or in {@code where}; both given with
	 * different values is a BAD_REQUEST naming the argument.
	 */
	public static <T> T either(String argument, T plain, T inWhere) {
		if (plain != null && inWhere != null && !Objects.equals(plain, inWhere)) {
			throw new BadArgumentException(argument,
					"(" + plain + ") differs from 'where." + argument + "' (" + inWhere + "); give it once");
		}
		return (plain != null) ? plain : inWhere;
	}

}
