package org.allianceatlas.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.overlap.OverlapCell;
import org.allianceatlas.overlap.OverlapService;
import org.allianceatlas.overlap.OverlapTable;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourceService;
import org.allianceatlas.state.State;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	/**
	 * The page's three tables as CSV: {@code /overlap.csv} the states × organisations
	 * matrix, {@code /overlap/shared.csv} the shared full members of each pair of
	 * organisations (and each one's own), {@code /overlap/intersections.csv} the states
	 * that are full members of exactly some of them.
	 */
	@GetMapping({ "/overlap.csv", "/overlap/{table}.csv" })
	ResponseEntity<String> csv(@PathVariable(required = false) String table,
			@RequestParam(required = false) String date, @RequestParam(required = false) String organisations) {
		String what = (table == null) ? "members" : table;
		if (!List.of("members", "shared", "intersections").contains(what)) {
			return Csv.notFound("The overlap page has no table “" + what + "” (shared, intersections).");
		}
		Asked asked = ask(date, organisations);
		if (asked.table() == null) {
			return Csv.refused(asked.messages());
		}
		return switch (what) {
			case "shared" -> shared(asked).download(asked.fileName("shared-members"));
			case "intersections" -> intersections(asked).download(asked.fileName("intersections"));
			default -> members(asked).download(asked.fileName("members"));
		};
	}

	private static Csv members(Asked asked) {
		OverlapTable table = asked.table();
		Csv csv = new Csv();
		List<Object> header = new ArrayList<>(List.of("state", "iso3"));
		header.addAll(table.organisations());
		header.add("sources");
		csv.row(header);
		for (OverlapTable.StateRow row : table.rows()) {
			List<Object> cells = new ArrayList<>(List.of(row.name(), row.iso3()));
			for (String organisation : table.organisations()) {
				OverlapTable.Cell cell = row.cells().get(organisation);
				// as the table writes it: the role's label, and a status other than
				// active
				cells.add((cell == null) ? null
						: Vocabulary.INSTANCE.labels().get(cell.role())
								+ (MembershipStatus.ACTIVE.name().equals(cell.status()) ? ""
										: " (" + cell.status().toLowerCase(Locale.ROOT) + ")"));
			}
			cells.add(asked.sources(List.of(row), table.organisations()));
			csv.row(cells);
		}
		return csv;
	}

	private static Csv shared(Asked asked) {
		Csv csv = new Csv().row("organisations", "shared_members", "states", "sources");
		for (OverlapCell cell : asked.table().matrix()) {
			String row = cell.row().abbreviation();
			String column = cell.column().abbreviation();
			// each pair once, as the table lists it
			if (row.compareTo(column) > 0) {
				continue;
			}
			List<OverlapTable.StateRow> states = asked.rows(cell.states().stream().map(State::iso3).toList());
			csv.row(row.equals(column) ? row + " (all members)" : row + " & " + column, cell.count(),
					cell.states().stream().map(State::name).collect(Collectors.joining(", ")),
					asked.sources(states, List.of(row, column)));
		}
		return csv;
	}

	private static Csv intersections(Asked asked) {
		Map<String, String> iso3ByName = new LinkedHashMap<>();
		asked.table().rows().forEach(r -> iso3ByName.put(r.name(), r.iso3()));
		Csv csv = new Csv().row("full_member_of_exactly", "states", "which", "sources");
		for (OverlapTable.Intersection set : asked.table().intersections()) {
			List<OverlapTable.StateRow> states = asked.rows(set.states().stream().map(iso3ByName::get).toList());
			csv.row(set.label(), set.states().size(), String.join(", ", set.states()),
					asked.sources(states, set.organisations()));
		}
		return csv;
	}

	/**
	 * The day and organisations a CSV is asked for, read as the page reads them, with the
	 * overlap of that day and the sources of its memberships; or, when they cannot be
	 * read, the messages saying why (and no table).
	 */
	private Asked ask(String date, String organisations) {
		LocalDate day;
		try {
			day = (date == null || date.isBlank()) ? this.memberships.today() : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			return new Asked(null, Map.of(), List.of("“" + date + "” is not a day (use YYYY-MM-DD)."));
		}
		Chosen chosen = Chosen.read(organisations, this.organisations.findAll());
		if (!chosen.messages().isEmpty()) {
			return new Asked(null, Map.of(), chosen.messages());
		}
		OverlapTable table = this.overlap.table(chosen.abbreviations(), day);
		List<String> keys = table.rows()
			.stream()
			.flatMap(r -> r.cells().values().stream())
			.map(OverlapTable.Cell::membershipKey)
			.toList();
		return new Asked(table, this.sources.sourcesOf(NodeKind.MEMBERSHIP, keys), List.of());
	}

	/**
	 * An overlap asked for by a CSV and the sources of its memberships by key; a null
	 * table with the messages when it could not be read.
	 */
	private record Asked(OverlapTable table, Map<String, List<Source>> cited, List<String> messages) {

		/** The rows of these states, in the order given. */
		List<OverlapTable.StateRow> rows(List<String> iso3s) {
			Map<String, OverlapTable.StateRow> byIso3 = new LinkedHashMap<>();
			this.table.rows().forEach(r -> byIso3.put(r.iso3(), r));
			return iso3s.stream().map(byIso3::get).filter(Objects::nonNull).toList();
		}

		/**
		 * The sources cell of the memberships these states hold in these organisations.
		 */
		String sources(List<OverlapTable.StateRow> rows, List<String> organisations) {
			List<Source> cited = new ArrayList<>();
			for (OverlapTable.StateRow row : rows) {
				for (String organisation : organisations) {
					OverlapTable.Cell cell = row.cells().get(organisation);
					if (cell != null) {
						cited.addAll(this.cited.getOrDefault(cell.membershipKey(), List.of()));
					}
				}
			}
			return Csv.sources(cited);
		}

		/**
		 * {@code csto-sco-<what>-2024-06-01.csv}, as the page's chart images are named.
		 */
		String fileName(String what) {
			List<Object> parts = new ArrayList<>(this.table.organisations());
			parts.add(what);
			parts.add(this.table.day());
			return Csv.fileName("csv", parts.toArray());
		}

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
