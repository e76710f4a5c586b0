package org.allianceatlas.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Overlapping memberships on one day: a state × organisation matrix, shared members, intersections. */
@Controller
class OverlapPageController {

	static final LocalDate FIRST_DAY = LocalDate.of(1991, 12, 8);

	private final OverlapData data;

	OverlapPageController(OverlapData data) {
		this.data = data;
	}

	@GetMapping("/overlap")
	String overlap(@RequestParam(required = false) String date, Model model, HttpServletResponse response) {
		LocalDate today = LocalDate.now();
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
		OverlapData.Result result = this.data.load(day);
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
			day = (date == null || date.isBlank()) ? LocalDate.now() : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
				.body("“" + date + "” is not a day (use YYYY-MM-DD).");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("memberships-" + day + ".csv").build().toString())
			.body(this.data.load(day).csv());
	}

}
