package org.allianceatlas.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.overlap.OverlapService;
import org.allianceatlas.overlap.OverlapTable;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourceService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Overlapping memberships on one day: a state × organisation matrix, shared members,
 * intersections; of the four main organisations or of any chosen with
 * {@code ?organisations=CSTO,EAEU}.
 */
@Controller
class OverlapPageController {

	static final LocalDate FIRST_DAY = LocalDate.of(1991, 12, 8);

	private final OverlapService overlap;

	private final MembershipService memberships;

	private final OrganisationService organisations;

	private final SourceService sources;

	OverlapPageController(OverlapService overlap, MembershipService memberships, OrganisationService organisations,
			SourceService sources) {
		this.overlap = overlap;
		this.memberships = memberships;
		this.organisations = organisations;
		this.sources = sources;
	}

	@GetMapping("/overlap")
	String overlap(@RequestParam(required = false) String date, @RequestParam(required = false) String organisations,
			Model model, HttpServletResponse response) {
		LocalDate today = this.memberships.today();
		List<String> messages = new ArrayList<>();
		LocalDate day = PageDay.read(date, FIRST_DAY, today, messages);
		List<Organisation> all = this.organisations.findAll();
		Chosen chosen = Chosen.read(organisations, all);
		messages.addAll(chosen.messages());
		if (!messages.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		OverlapTable result = this.overlap.table(chosen.abbreviations(), day);
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("day", day.toString());
		chart.put("organisations", result.organisations());
		chart.put("rows", result.rows());
		chart.put("matrix", result.matrix());
		chart.put("intersections", result.intersections());
		model.addAttribute("messages", messages);
		model.addAttribute("result", result);
		model.addAttribute("allOrganisations", all);
		// the field and the links name the organisations only when they were chosen
		model.addAttribute("organisationsParam",
				(organisations == null || organisations.isBlank()) ? null : String.join(",", result.organisations()));
		model.addAttribute("firstYear", FIRST_DAY.getYear());
		model.addAttribute("thisYear", today.getYear());
		model.addAttribute("today", today);
		model.addAttribute("chartJson", Json.write(chart));
		return "overlap";
	}

	@GetMapping("/overlap.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) String date,
			@RequestParam(required = false) String organisations) {
		LocalDate day;
		try {
			day = (date == null || date.isBlank()) ? this.memberships.today() : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_PLAIN)
				.body("“" + date + "” is not a day (use YYYY-MM-DD).");
		}
		Chosen chosen = Chosen.read(organisations, this.organisations.findAll());
		if (!chosen.messages().isEmpty()) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_PLAIN)
				.body(String.join("\n", chosen.messages()));
		}
		OverlapTable table = this.overlap.table(chosen.abbreviations(), day);
		List<String> keys = table.rows()
			.stream()
			.flatMap(r -> r.cells().values().stream())
			.map(OverlapTable.Cell::membershipKey)
			.toList();
		Map<String, List<Source>> cited = this.sources.sourcesOf(NodeKind.MEMBERSHIP, keys);
		Csv csv = new Csv();
		List<Object> header = new ArrayList<>(List.of("state", "iso3"));
		header.addAll(table.organisations());
		header.add("sources");
		csv.row(header);
		for (OverlapTable.StateRow row : table.rows()) {
			List<Object> cells = new ArrayList<>(List.of(row.name(), row.iso3()));
			List<Source> rowSources = new ArrayList<>();
			for (String organisation : table.organisations()) {
				OverlapTable.Cell cell = row.cells().get(organisation);
				// as the table writes it: the role's label, and a status other than
				// active
				cells.add((cell == null) ? null
						: Vocabulary.INSTANCE.labels().get(cell.role())
								+ (MembershipStatus.ACTIVE.name().equals(cell.status()) ? ""
										: " (" + cell.status().toLowerCase(Locale.ROOT) + ")"));
				if (cell != null) {
					rowSources.addAll(cited.getOrDefault(cell.membershipKey(), List.of()));
				}
			}
			cells.add(Csv.sources(rowSources));
			csv.row(cells);
		}
		List<Object> name = new ArrayList<>(table.organisations());
		name.add("members");
		name.add(day);
		return csv.download(Csv.fileName("csv", name.toArray()));
	}

	/**
	 * The organisations asked for, in the atlas's spelling (matched ignoring case), or
	 * the four main ones; each abbreviation the atlas lacks is a message.
	 */
	record Chosen(List<String> abbreviations, List<String> messages) {

		static Chosen read(String text, Collection<Organisation> all) {
			if (text == null || text.isBlank()) {
				return new Chosen(OverlapService.FOUR, List.of());
			}
			Map<String, String> known = new LinkedHashMap<>();
			all.forEach(o -> known.put(o.abbreviation().toLowerCase(Locale.ROOT), o.abbreviation()));
			List<String> chosen = new ArrayList<>();
			List<String> unknown = new ArrayList<>();
			for (String part : text.split(",")) {
				String wanted = part.strip();
				if (wanted.isEmpty()) {
					continue;
				}
				String abbreviation = known.get(wanted.toLowerCase(Locale.ROOT));
				if (abbreviation == null) {
					unknown.add("“" + wanted + "”");
				}
				else if (!chosen.contains(abbreviation)) {
					chosen.add(abbreviation);
				}
			}
			List<String> messages = new ArrayList<>();
			if (!unknown.isEmpty()) {
				messages.add("The atlas has no organisation "
						+ String.join(", ", unknown) + (chosen.isEmpty()
								? "; showing " + String.join(", ", OverlapService.FOUR) + "." : "; showing the others.")
						+ " Known: " + String.join(", ", known.values()) + ".");
			}
			return new Chosen(chosen.isEmpty() ? OverlapService.FOUR : List.copyOf(chosen), messages);
		}

	}

}
