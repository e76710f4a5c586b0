package org.allianceatlas.web;

import java.util.List;
import java.util.Map;

/** Labels and the display order of membership roles and statuses (colours live in atlas.css / atlas.js). */
final class Roles {

	static final List<String> ORDER = List.of("MEMBER", "ASSOCIATE_MEMBER", "OBSERVER", "PARLIAMENTARY_OBSERVER",
			"PARTNER");

	static final Map<String, String> LABELS = Map.of("MEMBER", "Member", "ASSOCIATE_MEMBER", "Associate member",
			"OBSERVER", "Observer", "PARLIAMENTARY_OBSERVER", "Parliamentary observer", "PARTNER", "Partner",
			"ACTIVE", "Active", "FROZEN", "Frozen", "SUSPENDED", "Suspended", "ENDED", "Ended");

	private Roles() {
	}

	static String label(String key) {
		return LABELS.getOrDefault(key, key);
	}

}
