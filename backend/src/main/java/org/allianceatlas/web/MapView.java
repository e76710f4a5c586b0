package org.allianceatlas.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.membership.Role;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.source.Source;

/**
 * What the map shows for some organisations on one day: a row per state holding a role in
 * any of them, the key its area is coloured by, and the sources of every membership
 * shown.
 *
 * @param organisations the organisations chosen, in the order asked
 * @param rows states in name order
 * @param sources every source cited, in order of first citation
 * @param cite source key → its number on the page
 */
record MapView(LocalDate day, List<Organisation> organisations, List<Row> rows, List<Source> sources,
		Map<String, Integer> cite) {

	/**
	 * The areas the map marks as disputed; their borders are today's, as the map draws
	 * them.
	 */
	static final List<DisputedArea> DISPUTED = List.of(
			new DisputedArea("Crimea", null, "UKR", 34.2, 45.3, "annexed by Russia in 2014; drawn with Ukraine"),
			new DisputedArea("Abkhazia", null, "GEO", 41.1, 43.1, "drawn with Georgia"),
			new DisputedArea("South Ossetia", null, "GEO", 44.0, 42.3, "drawn with Georgia"),
			new DisputedArea("Transnistria", null, "MDA", 29.4, 47.2, "drawn with Moldova"),
			new DisputedArea("Karabakh", null, "AZE", 46.7, 39.9, "drawn with Azerbaijan"),
			new DisputedArea("Kosovo", "XKX", "XKX", 20.9, 42.6, "drawn as its own area"),
			new DisputedArea("Taiwan", "TWN", "TWN", 121.0, 23.7, "drawn as its own area"),
			new DisputedArea("Northern Cyprus", "CYN", "CYN", 33.6, 35.3, "drawn as its own area"));

	static MapView of(LocalDate day, List<Organisation> organisations, Map<String, Map<String, Membership>> held,
			Map<String, List<Source>> sourcesByMembership) {
		Citations citations = new Citations();
		List<Row> rows = new ArrayList<>();
		held.forEach((iso3, byOrganisation) -> {
			Map<String, Cell> cells = new LinkedHashMap<>();
			byOrganisation.forEach((organisation, m) -> {
				List<Source> sources = sourcesByMembership.getOrDefault(m.key(), List.of());
				citations.cite(sources);
				cells.put(organisation,
						new Cell(m.role(),
								(m.roleLabel() != null && !m.roleLabel().isBlank()) ? m.roleLabel()
										: Vocabulary.INSTANCE.labels().get(m.role()),
								m.status().name(), m.from(), sources));
			});
			Membership any = byOrganisation.values().iterator().next();
			rows.add(new Row(iso3, any.state().name(), colourKey(cells.values()), cells));
		});
		return new MapView(day, organisations, rows, citations.sources(), citations.numbers());
	}

	/**
	 * The key an area is coloured by: of its strongest role across the organisations,
	 * that role, or its status when that is not active (frozen, suspended...).
	 */
	static String colourKey(Iterable<Cell> cells) {
		Cell strongest = null;
		for (Cell cell : cells) {
			if (strongest == null || Role.rank(cell.role()) < Role.rank(strongest.role())) {
				strongest = cell;
			}
		}
		if (strongest == null) {
			return null;
		}
		return MembershipStatus.ACTIVE.name().equals(strongest.status()) ? strongest.role() : strongest.status();
	}

	List<String> abbreviations() {
		return this.organisations.stream().map(Organisation::abbreviation).toList();
	}

	/**
	 * What the map script reads: the day, the rows with source numbers, the disputed
	 * areas.
	 */
	Map<String, Object> chart() {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("day", this.day.toString());
		chart.put("organisations", abbreviations());
		chart.put("rows", this.rows.stream().map((r) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("iso3", r.iso3());
			row.put("name", r.name());
			row.put("key", r.key());
			List<Map<String, Object>> cells = new ArrayList<>();
			r.cells().forEach((organisation, c) -> {
				Map<String, Object> cell = new LinkedHashMap<>();
				cell.put("organisation", organisation);
				cell.put("role", c.role());
				cell.put("label", c.label());
				cell.put("status", c.status());
				cell.put("from", c.from());
				cell.put("sources", c.sources().stream().map((s) -> this.cite.get(s.key())).toList());
				cells.add(cell);
			});
			row.put("cells", cells);
			return row;
		}).toList());
		chart.put("sources", this.sources.stream().map((s) -> {
			Map<String, Object> source = new LinkedHashMap<>();
			source.put("n", this.cite.get(s.key()));
			source.put("title", s.title());
			source.put("publisher", s.publisher());
			return source;
		}).toList());
		chart.put("disputed", DISPUTED);
		return chart;
	}

	/**
	 * A state, the key its area is coloured by, and its strongest role in each
	 * organisation it is in.
	 */
	record Row(String iso3, String name, String key, Map<String, Cell> cells) {
	}

	/**
	 * A state's strongest membership in one organisation on the day.
	 *
	 * @param label the source's wording of the role, or the vocabulary's
	 * @param from its start, to the precision known
	 */
	record Cell(String role, String label, String status, String from, List<Source> sources) {
	}

	/**
	 * An area whose status is disputed.
	 *
	 * @param shape the map's code for its own area, or null when it lies inside another's
	 * @param drawnIn the code of the area it is drawn in (its own when it has one)
	 * @param lon where its marker goes
	 * @param note how the map draws it
	 */
	record DisputedArea(String name, String shape, String drawnIn, double lon, double lat, String note) {
	}

}
