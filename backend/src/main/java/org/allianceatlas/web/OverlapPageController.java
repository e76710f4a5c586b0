package org.allianceatlas.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.overlap.OverlapService;
import org.allianceatlas.overlap.OverlapTable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Overlapping memberships on one day: a state × organisation matrix, shared members,
 * intersections.
 */
@Controller
class OverlapPageController {

	static final LocalDate FIRST_DAY = LocalDate.of(1991, 12, 8);

	private final OverlapService overlap;

	private final MembershipService memberships;

	OverlapPageController(OverlapService overlap, MembershipService memberships) {
		this.overlap = overlap;
		this.memberships = memberships;
	}

	@GetMapping("/overlap")
	String overlap(@RequestParam(required = false) String date, Model model, HttpServletResponse response) {
		LocalDate today = this.memberships.today();
		String message = null;
		LocalDate day = today;
		if (date != null && !date.isBlank()) {
			try {
				day = LocalDate.parse(date.strip());
				if (day.isBefore(FIRST_DAY) || day.isAfter(today)) {
					message = "Choose a day between " + FIRST_DAY + " and today (" + today + "); showing today.";
					day = today;
				}
			}
			catch (DateTimeParseException ex) {
				message = "“" + date + "” is not a day (use YYYY-MM-DD); showing today.";
			}
		}
		if (message != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		OverlapTable result = this.overlap.table(OverlapService.FOUR, day);
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("day", day.toString());
		chart.put("organisations", result.organisations());
		chart.put("rows", result.rows());
		chart.put("matrix", result.matrix());
		chart.put("intersections", result.intersections());
		model.addAttribute("message", message);
		model.addAttribute("result", result);
		model.addAttribute("firstYear", FIRST_DAY.getYear());
		model.addAttribute("thisYear", today.getYear());
		model.addAttribute("today", today);
		model.addAttribute("chartJson", Json.write(chart));
		return "overlap";
	}

	@GetMapping("/overlap.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) String date) {
		LocalDate day;
		try {
			day = (date == null || date.isBlank()) ? this.memberships.today() : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_PLAIN)
				.body("“" + date + "” is not a day (use YYYY-MM-DD).");
		}
		OverlapTable table = this.overlap.table(OverlapService.FOUR, day);
		Csv csv = new Csv();
		List<Object> header = new ArrayList<>(List.of("state", "iso3"));
		header.addAll(table.organisations());
		csv.row(header);
		for (OverlapTable.StateRow row : table.rows()) {
			List<Object> cells = new ArrayList<>(List.of(row.name(), row.iso3()));
			for (String organisation : table.organisations()) {
				OverlapTable.Cell cell = row.cells().get(organisation);
				cells.add((cell == null) ? null : cell.role()
						+ (MembershipStatus.ACTIVE.name().equals(cell.status()) ? "" : " (" + cell.status() + ")"));
			}
			csv.row(cells);
		}
		return csv.download("memberships-" + day + ".csv");
	}

}
