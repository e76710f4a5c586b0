package org.allianceatlas.membership;

/** A membership's status on a day. */
public enum MembershipStatus {

	ACTIVE, FROZEN, SUSPENDED, REPRESENTATIVES_RECALLED, ENDED,

	/** The source gives no date at all, so the membership has no status on any day. */
	UNDATED;

	static boolean isStatus(String name) {
		for (MembershipStatus status : values()) {
			if (status.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
