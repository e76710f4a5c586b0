package org.allianceatlas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.event.EventEntry;
import org.allianceatlas.event.EventService;
import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every state's memberships as bars over time, with events as markers; filter by
 * organisation and state.
 */
@Controller
class TimelinePageController {

	private final OrganisationService organisations;

	private final MembershipService memberships;

	private final EventService events;

	TimelinePageController(OrganisationService organisations, MembershipService memberships, EventService events) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.events = events;
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam(required = false) String organisation, @RequestParam(required = false) String state,
			Model model, HttpServletResponse response) {
		List<Organisation> all = this.organisations.findAll();
		Map<String, List<Membership>> history = this.memberships
			.ofOrganisations(all.stream().map(Organisation::abbreviation).toList(), null);
		Map<String, String> stateNames = new TreeMap<>();
		history.values().forEach(list -> list.forEach(m -> stateNames.put(m.state().iso3(), m.state().name())));
		List<String> messages = new ArrayList<>();
		String org = blankToNull(organisation);
		if (org != null && !history.containsKey(org)) {
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
		List<MembershipRow> rows = this.memberships.timeline(history, org, iso3)
			.stream()
			.map(MembershipRow::of)
			.toList();
		List<EventEntry> eventList = this.events.dated(org, iso3);
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("today", this.memberships.today().toString());
		chart.put("memberships", rows);
		chart.put("events", eventList);
		model.addAttribute("messages", messages);
		model.addAttribute("organisations", all);
		model.addAttribute("states", stateNames);
		model.addAttribute("organisation", org);
		model.addAttribute("state", iso3);
		model.addAttribute("memberships", rows);
		model.addAttribute("events", eventList);
		model.addAttribute("chartJson", Json.write(chart));
		return "timeline";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
