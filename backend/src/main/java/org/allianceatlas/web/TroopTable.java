package org.allianceatlas.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * The rows of the troop chart, table and CSV: one primary row per state and figure, and one row per
 * competing claim (a different value for the same state and year, from another source).
 */
@Component
class TroopTable {

	private static final String SOURCE = "key title publisher url published";

	private static final String DOCUMENT = """
			query Troops($organisation: String!, $year: Int) {
			  organisations { abbreviation name }
			  organisation(abbreviation: $organisation) {
			    abbreviation name
			    troopTotals { year active reserve paramilitary total states approximate }
			  }
			  troopFigures(organisation: $organisation, year: $year) {
			    key year active reserve paramilitary total perThousandTotal perThousandActive approximate note
			    state { iso3 name }
			    claims { key field value approximate note sources { %s } }
			    sources { %s }
			  }
			}
			""".formatted(SOURCE, SOURCE);

	static final List<String> FIELDS = List.of("active", "reserve", "paramilitary", "total");

	private final AtlasGraphQl api;

	TroopTable(AtlasGraphQl api) {
		this.api = api;
	}

	/** The data for one organisation; {@code year} null means the latest year it has figures for. */
	Result load(String organisation, Integer year) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("organisation", organisation);
		variables.put("year", null);
		Map<String, Object> first = this.api.query(DOCUMENT, variables);
		Map<String, Object> org = Maps.map(first, "organisation");
		if (org.isEmpty()) {
			return new Result(Maps.list(first, "organisations"), null, List.of(), null, List.of(), List.of(), List.of(),
					List.of(), Map.of());
		}
		Set<Integer> years = new TreeSet<>();
		Map<Integer, Set<String>> statesByYear = new java.util.TreeMap<>();
		for (Map<String, Object> figure : Maps.list(first, "troopFigures")) {
			years.add(Maps.number(figure, "year").intValue());
			statesByYear.computeIfAbsent(Maps.number(figure, "year").intValue(), (y) -> new TreeSet<>())
				.add(Maps.str(figure, "state", "iso3"));
		}
		Map<Integer, String> yearLabels = new LinkedHashMap<>();
		statesByYear.forEach((y, states) -> yearLabels.put(y,
				y + " (" + states.size() + (states.size() == 1 ? " state)" : " states)")));
		Integer chosen = (year != null) ? year : defaultYear(Maps.list(first, "troopFigures"));
		List<Map<String, Object>> figures = Maps.list(first, "troopFigures")
			.stream()
			.filter((f) -> chosen != null && chosen.equals(Maps.number(f, "year").intValue()))
			.sorted(Comparator.comparing((Map<String, Object> f) -> Maps.str(f, "state", "name")))
			.toList();
		Map<String, Object> totals = Maps.list(org, "troopTotals")
			.stream()
			.filter((t) -> chosen != null && chosen.equals(Maps.number(t, "year").intValue()))
			.findFirst()
			.orElse(null);
		List<Row> rows = rows(figures);
		List<Map<String, Object>> sources = new ArrayList<>();
		Set<String> seen = new TreeSet<>();
		for (Row row : rows) {
			for (Map<String, Object> source : row.sources()) {
				if (seen.add(Maps.str(source, "key"))) {
					sources.add(source);
				}
			}
		}
		// Disputes about a figure other than its counts (e.g. which edition, so which year, it is from).
		List<Map<String, Object>> disputes = new ArrayList<>();
		for (Map<String, Object> figure : figures) {
			Map<String, List<Map<String, Object>>> byField = new LinkedHashMap<>();
			for (Map<String, Object> claim : Maps.list(figure, "claims")) {
				if (!FIELDS.contains(Maps.str(claim, "field"))) {
					byField.computeIfAbsent(Maps.str(claim, "field"), (f) -> new ArrayList<>()).add(claim);
				}
			}
			byField.forEach((field, claims) -> {
				if (claims.size() > 1) {
					Map<String, Object> dispute = new LinkedHashMap<>();
					dispute.put("state", Maps.str(figure, "state", "name"));
					dispute.put("field", field);
					dispute.put("claims", claims);
					disputes.add(dispute);
				}
			});
		}
		return new Result(Maps.list(first, "organisations"), org, new ArrayList<>(years), chosen, rows, sources,
				(totals != null) ? List.of(totals) : List.of(), disputes, yearLabels);
	}

	/**
	 * The latest year held for the organisation's full table: of the years with figures for the most
	 * states, the latest. (A later year holding one state's single figure would make a poor default.)
	 */
	static Integer defaultYear(List<Map<String, Object>> figures) {
		Map<Integer, Set<String>> statesByYear = new java.util.TreeMap<>();
		for (Map<String, Object> figure : figures) {
			statesByYear.computeIfAbsent(Maps.number(figure, "year").intValue(), (y) -> new TreeSet<>())
				.add(Maps.str(figure, "state", "iso3"));
		}
		int most = statesByYear.values().stream().mapToInt(Set::size).max().orElse(0);
		Integer chosen = null;
		for (Map.Entry<Integer, Set<String>> entry : statesByYear.entrySet()) {
			if (entry.getValue().size() == most) {
				chosen = entry.getKey();
			}
		}
		return chosen;
	}

	private static List<Row> rows(List<Map<String, Object>> figures) {
		List<Row> rows = new ArrayList<>();
		Map<String, Integer> perState = new LinkedHashMap<>();
		for (Map<String, Object> figure : figures) {
			String iso3 = Maps.str(figure, "state", "iso3");
			int seen = perState.merge(iso3, 1, Integer::sum);
			Long active = Maps.number(figure, "active");
			Long reserve = Maps.number(figure, "reserve");
			Long paramilitary = Maps.number(figure, "paramilitary");
			Long total = Maps.number(figure, "total");
			Double perThousandTotal = Maps.decimal(figure, "perThousandTotal");
			Double perThousandActive = Maps.decimal(figure, "perThousandActive");
			boolean approximate = Boolean.TRUE.equals(figure.get("approximate"));
			// A second figure for the same state and year is a competing figure in its own right.
			rows.add(new Row(iso3, Maps.str(figure, "state", "name"), Maps.number(figure, "year").intValue(),
					seen > 1 ? "competing" : "primary", null, active, reserve, paramilitary, total, perThousandTotal,
					perThousandActive, approximate, Maps.str(figure, "note"), Maps.list(figure, "sources")));
			for (Map<String, Object> claim : Maps.list(figure, "claims")) {
				String field = Maps.str(claim, "field");
				if (!FIELDS.contains(field)) {
					continue;
				}
				Long value = parse(Maps.str(claim, "value"));
				Long primary = Maps.number(figure, field);
				if (value == null || value.equals(primary)) {
					continue;
				}
				rows.add(new Row(iso3, Maps.str(figure, "state", "name"), Maps.number(figure, "year").intValue(),
						"competing", field, "active".equals(field) ? value : null,
						"reserve".equals(field) ? value : null, "paramilitary".equals(field) ? value : null,
						"total".equals(field) ? value : null, null, null,
						Boolean.TRUE.equals(claim.get("approximate")), Maps.str(claim, "note"),
						Maps.list(claim, "sources")));
			}
		}
		return rows;
	}

	private static Long parse(String value) {
		if (value == null) {
			return null;
		}
		String digits = value.replaceAll("[^0-9]", "");
		return digits.isEmpty() ? null : Long.valueOf(digits);
	}

	/** One charted row. {@code claimField} is the one field a competing claim is about, else null. */
	record Row(String iso3, String state, int year, String kind, String claimField, Long active, Long reserve,
			Long paramilitary, Long total, Double perThousandTotal, Double perThousandActive, boolean approximate,
			String note, List<Map<String, Object>> sources) {

		/** Per 1000 inhabitants: the source's per-1000 total, shared out in proportion to the counts. */
		Double perThousand(Long count) {
			if (count == null || this.perThousandTotal == null || this.total == null || this.total == 0) {
				return null;
			}
			return Math.round(count * this.perThousandTotal / this.total * 10.0) / 10.0;
		}

		String sourceTitles() {
			return String.join("; ", this.sources.stream()
				.map((s) -> Maps.str(s, "title") + (Maps.str(s, "publisher") != null ? " (" + Maps.str(s, "publisher") + ")" : ""))
				.toList());
		}

		Map<String, Object> asMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("iso3", this.iso3);
			map.put("state", this.state);
			map.put("year", this.year);
			map.put("kind", this.kind);
			map.put("claimField", this.claimField);
			map.put("active", this.active);
			map.put("reserve", this.reserve);
			map.put("paramilitary", this.paramilitary);
			map.put("total", this.total);
			map.put("perThousandTotal", this.perThousandTotal);
			map.put("perThousandActive", this.perThousandActive);
			map.put("activePerThousand", perThousand(this.active));
			map.put("reservePerThousand", perThousand(this.reserve));
			map.put("paramilitaryPerThousand", perThousand(this.paramilitary));
			map.put("approximate", this.approximate);
			map.put("note", this.note);
			map.put("sources", this.sources);
			map.put("sourceTitles", sourceTitles());
			return map;
		}

	}

	record Result(List<Map<String, Object>> organisations, Map<String, Object> organisation, List<Integer> years,
			Integer year, List<Row> rows, List<Map<String, Object>> sources, List<Map<String, Object>> totals,
			List<Map<String, Object>> disputes, Map<Integer, String> yearLabels) {

		List<Map<String, Object>> rowMaps() {
			return this.rows.stream().map(Row::asMap).toList();
		}

		String csv(boolean perThousand) {
			StringBuilder csv = new StringBuilder();
			csv.append(perThousand
					? "state,iso3,year,figure,active_per_1000,reserve_per_1000,paramilitary_per_1000,total_per_1000,approximate,source\r\n"
					: "state,iso3,year,figure,active,reserve,paramilitary,total,approximate,source\r\n");
			for (Row row : this.rows) {
				if (perThousand && row.perThousandTotal() == null) {
					continue;
				}
				csv.append(cell(row.state())).append(',').append(row.iso3()).append(',').append(row.year()).append(',');
				csv.append(row.kind()).append(row.claimField() != null ? " (" + row.claimField() + ")" : "").append(',');
				if (perThousand) {
					csv.append(num(row.perThousand(row.active()))).append(',').append(num(row.perThousand(row.reserve())))
						.append(',').append(num(row.perThousand(row.paramilitary()))).append(',')
						.append(num(row.perThousandTotal()));
				}
				else {
					csv.append(num(row.active())).append(',').append(num(row.reserve())).append(',')
						.append(num(row.paramilitary())).append(',').append(num(row.total()));
				}
				csv.append(',').append(row.approximate()).append(',').append(cell(row.sourceTitles())).append("\r\n");
			}
			return csv.toString();
		}

		private static String num(Number value) {
			return (value != null) ? value.toString() : "";
		}

		private static String cell(String value) {
			if (value == null) {
				return "";
			}
			return (value.contains(",") || value.contains("\"") || value.contains("\n"))
					? "\"" + value.replace("\"", "\"\"") + "\"" : value;
		}

	}

}
