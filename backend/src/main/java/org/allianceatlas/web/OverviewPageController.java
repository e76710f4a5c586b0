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

	private final PageReads reads;

	OverviewPageController(SummaryService summary, OrganisationService organisations, MembershipService memberships,
			EventService events, PageReads reads) {
		this.summary = summary;
		this.organisations = organisations;
		this.memberships = memberships;
		this.events = events;
		this.reads = reads;
	}

	@GetMapping("/")
	String overview(Model model) {
		LocalDate today = this.memberships.today();
		// four independent reads at the same time
		var counts = this.reads.read(this.summary::counts);
		var latest = this.reads.read(() -> this.events.latest(8));
		var organisations = this.reads.read(this.organisations::findAll);
		Map<String, List<Membership>> current = PageReads
			.join(this.reads.read(() -> this.memberships.ofOrganisations(OverlapService.FOUR, today)));
		List<Organisation> all = PageReads.join(organisations);
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
		model.addAttribute("counts", PageReads.join(counts));
		model.addAttribute("organisations", all);
		model.addAttribute("cards", cards);
		model.addAttribute("today", today);
		model.addAttribute("events", PageReads.join(latest));
		return "overview";
	}

	/** One of the four organisations with its members today, by role in display order. */
	record Card(String abbreviation, String name, String founded, String headquarters,
			Map<String, List<MembershipRow>> byRole) {
	}

}
