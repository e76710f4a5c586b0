package org.allianceatlas.account;

/**
 * What an account may do. Anyone, signed in or not, reads everything; the roles below
 * only add the right to change the atlas. Each role includes the ones before it: an
 * editor may also propose, an admin may also review.
 */
public enum Role {

	/**
	 * Proposes changes, each with at least one source; a proposal changes nothing until
	 * accepted.
	 */
	CONTRIBUTOR,

	/**
	 * Reviews proposals: accepts, rejects with a reason, asks for changes, reverts
	 * revisions.
	 */
	EDITOR,

	/** Manages accounts and their roles, and reads the audit log. */
	ADMIN;

	/** The Spring Security authority of this role, e.g. {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
