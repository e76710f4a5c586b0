package org.allianceatlas.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every state's memberships as bars over time, with events as markers; filter by organisation and state. */
@Controller
class TimelinePageController {

	private static final String DOCUMENT = """
			query Timeline {
			  organisations {
			    abbreviation name
			    memberships {
			      key role roleLabel status from to note
			      state { iso3 name }
			      statusChanges { status from to note }
			      sources { key title }
			    }
			  }
			}
			""";

	private final AtlasGraphQl api;

	private final EventFeed events;

	TimelinePageController(AtlasGraphQl api, EventFeed events) {
		this.api = api;
		this.events = events;
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam(required = false) String organisation, @RequestParam(required = false) String state,
			Model model, HttpServletResponse response) {
		List<Map<String, Object>> organisations = Maps.list(this.api.query(DOCUMENT), "organisations");
		Map<String, String> stateNames = new TreeMap<>();
		for (Map<String, Object> org : organisations) {
			for (Map<String, Object> m : Maps.list(org, "memberships")) {
				stateNames.put(Maps.str(m, "state", "iso3"), Maps.str(m, "state", "name"));
			}
		}
		List<String> messages = new ArrayList<>();
		String org = blankToNull(organisation);
		String wanted = org;
		if (org != null && organisations.stream().noneMatch((o) -> wanted.equals(o.get("abbreviation")))) {
			messages.add("The atlas has no organisation “" + org + "”; showing all organisations.");
			org = null;
		}
		String iso3 = blankToNull(state);
		if (iso3 != null) {
			iso3 = iso3.toUpperCase(Locale.ROOT);
			if (!stateNames.containsKey(iso3)) {
				messages.add("The atlas has no memberships of a state “" + state + "”; showing all states.");
				iso3 = null;
			}
		}
		if (!messages.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		List<Map<String, Object>> memberships = new ArrayList<>();
		for (Map<String, Object> o : organisations) {
			if (org != null && !org.equals(o.get("abbreviation"))) {
				continue;
			}
			for (Map<String, Object> m : Maps.list(o, "memberships")) {
				if (iso3 != null && !iso3.equals(Maps.str(m, "state", "iso3"))) {
					continue;
				}
				Map<String, Object> row = new LinkedHashMap<>(m);
				row.put("organisation", Map.of("abbreviation", o.get("abbreviation"), "name", o.get("name")));
				memberships.add(row);
			}
		}
		memberships.sort(Comparator.comparing((Map<String, Object> m) -> Maps.str(m, "state", "name"))
			.thenComparing((m) -> Maps.str(m, "organisation", "abbreviation"))
			.thenComparing((m) -> String.valueOf(m.get("from"))));
		final String orgFilter = org;
		final String stateFilter = iso3;
		List<Map<String, Object>> eventList = this.events.all()
			.stream()
			.filter((e) -> e.get("date") != null)
			.filter((e) -> orgFilter == null
					|| Maps.list(e, "organisations").stream().anyMatch((o) -> orgFilter.equals(o.get("abbreviation"))))
			.filter((e) -> stateFilter == null
					|| Maps.list(e, "involves").stream().anyMatch((n) -> stateFilter.equals(n.get("key"))))
			.sorted(Comparator.comparing((Map<String, Object> e) -> Maps.str(e, "date")))
			.toList();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("today", LocalDate.now().toString());
		chart.put("memberships", memberships);
		chart.put("events", eventList);
		model.addAttribute("messages", messages);
		model.addAttribute("organisations", organisations);
		model.addAttribute("states", stateNames);
		model.addAttribute("organisation", org);
		model.addAttribute("state", iso3);
		model.addAttribute("memberships", memberships);
		model.addAttribute("events", eventList);
		model.addAttribute("chartJson", Json.write(chart));
		return "timeline";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
