package org.allianceatlas.membership;

/** A membership's status on a day. */
public enum MembershipStatus {

	ACTIVE, FROZEN, SUSPENDED, ENDED

}
