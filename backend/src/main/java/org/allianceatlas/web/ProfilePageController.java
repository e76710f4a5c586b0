package org.allianceatlas.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page of one state ({@code /states/ARM}) and of one organisation
 * ({@code /organisations/CSTO}).
 */
@Controller
class ProfilePageController {

	private final Profiles profiles;

	ProfilePageController(Profiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/states/{iso3}")
	String state(@PathVariable String iso3, Model model) {
		if (!iso3.matches("[A-Za-z]{3}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String key = iso3.toUpperCase(Locale.ROOT);
		if (!key.equals(iso3)) {
			return "redirect:/states/" + key;
		}
		Profiles.StatePage state = this.profiles.state(key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("state", state);
		model.addAttribute("memberships", state.memberships());
		model.addAttribute("events", state.events());
		model.addAttribute("cite", state.citations().numbers());
		model.addAttribute("cited", state.citations().sources());
		return "state";
	}

	/**
	 * A table of a state's page as CSV: {@code memberships}, {@code troop-figures} or
	 * {@code events}; named after the state, the table and today
	 * ({@code armenia-memberships-2024-06-01.csv}).
	 */
	@GetMapping("/states/{iso3}/{table}.csv")
	ResponseEntity<String> stateCsv(@PathVariable String iso3, @PathVariable String table) {
		Profiles.StatePage state = iso3.matches("[A-Za-z]{3}")
				? this.profiles.state(iso3.toUpperCase(Locale.ROOT)).orElse(null) : null;
		if (state == null) {
			return Csv.notFound("The atlas has no state “" + iso3 + "”.");
		}
		Csv csv = switch (table) {
			case "memberships" -> ProfileCsv.memberships(state.memberships(), true);
			case "troop-figures" -> ProfileCsv.troopFigures(state);
			case "events" -> ProfileCsv.events(state.events());
			default -> null;
		};
		if (csv == null) {
			return Csv.notFound("A state's page has no table “" + table + "” (memberships, troop-figures, events).");
		}
		return csv.download(Csv.fileName("csv", state.name(), table, this.profiles.today()));
	}

	/**
	 * A table of an organisation's page as CSV: {@code memberships},
	 * {@code office-holders}, {@code troop-totals} or {@code events}
	 * ({@code csto-memberships-2024-06-01.csv}).
	 */
	@GetMapping("/organisations/{abbreviation}/{table}.csv")
	ResponseEntity<String> organisationCsv(@PathVariable String abbreviation, @PathVariable String table) {
		Profiles.OrganisationPage organisation = abbreviation.matches("[A-Za-z0-9 .\\-]{1,20}")
				? this.profiles.organisation(abbreviation).orElse(null) : null;
		if (organisation == null) {
			return Csv.notFound("The atlas has no organisation “" + abbreviation + "”.");
		}
		Csv csv = switch (table) {
			case "memberships" -> ProfileCsv.memberships(organisation.memberships(), false);
			case "office-holders" -> ProfileCsv.officeHolders(organisation.officeHolders());
			case "troop-totals" -> ProfileCsv.troopTotals(organisation.troopTotals());
			case "events" -> ProfileCsv.events(organisation.events());
			default -> null;
		};
		if (csv == null) {
			return Csv.notFound("An organisation's page has no table “" + table
					+ "” (memberships, office-holders, troop-totals, events).");
		}
		return csv.download(Csv.fileName("csv", organisation.abbreviation(), table, this.profiles.today()));
	}

	@GetMapping("/organisations/{abbreviation}")
	String organisation(@PathVariable String abbreviation, Model model) {
		if (!abbreviation.matches("[A-Za-z0-9 .\\-]{1,20}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Profiles.OrganisationPage organisation = this.profiles.organisation(abbreviation).orElse(null);
		if (organisation == null) {
			String upper = abbreviation.toUpperCase(Locale.ROOT);
			if (!upper.equals(abbreviation) && this.profiles.organisationExists(upper)) {
				return "redirect:/organisations/" + upper;
			}
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("org", organisation);
		model.addAttribute("memberships", organisation.memberships());
		model.addAttribute("cite", organisation.citations().numbers());
		model.addAttribute("cited", organisation.citations().sources());
		return "organisation";
	}

}
