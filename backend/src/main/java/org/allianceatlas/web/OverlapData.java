package org.allianceatlas.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** Who held which role in the four organisations on one day, their shared members and intersections. */
@Component
class OverlapData {

	private static final String DOCUMENT = """
			query Overlap($asOf: Date!, $organisations: [String!]) {
			  csto: organisation(abbreviation: "CSTO") { ...Held }
			  sco: organisation(abbreviation: "SCO") { ...Held }
			  cis: organisation(abbreviation: "CIS") { ...Held }
			  guam: organisation(abbreviation: "GUAM") { ...Held }
			  overlapMatrix(organisations: $organisations, asOf: $asOf) {
			    row { abbreviation } column { abbreviation } count states { iso3 name }
			  }
			}
			fragment Held on Organisation {
			  abbreviation name
			  memberships(asOf: $asOf) { key role roleLabel status from to state { iso3 name } }
			}
			""";

	private final AtlasGraphQl api;

	OverlapData(AtlasGraphQl api) {
		this.api = api;
	}

	Result load(LocalDate day) {
		Map<String, Object> data = this.api.query(DOCUMENT,
				Map.of("asOf", day.toString(), "organisations", OverviewPageController.FOUR));
		List<String> organisations = new ArrayList<>();
		// state iso3 → (organisation → cell)
		Map<String, Map<String, Object>> states = new TreeMap<>();
		for (String alias : List.of("csto", "sco", "cis", "guam")) {
			Map<String, Object> organisation = Maps.map(data, alias);
			if (organisation.isEmpty()) {
				continue;
			}
			String abbreviation = Maps.str(organisation, "abbreviation");
			organisations.add(abbreviation);
			for (Map<String, Object> membership : Maps.list(organisation, "memberships")) {
				String iso3 = Maps.str(membership, "state", "iso3");
				@SuppressWarnings("unchecked")
				Map<String, Object> row = (Map<String, Object>) states.computeIfAbsent(iso3, (k) -> {
					Map<String, Object> r = new LinkedHashMap<>();
					r.put("iso3", k);
					r.put("name", Maps.str(membership, "state", "name"));
					r.put("cells", new LinkedHashMap<String, Object>());
					return r;
				}).get("cells") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
				Map<String, Object> cell = new LinkedHashMap<>();
				cell.put("role", membership.get("role"));
				cell.put("roleLabel", membership.get("roleLabel"));
				cell.put("status", membership.get("status"));
				cell.put("from", membership.get("from"));
				cell.put("to", membership.get("to"));
				// A state holding two roles on one day keeps the stronger one (members first).
				Object existing = row.get(abbreviation);
				if (existing == null || Roles.ORDER.indexOf(membership.get("role")) < Roles.ORDER
					.indexOf(((Map<?, ?>) existing).get("role"))) {
					row.put(abbreviation, cell);
				}
			}
		}
		List<Map<String, Object>> rows = states.values()
			.stream()
			.sorted(Comparator.comparing((Map<String, Object> r) -> -strength(r, organisations))
				.thenComparing((r) -> (String) r.get("name")))
			.toList();
		List<Map<String, Object>> matrix = Maps.list(data, "overlapMatrix");
		return new Result(day, organisations, rows, matrix, intersections(rows, organisations));
	}

	/** Sorts states with full memberships in many organisations first. */
	@SuppressWarnings("unchecked")
	private static int strength(Map<String, Object> row, List<String> organisations) {
		Map<String, Object> cells = (Map<String, Object>) row.get("cells");
		int score = 0;
		for (String organisation : organisations) {
			Map<String, Object> cell = (Map<String, Object>) cells.get(organisation);
			if (cell != null) {
				score += "MEMBER".equals(cell.get("role")) ? 10 : 1;
			}
		}
		return score;
	}

	/** UpSet-style exclusive intersections of the full members (any status but ended). */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> intersections(List<Map<String, Object>> rows, List<String> organisations) {
		Map<String, Map<String, Object>> sets = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			Map<String, Object> cells = (Map<String, Object>) row.get("cells");
			List<String> in = new ArrayList<>();
			for (String organisation : organisations) {
				Map<String, Object> cell = (Map<String, Object>) cells.get(organisation);
				if (cell != null && "MEMBER".equals(cell.get("role")) && !"ENDED".equals(cell.get("status"))) {
					in.add(organisation);
				}
			}
			if (in.isEmpty()) {
				continue;
			}
			String label = String.join(" ∩ ", in);
			Map<String, Object> set = sets.computeIfAbsent(label, (k) -> {
				Map<String, Object> s = new LinkedHashMap<>();
				s.put("label", k);
				s.put("organisations", in);
				s.put("states", new ArrayList<String>());
				return s;
			});
			((List<String>) set.get("states")).add((String) row.get("name"));
		}
		return sets.values()
			.stream()
			.sorted(Comparator.comparing((Map<String, Object> s) -> -((List<?>) s.get("states")).size())
				.thenComparing((s) -> -((List<?>) s.get("organisations")).size()))
			.toList();
	}

	record Result(LocalDate day, List<String> organisations, List<Map<String, Object>> rows,
			List<Map<String, Object>> matrix, List<Map<String, Object>> intersections) {

		@SuppressWarnings("unchecked")
		String csv() {
			StringBuilder csv = new StringBuilder("state,iso3");
			this.organisations.forEach((o) -> csv.append(',').append(o));
			csv.append("\r\n");
			for (Map<String, Object> row : this.rows) {
				csv.append(row.get("name").toString().contains(",") ? "\"" + row.get("name") + "\"" : row.get("name"))
					.append(',')
					.append(row.get("iso3"));
				Map<String, Object> cells = (Map<String, Object>) row.get("cells");
				for (String organisation : this.organisations) {
					Map<String, Object> cell = (Map<String, Object>) cells.get(organisation);
					csv.append(',');
					if (cell != null) {
						csv.append(cell.get("role"));
						if (!"ACTIVE".equals(cell.get("status"))) {
							csv.append(" (").append(cell.get("status")).append(')');
						}
					}
				}
				csv.append("\r\n");
			}
			return csv.toString();
		}

	}

}
