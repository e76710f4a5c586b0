package org.allianceatlas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.troops.TroopService;
import org.allianceatlas.troops.TroopTable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Troop figures: stacked bars of active / reserve / paramilitary per state, a table and a
 * CSV of the same rows.
 */
@Controller
class TroopsPageController {

	private final TroopService troops;

	TroopsPageController(TroopService troops) {
		this.troops = troops;
	}

	@GetMapping("/troops")
	String troops(@RequestParam(required = false) String organisation, @RequestParam(required = false) String year,
			@RequestParam(required = false) String measure, Model model, HttpServletResponse response) {
		Query query = Query.read(organisation, year, measure);
		TroopTable result = this.troops.table(query.organisation(), query.year());
		List<String> messages = new ArrayList<>(query.messages());
		if (result.organisation() == null) {
			messages.add("The atlas has no organisation “" + query.organisation() + "”; showing the CSTO.");
			result = this.troops.table("CSTO", null);
		}
		else if (query.year() != null && !result.years().contains(query.year())) {
			messages
				.add("No troop figures for " + query.organisation() + " in " + query.year() + (result.years().isEmpty()
						? "." : "; figures are held for " + result.years() + ". Showing the latest."));
			result = this.troops.table(query.organisation(), null);
		}
		if (!messages.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("messages", messages);
		model.addAttribute("result", result);
		model.addAttribute("rows", result.rows());
		model.addAttribute("perThousand", query.perThousand());
		model.addAttribute("population", POPULATION);
		model.addAttribute("members",
				(result.year() != null) ? this.troops.members(result.organisation().abbreviation(), result.year()) : 0);
		Map<String, Integer> sourceNumbers = new LinkedHashMap<>();
		result.sources().forEach((s) -> sourceNumbers.put(s.key(), sourceNumbers.size() + 1));
		model.addAttribute("sourceNumbers", sourceNumbers);
		model.addAttribute("chartJson", Json.write(Map.of("organisation", result.organisation().abbreviation(), "year",
				String.valueOf(result.year()), "perThousand", query.perThousand(), "rows", result.rows())));
		return "troops";
	}

	@GetMapping(value = "/troops.csv")
	ResponseEntity<?> csv(@RequestParam(required = false) String organisation,
			@RequestParam(required = false) String year, @RequestParam(required = false) String measure) {
		Query query = Query.read(organisation, year, measure);
		if (!query.messages().isEmpty()) {
			return Csv.refused(query.messages());
		}
		TroopTable result = this.troops.table(query.organisation(), query.year());
		if (result.organisation() == null) {
			return Csv.notFound("No organisation " + query.organisation());
		}
		return csv(result, query.perThousand()).download(Csv.fileName("csv", "troops",
				result.organisation().abbreviation(), result.year(), query.perThousand() ? "per-1000" : null));
	}

	/**
	 * What the per-1000 values rest on: the atlas holds no population figures, so each
	 * value is the source's own, worked out from the source's population estimate.
	 */
	static final String POPULATION = "the source's own estimate (not held in the atlas)";

	/** Exactly the charted rows (per 1000: those with a per-1000 total). */
	static Csv csv(TroopTable table, boolean perThousand) {
		Csv csv = new Csv();
		csv.row(perThousand
				? List.of("state", "iso3", "year", "figure", "active_per_1000", "reserve_per_1000",
						"paramilitary_per_1000", "total_per_1000", "approximate", "population", "sources")
				: List.of("state", "iso3", "year", "figure", "active", "reserve", "paramilitary", "total",
						"approximate", "sources"));
		for (TroopTable.Row row : table.rows()) {
			if (perThousand && row.perThousandTotal() == null) {
				continue;
			}
			String figure = row.kind() + ((row.claimField() != null) ? " (" + row.claimField() + ")" : "");
			if (perThousand) {
				csv.row(row.state(), row.iso3(), row.year(), figure, row.activePerThousand(), row.reservePerThousand(),
						row.paramilitaryPerThousand(), row.perThousandTotal(), row.approximate(), POPULATION,
						Csv.sources(row.sources()));
			}
			else {
				csv.row(row.state(), row.iso3(), row.year(), figure, row.active(), row.reserve(), row.paramilitary(),
						row.total(), row.approximate(), Csv.sources(row.sources()));
			}
		}
		return csv;
	}

	/**
	 * The page's parameters, read leniently: anything unreadable becomes a message and a
	 * default.
	 */
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
