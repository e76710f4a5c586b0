package org.allianceatlas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.event.EventEntry;
import org.allianceatlas.event.EventService;
import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.membership.MembershipsOf;
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

	/** States a page; more than the seed has, so that it fits on one. */
	static final int STATES_PER_PAGE = 50;

	/** Events shown at most (the newest); more than the seed has. */
	static final int EVENTS_SHOWN = 200;

	/**
	 * Up to this many states the state filter is a list to choose from, beyond it a text
	 * field.
	 */
	static final int STATES_IN_A_LIST = 300;

	/**
	 * Up to this many organisations the organisation filter is a list to choose from,
	 * beyond it a text field whose suggestions the page asks the API for.
	 */
	static final int ORGANISATIONS_IN_A_LIST = 60;

	private final OrganisationService organisations;

	private final MembershipService memberships;

	private final EventService events;

	private final SourceService sources;

	private final PageReads reads;

	TimelinePageController(OrganisationService organisations, MembershipService memberships, EventService events,
			SourceService sources, PageReads reads) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.events = events;
		this.sources = sources;
		this.reads = reads;
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam(required = false) String organisation, @RequestParam(required = false) String state,
			@RequestParam(required = false) String page, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Selection selection = select(organisation, state, page, request, true);
		if (!selection.messages().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		List<MembershipRow> rows = selection.rows().stream().map(MembershipRow::of).toList();
		EventService.Window events = selection.events();
		List<EventEntry> eventList = events.events();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("today", this.memberships.today().toString());
		chart.put("organisation", selection.organisation());
		chart.put("state", selection.iso3());
		chart.put("memberships", rows.stream().map(Bar::of).toList());
		chart.put("events", eventList.stream().map(Marker::of).toList());
		model.addAttribute("messages", selection.messages());
		model.addAttribute("organisations", selection.all());
		model.addAttribute("states", selection.stateNames());
		model.addAttribute("stateChoice", selection.stateNames().size() <= STATES_IN_A_LIST);
		model.addAttribute("organisationChoice", selection.all().size() <= ORGANISATIONS_IN_A_LIST);
		model.addAttribute("organisation", selection.organisation());
		model.addAttribute("state", selection.iso3());
		model.addAttribute("memberships", rows);
		model.addAttribute("pager", selection.pager());
		model.addAttribute("events", eventList);
		model.addAttribute("eventTotal", events.total());
		model.addAttribute("chartJson", Json.write(chart));
		return "timeline";
	}

	/** The memberships of the table, one line each, with the sources each cites. */
	@GetMapping("/timeline.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) String organisation,
			@RequestParam(required = false) String state) {
		Selection selection = select(organisation, state, null, null, false);
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

	/**
	 * The organisation and state asked for, each dropped with a message when unknown, and
	 * the memberships of the states on the page asked for (of every state when
	 * {@code request} is null, as for the CSV), and, when asked for, the events of the
	 * selection, read at the same time as the memberships.
	 */
	private Selection select(String organisation, String state, String page, HttpServletRequest request,
			boolean withEvents) {
		var organisationList = this.reads.read(this.organisations::findAll);
		Map<String, String> stateNames = this.memberships.statesHolding(null);
		List<Organisation> all = PageReads.join(organisationList);
		List<String> messages = new ArrayList<>();
		String org = blankToNull(organisation);
		String wanted = org;
		if (org != null && all.stream().noneMatch((o) -> o.abbreviation().equals(wanted))) {
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
		List<String> states;
		if (iso3 != null) {
			states = List.of(iso3);
		}
		else {
			states = List.copyOf(((org != null) ? this.memberships.statesHolding(org) : stateNames).keySet());
		}
		Pager pager = null;
		if (request != null) {
			pager = Pager.of(request, page, states.size(), STATES_PER_PAGE);
			if (pager.message() != null) {
				messages.add(pager.message());
			}
			int from = pager.offset(STATES_PER_PAGE);
			states = states.subList(from, Math.min(states.size(), from + STATES_PER_PAGE));
		}
		String chosenOrganisation = org;
		String chosenState = iso3;
		var window = withEvents
				? this.reads.read(() -> this.events.datedWindow(chosenOrganisation, chosenState, EVENTS_SHOWN)) : null;
		Set<MembershipsOf> requests = new LinkedHashSet<>();
		states.forEach((s) -> requests.add(MembershipsOf.state(s, null)));
		Map<String, List<Membership>> history = new LinkedHashMap<>();
		this.memberships.load(requests).forEach((r, list) -> history.put(r.owner(), list));
		return new Selection(all, stateNames, org, iso3, messages, this.memberships.timeline(history, org, iso3), pager,
				(window != null) ? PageReads.join(window) : null);
	}

	/**
	 * A membership as the chart draws it: the table beside the chart carries the rest, so
	 * the chart's data leave out descriptions, sources and the other properties of states
	 * and organisations.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Bar(String role, String roleLabel, String status, String from, String to, String validFrom, String validTo,
			Map<String, String> state, Map<String, String> organisation, List<Band> statusChanges) {

		static Bar of(MembershipRow m) {
			return new Bar(m.role(), m.roleLabel(), m.status(), m.from(), m.to(), m.validFrom(), m.validTo(),
					Map.of("name", m.state().name()), Map.of("abbreviation", m.organisation().abbreviation()),
					m.statusChanges()
						.stream()
						.map(c -> new Band(c.status(), c.from(), c.to(), c.validFrom(), c.validTo()))
						.toList());
		}

	}

	/** A status period as the chart draws it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Band(String status, String from, String to, String validFrom, String validTo) {
	}

	/** An event as the chart marks it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Marker(String date, String title, String validFrom, List<Map<String, String>> organisations) {

		static Marker of(EventEntry e) {
			return new Marker(e.date(), e.title(), e.validFrom(),
					e.organisations().stream().map(o -> Map.of("abbreviation", o.abbreviation())).toList());
		}

	}

	private record Selection(List<Organisation> all, Map<String, String> stateNames, String organisation, String iso3,
			List<String> messages, List<Membership> rows, Pager pager, EventService.Window events) {
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
