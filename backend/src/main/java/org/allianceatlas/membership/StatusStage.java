package org.allianceatlas.membership;

/**
 * Stages the sources record inside a membership that leave it active (see
 * {@code StatusChange.status}): a notice period. (Recalled representatives are a status:
 * {@link MembershipStatus#REPRESENTATIVES_RECALLED}.)
 */
public enum StatusStage {

	WITHDRAWING

}
