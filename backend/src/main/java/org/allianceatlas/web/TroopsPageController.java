package org.allianceatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Troop figures: stacked bars of active / reserve / paramilitary per state, a table and a CSV of the same rows. */
@Controller
class TroopsPageController {

	private final TroopTable table;

	TroopsPageController(TroopTable table) {
		this.table = table;
	}

	@GetMapping("/troops")
	String troops(@RequestParam(required = false) String organisation, @RequestParam(required = false) String year,
			@RequestParam(required = false) String measure, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		Query query = Query.read(organisation, year, measure);
		TroopTable.Result result = this.table.load(query.organisation(), query.year());
		List<String> messages = new ArrayList<>(query.messages());
		if (result.organisation() == null) {
			messages.add("The atlas has no organisation “" + query.organisation() + "”; showing the CSTO.");
			result = this.table.load("CSTO", null);
		}
		else if (query.year() != null && !result.years().contains(query.year())) {
			messages.add("No troop figures for " + query.organisation() + " in " + query.year()
					+ (result.years().isEmpty() ? "." : "; figures are held for " + result.years() + ". Showing the latest."));
			result = this.table.load(query.organisation(), null);
		}
		if (!messages.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("messages", messages);
		model.addAttribute("result", result);
		model.addAttribute("rows", result.rowMaps());
		model.addAttribute("perThousand", query.perThousand());
		java.util.Map<String, Integer> sourceNumbers = new java.util.LinkedHashMap<>();
		result.sources().forEach((s) -> sourceNumbers.put(Maps.str(s, "key"), sourceNumbers.size() + 1));
		model.addAttribute("sourceNumbers", sourceNumbers);
		model.addAttribute("chartJson", Json.write(java.util.Map.of("organisation",
				result.organisation().get("abbreviation"), "year", String.valueOf(result.year()), "perThousand",
				query.perThousand(), "rows", result.rowMaps())));
		return "troops";
	}

	@GetMapping(value = "/troops.csv")
	ResponseEntity<?> csv(@RequestParam(required = false) String organisation,
			@RequestParam(required = false) String year, @RequestParam(required = false) String measure) {
		Query query = Query.read(organisation, year, measure);
		if (!query.messages().isEmpty()) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(String.join("\n", query.messages()));
		}
		TroopTable.Result result = this.table.load(query.organisation(), query.year());
		if (result.organisation() == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
				.body("No organisation " + query.organisation());
		}
		String name = "troops-" + result.organisation().get("abbreviation") + "-" + result.year()
				+ (query.perThousand() ? "-per-1000" : "") + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(result.csv(query.perThousand()));
	}

	/** The page's parameters, read leniently: anything unreadable becomes a message and a default. */
	record Query(String organisation, Integer year, boolean perThousand, List<String> messages) {

		static Query read(String organisation, String year, String measure) {
			List<String> messages = new ArrayList<>();
			String org = (organisation == null || organisation.isBlank()) ? "CSTO" : organisation.strip();
			if (!org.matches("[A-Za-z0-9 .\\-]{1,20}")) {
				messages.add("“" + org + "” is not an organisation's abbreviation; showing the CSTO.");
				org = "CSTO";
			}
			Integer y = null;
			if (year != null && !year.isBlank()) {
				try {
					y = Integer.valueOf(year.strip());
					if (y < 1900 || y > 2100) {
						messages.add("The year must be between 1900 and 2100, not " + y + "; showing the latest year.");
						y = null;
					}
				}
				catch (NumberFormatException ex) {
					messages.add("“" + year + "” is not a year; showing the latest year.");
				}
			}
			boolean per = false;
			if (measure != null && !measure.isBlank()) {
				if ("per1000".equals(measure)) {
					per = true;
				}
				else if (!"count".equals(measure)) {
					messages.add("Measure “" + measure + "” is unknown: use count or per1000; showing counts.");
				}
			}
			return new Query(org, y, per, messages);
		}

	}

}
