package org.allianceatlas.troops;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.allianceatlas.source.Facts;
import org.springframework.stereotype.Repository;

/**
 * Troop figures, and their sums over an organisation's members. Public only for
 * {@link #figuresOf}, which other repositories read a state's figures with.
 */
@Repository
public class TroopRepository {

	/**
	 * Whether membership {@code m} covers the calendar year {@code %1$s} (an expression):
	 * it overlaps that year, an open end counting as unbounded. The one statement of the
	 * member-in-year rule.
	 */
	private static final String COVERS = """
			(m.validFrom IS NULL OR m.validFrom <= date({year: %1$s, month: 12, day: 31}))
			  AND (m.validTo IS NULL OR m.validTo >= date({year: %1$s, month: 1, day: 1}))""";

	/** The rule above for the year of figure {@code t}. */
	private static final String COVERS_YEAR = COVERS.formatted("toInteger(t.year)");

	/**
	 * The dated figures {@code t} of the states {@code s} that were members of the
	 * organisation whose abbreviation is {@code %1$s} (a parameter or variable) in the
	 * figure's year, reached from the organisation's memberships rather than by testing
	 * every figure; {@code %2$s} names what else the query carries past its first part
	 * (empty, or ending in a comma).
	 */
	private static final String MEMBERS_FIGURES = """
			MATCH (:Organisation {abbreviation: %1$s})<-[:IN]-(m:Membership {role: 'MEMBER'})<-[:HOLDS]-(s:State)
			WITH %2$s s, collect(m) AS held
			MATCH (t:TroopFigure)-[:OF_STATE]->(s)
			WHERE t.year IS NOT NULL AND any(m IN held WHERE\s""" + COVERS_YEAR + ")";

	private static final String EVER_MEMBER = """
			EXISTS { MATCH (s)-[:HOLDS]->(:Membership {role: 'MEMBER'})-[:IN]->(:Organisation {abbreviation: $organisation}) }""";

	private final CypherQueries cypher;

	TroopRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	List<TroopFigure> dated(String organisation, Integer year) {
		String figures = (organisation != null) ? MEMBERS_FIGURES.formatted("$organisation", "")
				: "MATCH (t:TroopFigure)-[:OF_STATE]->(s:State) WHERE t.year IS NOT NULL";
		return this.cypher
			.rows(figures + """

					  AND ($year IS NULL OR t.year = $year)
					RETURN t{.*} AS figure, s{.iso3, .iso2, .name} AS state ORDER BY s.name, t.year, t.key""",
					Params.of("organisation", organisation, "year", year))
			.stream()
			.map(TroopFigure::from)
			.toList();
	}

	/**
	 * The states that were full members of the organisation in the year (the rule above),
	 * read from the organisation's memberships rather than by asking every state.
	 */
	int members(String organisation, int year) {
		return this.cypher
			.rows("""
					MATCH (:Organisation {abbreviation: $organisation})<-[:IN]-(m:Membership {role: 'MEMBER'})<-[:HOLDS]-(s:State)
					WHERE %s
					RETURN count(DISTINCT s) AS members"""
				.formatted(COVERS.formatted("$year")), Map.of("organisation", organisation, "year", year))
			.get(0)
			.integer("members");
	}

	List<TroopFigure> undated(String organisation) {
		return this.cypher
			.rows("""
					MATCH (t:TroopFigure)-[:OF_STATE]->(s:State)
					WHERE t.year IS NULL AND ($organisation IS NULL OR %s)
					RETURN t{.*} AS figure, s{.iso3, .iso2, .name} AS state ORDER BY s.name, t.key"""
				.formatted(EVER_MEMBER), Params.of("organisation", organisation))
			.stream()
			.map(TroopFigure::from)
			.toList();
	}

	/** Figures (dated and undated) by their keys. */
	Map<String, TroopFigure> byKeys(Collection<String> keys) {
		return this.cypher.byKey("""
				MATCH (t:TroopFigure)-[:OF_STATE]->(s:State) WHERE t.key IN $keys
				RETURN t{.*} AS figure, s{.iso3, .iso2, .name} AS state""", keys, TroopFigure::from, TroopFigure::key);
	}

	/** Every figure (dated and undated) of the states, by iso3. */
	Map<String, List<TroopFigure>> ofStates(List<String> iso3s, boolean withSources) {
		Map<String, List<TroopFigure>> result = new HashMap<>();
		for (Row row : this.cypher.rows("MATCH (s:State) WHERE s.iso3 IN $keys RETURN s.iso3 AS iso3, %s AS figures"
			.formatted(figuresOf("s", withSources)), Map.of("keys", iso3s))) {
			result.put(row.string("iso3"), figures(row.rows("figures")));
		}
		return result;
	}

	/**
	 * The one reading of a state's figures, dated and undated, oldest first: a
	 * {@code COLLECT} subquery over the state bound to the variable {@code state}, whose
	 * rows {@link #figures} turns into figures, each with the sources it cites when
	 * {@code withSources} (otherwise they are left unread).
	 */
	public static String figuresOf(String state, boolean withSources) {
		return """
				COLLECT { MATCH (t:TroopFigure)-[:OF_STATE]->(%1$s)
				  RETURN {figure: t{.*}, state: %1$s{.iso3, .iso2, .name}, sources: %2$s} AS figure
				  ORDER BY t.year, t.key }""".formatted(state, withSources ? Facts.citedSources("t") : "null");
	}

	/** The figures of a column read with {@link #figuresOf}. */
	public static List<TroopFigure> figures(List<Row> rows) {
		return rows.stream().map(TroopFigure::from).toList();
	}

	Map<String, List<TroopTotal>> totals(List<String> abbreviations) {
		Map<String, List<TroopTotal>> result = new HashMap<>();
		for (Row row : this.cypher.rows("""
				UNWIND $keys AS organisation
				%s
				WITH organisation, t.year AS year, s, t ORDER BY t.key
				// one figure per state and year: several sources may count the same forces
				WITH organisation, year, s, head(collect(t)) AS t
				// a sum is null, not 0, when no member has that number
				RETURN organisation, year,
				       CASE count(t.active) WHEN 0 THEN null ELSE sum(t.active) END AS active,
				       CASE count(t.reserve) WHEN 0 THEN null ELSE sum(t.reserve) END AS reserve,
				       CASE count(t.paramilitary) WHEN 0 THEN null ELSE sum(t.paramilitary) END AS paramilitary,
				       CASE count(t.total) WHEN 0 THEN null ELSE sum(t.total) END AS total, count(s) AS states,
				       any(x IN collect(t.approximate) WHERE x) AS approximate,
				       collect(t.key) AS figures
				ORDER BY organisation, year""".formatted(MEMBERS_FIGURES.formatted("organisation", "organisation,")),
				Map.of("keys", abbreviations))) {
			result.computeIfAbsent(row.string("organisation"), k -> new ArrayList<>())
				.add(new TroopTotal(row.integer("year"), row.integer("active"), row.integer("reserve"),
						row.integer("paramilitary"), row.integer("total"), row.integer("states"),
						row.flag("approximate"), row.strings("figures").stream().sorted().toList(), List.of()));
		}
		return result;
	}

}
