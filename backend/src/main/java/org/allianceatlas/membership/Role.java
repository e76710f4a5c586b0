package org.allianceatlas.membership;

/** The roles a state can hold in an organisation, strongest first. */
public enum Role {

	MEMBER, ASSOCIATE_MEMBER, OBSERVER, PARLIAMENTARY_OBSERVER, PARTNER,

	/**
	 * Took part in the organisation's bodies without full membership (Ukraine in the
	 * CIS).
	 */
	PARTICIPANT;

	/** Position in the display order (0 is strongest); unknown roles come last. */
	public static int rank(String role) {
		for (Role candidate : values()) {
			if (candidate.name().equals(role)) {
				return candidate.ordinal();
			}
		}
		return values().length;
	}

}
