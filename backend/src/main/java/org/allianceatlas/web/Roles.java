package org.allianceatlas.web;

import java.util.List;
import java.util.Map;

/** Labels and the display order of membership roles and statuses (colours live in atlas.css / atlas.js). */
final class Roles {

	static final List<String> ORDER = List.of("MEMBER", "ASSOCIATE_MEMBER", "OBSERVER", "PARLIAMENTARY_OBSERVER",
			"PARTNER", "PARTICIPANT");

	static final Map<String, String> LABELS = Map.ofEntries(Map.entry("MEMBER", "Member"),
			Map.entry("ASSOCIATE_MEMBER", "Associate member"), Map.entry("OBSERVER", "Observer"),
			Map.entry("PARLIAMENTARY_OBSERVER", "Parliamentary observer"), Map.entry("PARTNER", "Partner"),
			Map.entry("PARTICIPANT", "Participant (not a member)"),
			Map.entry("ACTIVE", "Active"), Map.entry("FROZEN", "Frozen"), Map.entry("SUSPENDED", "Suspended"),
			Map.entry("ENDED", "Ended"), Map.entry("WITHDRAWING", "Withdrawing (notice given)"),
			Map.entry("REPRESENTATIVES_RECALLED", "Representatives recalled"),
			Map.entry("UNDATED", "Undated (no status on any day)"));

	private Roles() {
	}

	static String label(String key) {
		return LABELS.getOrDefault(key, key);
	}

}
