package org.allianceatlas.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
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
 * The map: states coloured by their role and status in some organisations on a day, with
 * the same numbers as a table and a CSV, and as an embeddable page.
 */
@Controller
class MapPageController {

	static final LocalDate FIRST_DAY = LocalDate.of(1991, 1, 1);

	static final List<String> DEFAULT_ORGANISATIONS = List.of("CSTO");

	private final OrganisationService organisations;

	private final MembershipService memberships;

	private final SourceService sources;

	MapPageController(OrganisationService organisations, MembershipService memberships, SourceService sources) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.sources = sources;
	}

	@GetMapping("/map")
	String map(@RequestParam(required = false) String organisations, @RequestParam(required = false) String date,
			Model model, HttpServletResponse response) {
		return page("map", organisations, date, model, response);
	}

	@GetMapping("/embed/map")
	String embed(@RequestParam(required = false) String organisations, @RequestParam(required = false) String date,
			Model model, HttpServletResponse response) {
		return page("embed/map", organisations, date, model, response);
	}

	@GetMapping("/map.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) String organisations,
			@RequestParam(required = false) String date) {
		Choice choice = choose(organisations, date);
		if (!choice.messages().isEmpty()) {
			return Csv.refused(choice.messages());
		}
		MapView view = view(choice);
		Csv csv = new Csv();
		List<Object> header = new ArrayList<>(List.of("state", "iso3", "shown as"));
		for (String abbreviation : view.abbreviations()) {
			header.add(abbreviation + " role");
			header.add(abbreviation + " status");
			header.add(abbreviation + " since");
		}
		header.add("sources");
		csv.row(header);
		for (MapView.Row row : view.rows()) {
			List<Object> cells = new ArrayList<>(List.of(row.name(), row.iso3(), label(row.key())));
			Set<Source> cited = new LinkedHashSet<>();
			for (String abbreviation : view.abbreviations()) {
				MapView.Cell cell = row.cells().get(abbreviation);
				cells.add((cell == null) ? null : cell.label());
				cells.add((cell == null) ? null : label(cell.status()));
				cells.add((cell == null) ? null : cell.from());
				if (cell != null) {
					cited.addAll(cell.sources());
				}
			}
			cells.add(cited.stream()
				.map((s) -> (s.url() != null) ? s.title() + " " + s.url() : s.title())
				.collect(Collectors.joining("; ")));
			csv.row(cells);
		}
		return csv.download(fileName(view) + ".csv");
	}

	private String page(String template, String organisations, String date, Model model, HttpServletResponse response) {
		Choice choice = choose(organisations, date);
		if (!choice.messages().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		MapView view = view(choice);
		LocalDate today = this.memberships.today();
		String query = "organisations=" + String.join(",", view.abbreviations()) + "&date=" + view.day();
		model.addAttribute("messages", choice.messages());
		model.addAttribute("view", view);
		model.addAttribute("all", this.organisations.findAll());
		model.addAttribute("chosen", view.abbreviations());
		model.addAttribute("cite", view.cite());
		model.addAttribute("cited", view.sources());
		model.addAttribute("disputed", MapView.DISPUTED);
		model.addAttribute("firstYear", FIRST_DAY.getYear());
		model.addAttribute("thisYear", today.getYear());
		model.addAttribute("firstDay", FIRST_DAY);
		model.addAttribute("today", today);
		model.addAttribute("query", query);
		model.addAttribute("fileName", fileName(view));
		model.addAttribute("chartJson", Json.write(view.chart()));
		return template;
	}

	private MapView view(Choice choice) {
		Map<String, Map<String, Membership>> held = this.memberships
			.strongestOnDay(choice.organisations().stream().map(Organisation::abbreviation).toList(), choice.day());
		List<String> keys = held.values().stream().flatMap((m) -> m.values().stream()).map(Membership::key).toList();
		return MapView.of(choice.day(), choice.organisations(), held,
				keys.isEmpty() ? Map.of() : this.sources.sourcesOf(NodeKind.MEMBERSHIP, keys));
	}

	/**
	 * The organisations and day asked for; what cannot be read is named in a message and
	 * replaced (unknown organisations left out, the default one when none is left; today
	 * for a bad day).
	 */
	private Choice choose(String organisations, String date) {
		List<String> messages = new ArrayList<>();
		List<Organisation> all = this.organisations.findAll();
		List<Organisation> chosen = new ArrayList<>();
		if (organisations != null && !organisations.isBlank()) {
			for (String asked : organisations.split(",")) {
				String abbreviation = asked.strip();
				if (abbreviation.isEmpty()) {
					continue;
				}
				Optional<Organisation> found = all.stream()
					.filter((o) -> o.abbreviation().equalsIgnoreCase(abbreviation))
					.findFirst();
				if (found.isEmpty()) {
					messages.add("The atlas has no organisation “" + abbreviation + "”; it is left out.");
				}
				else if (!chosen.contains(found.get())) {
					chosen.add(found.get());
				}
			}
		}
		if (chosen.isEmpty()) {
			DEFAULT_ORGANISATIONS.forEach(
					(d) -> all.stream().filter((o) -> o.abbreviation().equals(d)).findFirst().ifPresent(chosen::add));
		}
		LocalDate today = this.memberships.today();
		LocalDate day = PageDay.read(date, FIRST_DAY, today, messages);
		return new Choice(chosen, day, messages);
	}

	/**
	 * What and when, as the page's downloads are named: {@code csto-sco-map-2015-06-01}.
	 */
	static String fileName(MapView view) {
		List<String> parts = new ArrayList<>(view.abbreviations());
		parts.add("map");
		parts.add(view.day().toString());
		return parts.stream()
			.map((p) -> p.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-"))
			.collect(Collectors.joining("-"));
	}

	private static String label(String key) {
		return (key == null) ? null : Vocabulary.INSTANCE.labels().getOrDefault(key, key);
	}

	private record Choice(List<Organisation> organisations, LocalDate day, List<String> messages) {
	}

}
