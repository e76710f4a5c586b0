package org.allianceatlas.account;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Someone who may sign in. The user name is the business key: lower-case, stable, and the
 * name every other feature knows the account by ({@code Authentication.getName()}). The
 * password hash never leaves the account package.
 *
 * @param userName lower-case letters, digits, dots, dashes and underscores, 3 to 40 long
 * @param roles what the account may do beyond reading
 * @param enabled false once an admin disabled it: it cannot sign in and its tokens are
 * refused
 * @param createdAt when it was created
 */
public record Account(String userName, Set<Role> roles, boolean enabled, Instant createdAt) {

	/** What a user name may look like. */
	public static final Pattern USER_NAME = Pattern.compile("[a-z0-9._-]{3,40}");

	public Account {
		roles = Set.copyOf(roles);
	}

	/** Whether the account has this role, directly or through a higher one. */
	public boolean may(Role role) {
		return this.roles.stream().anyMatch(held -> held.ordinal() >= role.ordinal());
	}

}
