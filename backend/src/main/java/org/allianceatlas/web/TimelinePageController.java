package org.allianceatlas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.event.EventEntry;
import org.allianceatlas.event.EventService;
import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourceService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

	private final SourceService sources;

	TimelinePageController(OrganisationService organisations, MembershipService memberships, EventService events,
			SourceService sources) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.events = events;
		this.sources = sources;
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam(required = false) String organisation, @RequestParam(required = false) String state,
			Model model, HttpServletResponse response) {
		Selection selection = select(organisation, state);
		if (!selection.messages().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		List<MembershipRow> rows = selection.rows().stream().map(MembershipRow::of).toList();
		List<EventEntry> eventList = this.events.dated(selection.organisation(), selection.iso3());
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("today", this.memberships.today().toString());
		chart.put("organisation", selection.organisation());
		chart.put("state", selection.iso3());
		chart.put("memberships", rows);
		chart.put("events", eventList);
		model.addAttribute("messages", selection.messages());
		model.addAttribute("organisations", selection.all());
		model.addAttribute("states", selection.stateNames());
		model.addAttribute("organisation", selection.organisation());
		model.addAttribute("state", selection.iso3());
		model.addAttribute("memberships", rows);
		model.addAttribute("events", eventList);
		model.addAttribute("chartJson", Json.write(chart));
		return "timeline";
	}

	/** The memberships of the table, one line each, with the sources each cites. */
	@GetMapping("/timeline.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) String organisation,
			@RequestParam(required = false) String state) {
		Selection selection = select(organisation, state);
		if (!selection.messages().isEmpty()) {
			return Csv.refused(selection.messages());
		}
		Map<String, List<Source>> cited = this.sources.sourcesOf(NodeKind.MEMBERSHIP,
				selection.rows().stream().map(Membership::key).toList());
		Csv csv = new Csv().row("state", "iso3", "organisation", "role", "from", "to", "status_periods", "sources");
		for (Membership m : selection.rows()) {
			String periods = m.statusChanges()
				.stream()
				.map(c -> Vocabulary.INSTANCE.labels().getOrDefault(c.status(), c.status()) + " " + c.from() + "–"
						+ ((c.to() != null) ? c.to() : ""))
				.collect(Collectors.joining("; "));
			if (m.status() == MembershipStatus.UNDATED) {
				periods = periods.isEmpty() ? "undated" : periods + "; undated";
			}
			else if (m.status() == MembershipStatus.SUSPENDED && m.to() != null) {
				periods = periods.isEmpty() ? "ended as suspended" : periods + "; ended as suspended";
			}
			csv.row(m.state().name(), m.state().iso3(), m.organisation().abbreviation(),
					(m.roleLabel() != null) ? m.roleLabel() : Vocabulary.INSTANCE.labels().get(m.role()),
					(m.from() != null) ? m.from() : "?", m.to(), periods,
					Csv.sources(cited.getOrDefault(m.key(), List.of())));
		}
		return csv.download(Csv.fileName("csv", "timeline", selection.organisation(), selection.iso3()));
	}

	/** The organisation and state asked for, each dropped with a message when unknown. */
	private Selection select(String organisation, String state) {
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
		return new Selection(all, stateNames, org, iso3, messages, this.memberships.timeline(history, org, iso3));
	}

	private record Selection(List<Organisation> all, Map<String, String> stateNames, String organisation, String iso3,
			List<String> messages, List<Membership> rows) {
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
