package org.allianceatlas.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview: what the atlas holds, the four organisations with their current members, the latest events. */
@Controller
class OverviewPageController {

	static final List<String> FOUR = List.of("CSTO", "SCO", "CIS", "GUAM");

	private static final String DOCUMENT = """
			query Overview($today: Date!) {
			  organisations { abbreviation name memberships { key } }
			  csto: organisation(abbreviation: "CSTO") { ...Card }
			  sco: organisation(abbreviation: "SCO") { ...Card }
			  cis: organisation(abbreviation: "CIS") { ...Card }
			  guam: organisation(abbreviation: "GUAM") { ...Card }
			}
			fragment Card on Organisation {
			  abbreviation name founded headquarters
			  memberships(asOf: $today) { role roleLabel status from state { iso3 name } }
			}
			""";

	private final AtlasGraphQl api;

	private final EventFeed events;

	OverviewPageController(AtlasGraphQl api, EventFeed events) {
		this.api = api;
		this.events = events;
	}

	@GetMapping("/")
	String overview(Model model) {
		LocalDate today = LocalDate.now();
		Map<String, Object> data = this.api.query(DOCUMENT, Map.of("today", today.toString()));
		List<Map<String, Object>> organisations = Maps.list(data, "organisations");
		long memberships = organisations.stream().mapToLong((o) -> Maps.list(o, "memberships").size()).sum();
		Map<String, Object> counts = new LinkedHashMap<>();
		counts.put("states", this.api.allNodes("states", "iso3").size());
		counts.put("organisations", organisations.size());
		counts.put("memberships", memberships);
		counts.put("sources", this.api.allNodes("sources", "key").size());
		List<Map<String, Object>> cards = new ArrayList<>();
		for (String key : List.of("csto", "sco", "cis", "guam")) {
			Map<String, Object> organisation = Maps.map(data, key);
			if (organisation.isEmpty()) {
				continue;
			}
			Map<String, Object> card = new LinkedHashMap<>(organisation);
			Map<String, List<Map<String, Object>>> byRole = new LinkedHashMap<>();
			for (String role : Roles.ORDER) {
				List<Map<String, Object>> holders = Maps.list(organisation, "memberships")
					.stream()
					.filter((m) -> role.equals(m.get("role")))
					.sorted(java.util.Comparator.comparing((Map<String, Object> m) -> Maps.str(m, "state", "name")))
					.toList();
				if (!holders.isEmpty()) {
					byRole.put(role, holders);
				}
			}
			card.put("byRole", byRole);
			cards.add(card);
		}
		model.addAttribute("counts", counts);
		model.addAttribute("organisations", organisations);
		model.addAttribute("cards", cards);
		model.addAttribute("today", today);
		model.addAttribute("events", this.events.latest(8));
		return "overview";
	}

}
