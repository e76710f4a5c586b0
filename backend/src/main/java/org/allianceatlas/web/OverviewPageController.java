package org.allianceatlas.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.event.EventService;
import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.membership.Role;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.overlap.OverlapService;
import org.allianceatlas.summary.SummaryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The overview: what the atlas holds, the four organisations with their current members,
 * the latest events.
 */
@Controller
class OverviewPageController {

	private final SummaryService summary;

	private final OrganisationService organisations;

	private final MembershipService memberships;

	private final EventService events;

	OverviewPageController(SummaryService summary, OrganisationService organisations, MembershipService memberships,
			EventService events) {
		this.summary = summary;
		this.organisations = organisations;
		this.memberships = memberships;
		this.events = events;
	}

	@GetMapping("/")
	String overview(Model model) {
		LocalDate today = this.memberships.today();
		List<Organisation> all = this.organisations.findAll();
		Map<String, List<Membership>> current = this.memberships.ofOrganisations(OverlapService.FOUR, today);
		List<Card> cards = new ArrayList<>();
		for (Organisation organisation : all) {
			if (!OverlapService.FOUR.contains(organisation.abbreviation())) {
				continue;
			}
			Map<String, List<MembershipRow>> byRole = new LinkedHashMap<>();
			for (Role role : Role.values()) {
				List<MembershipRow> holders = current.get(organisation.abbreviation())
					.stream()
					.filter(m -> role.name().equals(m.role()))
					.sorted(Comparator.comparing((Membership m) -> m.state().name()))
					.map(MembershipRow::of)
					.toList();
				if (!holders.isEmpty()) {
					byRole.put(role.name(), holders);
				}
			}
			cards.add(new Card(organisation.abbreviation(), organisation.name(), organisation.founded(),
					organisation.headquarters(), byRole));
		}
		cards.sort(Comparator.comparingInt(c -> OverlapService.FOUR.indexOf(c.abbreviation())));
		model.addAttribute("counts", this.summary.counts());
		model.addAttribute("organisations", all);
		model.addAttribute("cards", cards);
		model.addAttribute("today", today);
		model.addAttribute("events", this.events.latest(8));
		return "overview";
	}

	/** One of the four organisations with its members today, by role in display order. */
	record Card(String abbreviation, String name, String founded, String headquarters,
			Map<String, List<MembershipRow>> byRole) {
	}

}
