package org.allianceatlas.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The page of one state ({@code /states/ARM}) and of one organisation ({@code /organisations/CSTO}). */
@Controller
class ProfilePageController {

	static final String SRC = "sources { key title publisher url published }";

	static final String CLAIMS = "claims { key field value approximate note " + SRC + " }";

	private static final String MEMBERSHIP = "key role roleLabel status from to note " + SRC + " " + CLAIMS
			+ " through { key name } statusChanges { status from to note " + SRC + " }";

	private static final String STATE = """
			query State($iso3: String!) {
			  state(iso3: $iso3) {
			    iso3 iso2 name names { value language kind }
			    memberships { %s organisation { abbreviation name } }
			    troopFigures { key year active reserve paramilitary total perThousandTotal perThousandActive approximate note %s %s }
			    undatedTroopFigures { key active reserve paramilitary total approximate note %s %s }
			    %s %s
			  }
			}
			""".formatted(MEMBERSHIP, CLAIMS, SRC, CLAIMS, SRC, CLAIMS, SRC);

	private static final String ORGANISATION = """
			query Organisation($abbreviation: String!) {
			  organisation(abbreviation: $abbreviation) {
			    abbreviation name kind description founded dissolved headquarters officialLanguages
			    names { value language script kind }
			    memberships { %s state { iso3 name } }
			    bodies { key name kind seat description %s }
			    officeHolders { office from to person { key name nationality { iso3 name } } %s }
			    events { key date title kind description %s }
			    predecessor { date organisation { abbreviation name } %s }
			    successor { date organisation { abbreviation name } %s }
			    troopTotals { year active reserve paramilitary total states approximate }
			    cooperations { from note organisation { abbreviation name } %s }
			    %s %s
			  }
			}
			""".formatted(MEMBERSHIP, SRC, SRC, SRC, SRC, SRC, SRC, CLAIMS, SRC);

	private final AtlasGraphQl api;

	private final EventFeed events;

	ProfilePageController(AtlasGraphQl api, EventFeed events) {
		this.api = api;
		this.events = events;
	}

	@GetMapping("/states/{iso3}")
	String state(@PathVariable String iso3, Model model) {
		if (!iso3.matches("[A-Za-z]{3}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String key = iso3.toUpperCase(java.util.Locale.ROOT);
		if (!key.equals(iso3)) {
			return "redirect:/states/" + key;
		}
		Map<String, Object> state = Maps.map(this.api.query(STATE, Map.of("iso3", key)), "state");
		if (state.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<Map<String, Object>> involved = this.events.all()
			.stream()
			.filter((e) -> Maps.list(e, "involves").stream().anyMatch((n) -> key.equals(n.get("key"))))
			.toList();
		model.addAttribute("state", state);
		model.addAttribute("memberships", sortedMemberships(Maps.list(state, "memberships")));
		model.addAttribute("events", involved);
		Citations citations = Citations.of(state, involved);
		model.addAttribute("cite", citations.numbers());
		model.addAttribute("cited", citations.sources());
		return "state";
	}

	@GetMapping("/organisations/{abbreviation}")
	String organisation(@PathVariable String abbreviation, Model model) {
		if (!abbreviation.matches("[A-Za-z0-9 .\\-]{1,20}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Map<String, Object> organisation = Maps.map(this.api.query(ORGANISATION, Map.of("abbreviation", abbreviation)),
				"organisation");
		if (organisation.isEmpty()) {
			String upper = abbreviation.toUpperCase(java.util.Locale.ROOT);
			if (!upper.equals(abbreviation)
					&& !Maps.map(this.api.query("query($a: String!) { organisation(abbreviation: $a) { abbreviation } }",
							Map.of("a", upper)), "organisation").isEmpty()) {
				return "redirect:/organisations/" + upper;
			}
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("org", organisation);
		model.addAttribute("memberships", sortedMemberships(Maps.list(organisation, "memberships")));
		Citations citations = Citations.of(organisation);
		model.addAttribute("cite", citations.numbers());
		model.addAttribute("cited", citations.sources());
		return "organisation";
	}

	/** Current first, then by start date, then by name. */
	private static List<Map<String, Object>> sortedMemberships(List<Map<String, Object>> memberships) {
		return memberships.stream()
			.sorted(Comparator.comparing((Map<String, Object> m) -> "ENDED".equals(m.get("status")) ? 1 : 0)
				.thenComparing((m) -> String.valueOf(m.get("from")))
				.thenComparing((m) -> String.valueOf(Maps.str(m, "state", "name")) + Maps.str(m, "organisation", "abbreviation")))
			.toList();
	}

}
