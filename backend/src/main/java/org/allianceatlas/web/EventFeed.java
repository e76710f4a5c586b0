package org.allianceatlas.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Events through the API's {@code events} connection, for the overview and the timeline. */
@Component
class EventFeed {

	static final String FIELDS = "key date title kind description troops aircraft participatingStates "
			+ "organisations { abbreviation } involves { id kind key label } sources { key title publisher url published }";

	private final AtlasGraphQl api;

	EventFeed(AtlasGraphQl api) {
		this.api = api;
	}

	/** Every event, oldest first. */
	List<Map<String, Object>> all() {
		return this.api.allNodes("events", FIELDS);
	}

	/** The newest events first; undated events last. */
	List<Map<String, Object>> latest(int count) {
		return all().stream()
			.filter((e) -> e.get("date") != null)
			.sorted(Comparator.comparing((Map<String, Object> e) -> Maps.str(e, "date")).reversed())
			.limit(count)
			.toList();
	}

}
