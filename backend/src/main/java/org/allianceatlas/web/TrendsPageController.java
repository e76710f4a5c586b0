package org.allianceatlas.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.membership.Role;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.source.Source;
import org.allianceatlas.state.State;
import org.allianceatlas.trends.CoveredTroopTotal;
import org.allianceatlas.trends.MembershipYear;
import org.allianceatlas.trends.TrendService;
import org.allianceatlas.trends.TroopMeasure;
import org.allianceatlas.trends.TroopSeries;
import org.allianceatlas.trends.TroopTrend;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Trends: members per organisation and year stacked by role and status, a state's troop
 * figures per source, and troop totals over an organisation's members with their
 * coverage. Each chart has its table, a CSV of the same rows and image exports; the
 * charts live in {@code fragments/trends.html} so that other pages can include them.
 */
@Controller
class TrendsPageController {

	private static final String DEFAULT_ORGANISATIONS = "CSTO,SCO,CIS";

	private static final String DEFAULT_STATE = "ARM";

	/**
	 * Up to this many organisations (or states with troop figures) the page lists them to
	 * choose from; beyond it a text field whose suggestions the page asks the API for.
	 */
	static final int IN_A_LIST = 60;

	private final TrendService trends;

	TrendsPageController(TrendService trends) {
		this.trends = trends;
	}

	@GetMapping("/trends")
	String trends(@RequestParam(required = false) String organisations, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String state,
			@RequestParam(required = false) String measure, @RequestParam(required = false) String totals, Model model,
			HttpServletResponse response) {
		View view = view(Query.read(organisations, from, to, state, measure, totals, this.trends.lastYear()));
		if (!view.messages().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("view", view);
		model.addAttribute("organisationChoice", view.allOrganisations().size() <= IN_A_LIST);
		model.addAttribute("stateChoice", view.states().size() <= IN_A_LIST);
		model.addAttribute("years",
				IntStream.rangeClosed(TrendService.FIRST_YEAR, this.trends.lastYear()).boxed().toList());
		return "trends";
	}

	@GetMapping("/trends/members.csv")
	ResponseEntity<String> membersCsv(@RequestParam(required = false) String organisations,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Query query = Query.read(organisations, from, to, null, null, null, this.trends.lastYear());
		return chartCsv(query, (view) -> view.messages().isEmpty() ? null : badRequest(view.messages()),
				(view, csv) -> {
					MembersTable table = view.members();
					List<Object> header = new ArrayList<>(List.of("organisation", "year", "counted_on"));
					table.stacks().forEach(s -> header.add(s.label()));
					header.addAll(List.of("members", "all_roles", "sources"));
					csv.row(header);
					for (MembersTable.Row row : table.rows()) {
						List<Object> cells = new ArrayList<>(List.of(row.organisation(), row.year(), row.day()));
						cells.addAll(row.counts());
						cells.addAll(List.of(row.members(), row.total(), sources(row.sources())));
						csv.row(cells);
					}
					return view.names().get("members");
				});
	}

	@GetMapping("/trends/troops.csv")
	ResponseEntity<String> troopsCsv(@RequestParam(required = false) String state) {
		Query query = Query.read(null, null, null, state, null, null, this.trends.lastYear());
		return chartCsv(query, (view) -> (view.troops() == null) ? Csv.notFound("No state " + query.state()) : null,
				(view, csv) -> {
					csv.row("state", "iso3", "year", "series", "figure", "active", "reserve", "paramilitary", "total",
							"approximate", "sources");
					for (TroopRow row : view.troopRows()) {
						csv.row(view.troops().state().name(), view.troops().state().iso3(), row.point().year(),
								row.series(), row.figure(), row.point().active(), row.point().reserve(),
								row.point().paramilitary(), row.point().total(), row.point().approximate(),
								sources(row.sources()));
					}
					return fileName(query.state(), "troop-figures");
				});
	}

	@GetMapping("/trends/totals.csv")
	ResponseEntity<String> totalsCsv(@RequestParam(required = false) String totals,
			@RequestParam(required = false) String measure) {
		Query query = Query.read(null, null, null, null, measure, totals, this.trends.lastYear());
		return chartCsv(query,
				(view) -> (view.totals() == null) ? Csv.notFound("No organisation " + query.totals()) : null,
				(view, csv) -> {
					csv.row("organisation", "year", "counted_on", "measure", "value", "is_total", "covered_members",
							"members", "coverage", "sources");
					for (CoveredTroopTotal t : view.totals()) {
						csv.row(t.organisation().abbreviation(), t.year(), t.day(), t.measure().key(), t.value(),
								t.isTotal(), t.coveredMembers().size(), t.members().size(), t.coverage(),
								sources(t.sources()));
					}
					return view.names().get("totals");
				});
	}

	/**
	 * The CSV of one chart: a query with problems is refused (400); then the chart's own
	 * refusal of the view, if it gives one; else the rows that write gives, downloaded
	 * under the name it returns.
	 */
	private ResponseEntity<String> chartCsv(Query query, Function<View, ResponseEntity<String>> refusal,
			BiFunction<View, Csv, String> write) {
		if (!query.messages().isEmpty()) {
			return badRequest(query.messages());
		}
		View view = view(query);
		ResponseEntity<String> refused = refusal.apply(view);
		if (refused != null) {
			return refused;
		}
		Csv csv = new Csv();
		String name = write.apply(view, csv);
		return csv.download(name + ".csv");
	}

	/** The last year the page shows: the clock's. */
	int lastYear() {
		return this.trends.lastYear();
	}

	/**
	 * What the page shows for the query; a name the atlas lacks becomes a message. The
	 * fragments of {@code fragments/trends.html} need nothing else, so a page including
	 * them (an embed) builds its view here too.
	 */
	View view(Query query) {
		List<String> messages = new ArrayList<>(query.messages());
		List<Organisation> all = this.trends.organisations();
		List<State> states = this.trends.statesWithFigures();
		List<String> known = all.stream().map(Organisation::abbreviation).toList();
		List<String> organisations = query.organisations().stream().filter(known::contains).toList();
		query.organisations()
			.stream()
			.filter(o -> !known.contains(o))
			.forEach(o -> messages.add("The atlas has no organisation “" + o + "”; it is left out."));
		if (organisations.isEmpty()) {
			organisations = List.of(DEFAULT_ORGANISATIONS.split(","));
		}
		List<MembershipYear> years = this.trends.membershipTrend(organisations, query.from(), query.to());
		TroopTrend troops = null;
		if (states.stream().anyMatch(s -> s.iso3().equals(query.state()))) {
			troops = this.trends.troopTrend(query.state());
		}
		else {
			messages.add("The atlas has no troop figures for “" + query.state() + "”.");
		}
		List<CoveredTroopTotal> totals = null;
		if (known.contains(query.totals())) {
			totals = this.trends.troopTotals(query.totals(), query.measure(), null);
		}
		else {
			messages.add("The atlas has no organisation “" + query.totals() + "” to total.");
		}
		List<TroopRow> troopRows = (troops != null) ? troopRows(troops) : List.of();
		Citations citations = new Citations();
		years.forEach(y -> citations.cite(y.sources()));
		troopRows.forEach(r -> citations.cite(r.sources()));
		if (totals != null) {
			totals.forEach(t -> citations.cite(t.sources()));
		}
		MembersTable members = MembersTable.of(years);
		return new View(query, all, states, organisations, messages, members, troops, troopRows, totals,
				citations.sources(), citations.numbers(), Json.write(membersChart(members)),
				Json.write(troopChart(troops, troopRows, query.measure())),
				Json.write(totalsChart(query.totals(), totals, query.measure())),
				Map.of("members", membersName(organisations, query), "troops",
						fileName(query.state(), "troop-figures", query.measure().key()), "totals",
						fileName(query.totals(), query.measure().key(), "troop-totals")));
	}

	private static String membersName(List<String> organisations, Query query) {
		return fileName(String.join("-", organisations), "members", query.from() + "-" + query.to());
	}

	private static List<TroopRow> troopRows(TroopTrend trend) {
		List<TroopRow> rows = new ArrayList<>();
		trend.series()
			.forEach(s -> s.points()
				.forEach(p -> rows.add(new TroopRow(s.label(), s.sources(), p, (p.competing() ? "competing" : "figure")
						+ ((p.claimField() != null) ? " (" + p.claimField() + " only)" : "")))));
		rows.sort(Comparator.comparingInt((TroopRow r) -> r.point().year()));
		return rows;
	}

	private static Map<String, Object> membersChart(MembersTable table) {
		return Map.of("organisations", table.organisations(), "years", table.years(), "stacks", table.stacks(), "rows",
				table.rows()
					.stream()
					.map(r -> Map.of("organisation", r.organisation(), "year", r.year(), "counts", r.counts(),
							"members", r.members(), "total", r.total(), "states",
							r.groups()
								.stream()
								.collect(Collectors.toMap(MembershipYear.RoleCount::stack,
										g -> g.states().stream().map(State::name).toList()))))
					.toList());
	}

	private static Map<String, Object> troopChart(TroopTrend trend, List<TroopRow> rows, TroopMeasure measure) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("state", (trend != null) ? trend.state().name() : "");
		chart.put("measure", measure.key());
		List<String> series = new ArrayList<>();
		rows.forEach(r -> {
			if (!series.contains(r.series())) {
				series.add(r.series());
			}
		});
		chart.put("series", series);
		chart.put("points",
				rows.stream()
					.filter(r -> r.point().value(measure) != null)
					.map(r -> Map.of("series", r.series(), "year", r.point().year(), "value", r.point().value(measure),
							"competing", r.point().competing()))
					.toList());
		return chart;
	}

	private static Map<String, Object> totalsChart(String organisation, List<CoveredTroopTotal> totals,
			TroopMeasure measure) {
		List<Map<String, Object>> rows = new ArrayList<>();
		if (totals != null) {
			totals.forEach(t -> {
				// a year no member has a figure for has no value: a map that may hold
				// null
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("year", t.year());
				row.put("value", t.value());
				row.put("isTotal", t.isTotal());
				row.put("covered", t.coveredMembers().size());
				row.put("members", t.members().size());
				row.put("coverage", t.coverage());
				rows.add(row);
			});
		}
		return Map.of("organisation", organisation, "measure", measure.key(), "rows", rows);
	}

	/** The sources column: each document's title and address, {@code ; }-separated. */
	static String sources(List<Source> sources) {
		return sources.stream()
			.map(s -> s.title() + ((s.url() != null) ? " <" + s.url() + ">" : ""))
			.collect(Collectors.joining("; "));
	}

	/**
	 * A download's name: lower case, anything but a-z and 0-9 as '-', parts joined by
	 * '-'.
	 */
	static String fileName(String... parts) {
		return Arrays.stream(parts)
			.map(p -> p.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-"))
			.collect(Collectors.joining("-"));
	}

	private static ResponseEntity<String> badRequest(List<String> messages) {
		return Csv.refused(messages);
	}

	/**
	 * Everything the page shows.
	 *
	 * @param allOrganisations every organisation, for choosing
	 * @param states the states with troop figures, for choosing
	 * @param organisations the organisations charted (those of the query the atlas has)
	 * @param troops null when the state has no figures
	 * @param totals null when the organisation to total is unknown
	 */
	record View(Query query, List<Organisation> allOrganisations, List<State> states, List<String> organisations,
			List<String> messages, MembersTable members, TroopTrend troops, List<TroopRow> troopRows,
			List<CoveredTroopTotal> totals, List<Source> sources, Map<String, Integer> sourceNumbers,
			String membersJson, String troopsJson, String totalsJson, Map<String, String> names) {

		/** The troop counts, in the order of the troop table's columns. */
		public List<String> measures() {
			return Arrays.stream(TroopMeasure.values()).map(TroopMeasure::key).toList();
		}

	}

	/** One row of the troop table: a point of a series, with that series' sources. */
	record TroopRow(String series, List<Source> sources, TroopSeries.Point point, String figure) {

		/** The point's counts in the order of {@link TroopMeasure}. */
		public List<Long> values() {
			return Arrays.stream(TroopMeasure.values()).map(this.point::value).toList();
		}

	}

	/**
	 * The membership trend as a table: one row per organisation and year, one column per
	 * role and status held in any of them.
	 */
	record MembersTable(List<String> organisations, List<Integer> years, List<Stack> stacks, List<Row> rows) {

		static MembersTable of(List<MembershipYear> years) {
			Map<String, Stack> stacks = new LinkedHashMap<>();
			years.stream()
				.flatMap(y -> y.counts().stream())
				.sorted(Comparator.comparingInt((MembershipYear.RoleCount c) -> Role.rank(c.role()))
					.thenComparing(MembershipYear.RoleCount::status))
				.forEach(c -> stacks.putIfAbsent(c.stack(), Stack.of(c)));
			List<Stack> columns = List.copyOf(stacks.values());
			List<Row> rows = years.stream().map(y -> {
				Map<String, Integer> counts = new LinkedHashMap<>();
				y.counts().forEach(c -> counts.put(c.stack(), c.count()));
				return new Row(y.organisation().abbreviation(), y.year(), y.day().toString(),
						columns.stream().map(s -> counts.getOrDefault(s.key(), 0)).toList(), y.members(), y.total(),
						y.sources(), y.counts());
			}).toList();
			return new MembersTable(years.stream().map(y -> y.organisation().abbreviation()).distinct().toList(),
					years.stream().map(MembershipYear::year).distinct().toList(), columns, rows);
		}

		/** A role held with one status, as a chart stack and a table column. */
		record Stack(String key, String role, String status, String label) {

			static Stack of(MembershipYear.RoleCount count) {
				Map<String, String> labels = Vocabulary.INSTANCE.labels();
				String label = labels.getOrDefault(count.role(), count.role())
						+ ((count.status() == MembershipStatus.ACTIVE) ? ""
								: " (" + labels.get(count.status().name()).toLowerCase(Locale.ROOT) + ")");
				return new Stack(count.stack(), count.role(), count.status().name(), label);
			}

		}

		/** One organisation in one year; {@code counts} in the order of the stacks. */
		record Row(String organisation, int year, String day, List<Integer> counts, int members, int total,
				List<Source> sources, List<MembershipYear.RoleCount> groups) {
		}

	}

	/**
	 * The page's parameters, read leniently: anything unreadable becomes a message and a
	 * default.
	 */
	record Query(List<String> organisations, int from, int to, String state, TroopMeasure measure, String totals,
			List<String> messages) {

		private static final String KEY = "[A-Za-z0-9 .\\-]{1,20}";

		static Query read(String organisations, String from, String to, String state, String measure, String totals,
				int lastYear) {
			List<String> messages = new ArrayList<>();
			List<String> orgs = new ArrayList<>();
			String listed = (organisations == null || organisations.isBlank()) ? DEFAULT_ORGANISATIONS : organisations;
			for (String part : listed.split(",")) {
				String org = part.strip();
				if (org.isEmpty() || orgs.contains(org)) {
					continue;
				}
				if (!org.matches(KEY)) {
					messages.add("“" + org + "” is not an organisation's abbreviation; it is left out.");
				}
				else if (orgs.size() == TrendService.MOST_ORGANISATIONS) {
					messages.add("At most " + TrendService.MOST_ORGANISATIONS + " organisations are compared; “" + org
							+ "” is left out.");
				}
				else {
					orgs.add(org);
				}
			}
			int first = year(from, TrendService.FIRST_YEAR, lastYear, TrendService.FIRST_YEAR, "first", messages);
			int last = year(to, TrendService.FIRST_YEAR, lastYear, lastYear, "last", messages);
			if (first > last) {
				messages.add("The first year (" + first + ") is after the last (" + last + "); showing " + last + " to "
						+ first + ".");
				int swap = first;
				first = last;
				last = swap;
			}
			String iso3 = (state == null || state.isBlank()) ? DEFAULT_STATE : state.strip().toUpperCase(Locale.ROOT);
			if (!iso3.matches("[A-Z]{3}")) {
				messages.add("“" + state + "” is not a state's three-letter code; showing " + DEFAULT_STATE + ".");
				iso3 = DEFAULT_STATE;
			}
			TroopMeasure chosen = TroopMeasure.ACTIVE;
			if (measure != null && !measure.isBlank()) {
				try {
					chosen = TroopMeasure.valueOf(measure.strip().toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					messages.add("Measure “" + measure
							+ "” is unknown: use active, reserve, paramilitary or total; showing active.");
				}
			}
			String total = (totals == null || totals.isBlank()) ? (orgs.isEmpty() ? "CSTO" : orgs.getFirst())
					: totals.strip();
			if (!total.matches(KEY)) {
				messages.add("“" + total + "” is not an organisation's abbreviation; totalling the CSTO.");
				total = "CSTO";
			}
			return new Query(List.copyOf(orgs), first, last, iso3, chosen, total, messages);
		}

		private static int year(String text, int min, int max, int fallback, String which, List<String> messages) {
			if (text == null || text.isBlank()) {
				return fallback;
			}
			try {
				int year = Integer.parseInt(text.strip());
				if (year < min || year > max) {
					messages.add("The " + which + " year must be between " + min + " and " + max + ", not " + year
							+ "; showing " + fallback + ".");
					return fallback;
				}
				return year;
			}
			catch (NumberFormatException ex) {
				messages.add("“" + text + "” is not a year; showing " + fallback + ".");
				return fallback;
			}
		}

	}

}
