package org.allianceatlas.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
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
