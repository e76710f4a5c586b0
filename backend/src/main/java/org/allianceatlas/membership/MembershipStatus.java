package org.allianceatlas.membership;

/** A membership's status on a day. */
public enum MembershipStatus {

	ACTIVE, FROZEN, SUSPENDED, ENDED;

	static boolean isStatus(String name) {
		for (MembershipStatus status : values()) {
			if (status.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
