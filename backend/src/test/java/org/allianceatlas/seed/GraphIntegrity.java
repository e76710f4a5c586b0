package org.allianceatlas.seed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The rules every graph in the atlas's model keeps, whatever wrote it: provenance on
 * every fact, well-formed memberships, partial dates and the periods derived from them,
 * events with their day and organisation, troop parts that add up. Each check returns
 * what breaks its rule (empty when the graph keeps it). The seed's tests run them on the
 * seeded graph, and the benchmark's generator test on the synthetic graphs, so both are
 * held to the same rules.
 */
public final class GraphIntegrity {

	/** Labels of the nodes that state a fact and therefore cite a source. */
	public static final List<String> FACT_LABELS = List.of("Organisation", "Body", "Person", "Event", "Membership",
			"StatusChange", "TroopFigure", "Name", "Claim");

	/**
	 * Relationship types that state a fact and therefore cite through their
	 * {@code sources} list.
	 */
	public static final List<String> CITING_TYPES = List.of("SUCCEEDED_BY", "PART_OF", "OBSERVER_IN", "COOPERATES_WITH",
			"HELD_OFFICE", "NATIONAL_OF");

	private static final Pattern PARTIAL_DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");

	private static final String RELATIONSHIP = "type(r) + ' ' + coalesce(a.key, a.abbreviation, a.iso3) + '->' "
			+ "+ coalesce(b.key, b.abbreviation, b.iso3)";

	private final Driver driver;

	public GraphIntegrity(Driver driver) {
		this.driver = driver;
	}

	/** Every check by name, with what breaks it. */
	public Map<String, List<String>> all() {
		Map<String, List<String>> checks = new LinkedHashMap<>();
		checks.put("fact nodes without a source", uncitedFactNodes());
		checks.put("states stating a fact without a source", statesStatingFactsWithoutSource());
		checks.put("malformed state codes", malformedStateCodes());
		checks.put("citations of something other than a source", citationsOfNonSources());
		checks.put("sources without title or publisher", sourcesWithoutTitleOrPublisher());
		checks.put("sources lists naming no source", badSourcesLists());
		checks.put("fact relationships without sources", factRelationshipsWithoutSources());
		checks.put("sources lists outside the index of relationship sources", sourcesListsOutsideTheIndex());
		checks.put("detached or incomplete claims", detachedClaims());
		checks.put("primary claims that do not exist", missingPrimaryClaims());
		checks.put("plain values differing from their primary claim", valuesDifferingFromPrimaryClaim());
		checks.put("malformed memberships", malformedMemberships());
		checks.put("statuses outside their membership", statusesOutsideTheirMembership());
		checks.put("malformed partial dates", malformedPartialDates());
		checks.put("periods disagreeing with their dates", periodsDisagreeingWithTheirDates());
		checks.put("events without their day or organisation", eventsWithoutDayOrOrganisation());
		checks.put("troop figures whose parts do not add up", troopPartsNotAddingUp());
		return checks;
	}

	/** What breaks any rule, each prefixed by the rule's name. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		all().forEach((check, broken) -> broken.forEach(problem -> problems.add(check + ": " + problem)));
		return problems;
	}

	public List<String> uncitedFactNodes() {
		return strings("""
				MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
				  AND NOT (n)-[:CITES]->(:Source)
				RETURN labels(n)[0] + ' ' + coalesce(n.key, n.abbreviation)""", Map.of("labels", FACT_LABELS));
	}

	/** A state that holds more than its codes and name states a fact, and cites. */
	public List<String> statesStatingFactsWithoutSource() {
		return strings("""
				MATCH (s:State)
				WHERE NOT (s)-[:CITES]->(:Source)
				  AND any(k IN keys(s) WHERE NOT k IN ['iso3', 'iso2', 'name', 'synthetic'])
				RETURN s.iso3""");
	}

	public List<String> malformedStateCodes() {
		return strings("MATCH (s:State) WHERE NOT s.iso3 =~ '[A-Z]{3}' OR NOT s.iso2 =~ '[A-Z]{2}' "
				+ "RETURN coalesce(s.iso3, s.name)");
	}

	public List<String> citationsOfNonSources() {
		return strings("MATCH (n)-[:CITES]->(x) WHERE NOT x:Source RETURN coalesce(n.key, n.abbreviation, n.iso3)");
	}

	public List<String> sourcesWithoutTitleOrPublisher() {
		return strings("MATCH (s:Source) WHERE s.title IS NULL AND s.publisher IS NULL RETURN s.key");
	}

	/** A {@code sources} list is not empty, names sources only, and has its locators. */
	public List<String> badSourcesLists() {
		return strings("""
				MATCH (a)-[r]->(b) WHERE r.sources IS NOT NULL
				  AND (size(r.sources) = 0
				       OR any(k IN r.sources WHERE NOT EXISTS { MATCH (:Source {key: k}) })
				       OR (r.locators IS NOT NULL AND size(r.locators) <> size(r.sources)))
				RETURN\s""" + RELATIONSHIP);
	}

	public List<String> factRelationshipsWithoutSources() {
		return strings("MATCH (a)-[r]->(b) WHERE type(r) IN $types AND r.sources IS NULL RETURN " + RELATIONSHIP,
				Map.of("types", CITING_TYPES));
	}

	/**
	 * Relationship types with {@code sources} lists that the index answering "what does
	 * this source support" does not cover (their facts would be missing from a source's
	 * list), and citing types it lacks.
	 */
	public List<String> sourcesListsOutsideTheIndex() {
		List<String> indexed = query("""
				SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state
				WHERE name = 'relationship_sources' AND properties = ['sources'] AND state = 'ONLINE'
				RETURN labelsOrTypes""", Map.of()).stream()
			.flatMap(row -> row.get(0).asList(Value::asString).stream())
			.toList();
		List<String> problems = new ArrayList<>(strings("""
				MATCH ()-[r]->() WHERE r.sources IS NOT NULL
				WITH DISTINCT type(r) AS type WHERE NOT type IN $indexed RETURN type""", Map.of("indexed", indexed)));
		CITING_TYPES.stream().filter(type -> !indexed.contains(type)).forEach(problems::add);
		return problems.stream().distinct().toList();
	}

	public List<String> detachedClaims() {
		return strings(
				"MATCH (c:Claim) WHERE NOT ()-[:HAS_CLAIM]->(c) OR c.field IS NULL OR c.value IS NULL RETURN c.key");
	}

	public List<String> missingPrimaryClaims() {
		return strings("""
				MATCH (x) WHERE x.primaryClaim IS NOT NULL
				UNWIND x.primaryClaim AS k
				WITH x, k WHERE NOT (x)-[:HAS_CLAIM]->(:Claim {key: k})
				RETURN k""");
	}

	public List<String> valuesDifferingFromPrimaryClaim() {
		return strings("""
				MATCH (x)-[:HAS_CLAIM]->(c:Claim)
				WHERE c.key IN coalesce(x.primaryClaim, []) AND x[c.field] IS NOT NULL
				  AND toString(x[c.field]) <> c.value
				RETURN c.key + ': ' + toString(x[c.field]) + ' <> ' + c.value""");
	}

	public List<String> malformedMemberships() {
		return strings(
				"""
						MATCH (m:Membership)
						WHERE COUNT { (:State)-[:HOLDS]->(m) } <> 1 OR COUNT { (m)-[:IN]->(:Organisation) } <> 1
						   OR NOT m.role IN ['MEMBER', 'ASSOCIATE_MEMBER', 'OBSERVER', 'PARLIAMENTARY_OBSERVER', 'PARTNER', 'PARTICIPANT']
						   OR (m.endStatus IS NOT NULL AND NOT m.endStatus IN ['ENDED', 'SUSPENDED'])
						   OR (m.endStatus IS NOT NULL AND m.to IS NULL)
						RETURN m.key""");
	}

	public List<String> statusesOutsideTheirMembership() {
		return strings("""
				MATCH (m:Membership)-[:HAS_STATUS]->(s:StatusChange)
				WHERE (m.validFrom IS NOT NULL AND (s.validFrom IS NULL OR s.validFrom < m.validFrom))
				   OR (m.validTo IS NOT NULL AND (s.validTo IS NULL OR s.validTo > m.validTo))
				RETURN s.key""");
	}

	/** Partial dates with their places, for {@link #malformedPartialDates()}. */
	public List<Record> partialDates() {
		return query(
				"""
						CALL () {
						  MATCH (n) UNWIND [k IN keys(n) WHERE k IN ['from', 'to', 'date', 'founded', 'dissolved', 'published']] AS k
						  RETURN coalesce(n.key, n.abbreviation) + '.' + k AS where, n[k] AS value
						  UNION ALL
						  MATCH ()-[r]->() UNWIND [k IN keys(r) WHERE k IN ['from', 'to', 'date']] AS k
						  RETURN type(r) + '.' + k AS where, r[k] AS value
						}
						RETURN where, value""",
				Map.of());
	}

	public List<String> malformedPartialDates() {
		List<String> bad = new ArrayList<>();
		for (Record row : partialDates()) {
			Value value = row.get("value");
			if (value.isNull()) {
				continue;
			}
			String text = value.asString();
			if (!PARTIAL_DATE.matcher(text).matches() || !isRealDate(text)) {
				bad.add(row.get("where").asString() + "=" + text);
			}
		}
		return bad;
	}

	/**
	 * Periods with their date strings, for {@link #periodsDisagreeingWithTheirDates()}.
	 */
	public List<Record> periods() {
		return query("""
				CALL () {
				  MATCH (n) WHERE n:Membership OR n:StatusChange
				  RETURN n.key AS where, n.from AS from, n.to AS to, n.validFrom AS validFrom, n.validTo AS validTo
				  UNION ALL
				  MATCH (a)-[r:HELD_OFFICE|OBSERVER_IN]->(b)
				  RETURN type(r) + ' ' + coalesce(a.key, a.abbreviation) AS where, r.from AS from, r.to AS to,
				         r.validFrom AS validFrom, r.validTo AS validTo
				}
				RETURN where, from, to, validFrom, validTo""", Map.of());
	}

	/**
	 * {@code validFrom}/{@code validTo} are the first and last day of the periods their
	 * strings give, and a period does not end before it starts.
	 */
	public List<String> periodsDisagreeingWithTheirDates() {
		List<String> bad = new ArrayList<>();
		for (Record row : periods()) {
			String where = row.get("where").asString();
			LocalDate validFrom = row.get("validFrom").isNull() ? null : row.get("validFrom").asLocalDate();
			LocalDate validTo = row.get("validTo").isNull() ? null : row.get("validTo").asLocalDate();
			LocalDate expectedFrom = row.get("from").isNull() ? null : start(row.get("from").asString());
			LocalDate expectedTo = row.get("to").isNull() ? null : end(row.get("to").asString());
			if (!Objects.equals(validFrom, expectedFrom)) {
				bad.add(where + " validFrom " + validFrom + " for from " + row.get("from"));
			}
			if (!Objects.equals(validTo, expectedTo)) {
				bad.add(where + " validTo " + validTo + " for to " + row.get("to"));
			}
			if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
				bad.add(where + " starts after it ends");
			}
		}
		return bad;
	}

	public List<String> eventsWithoutDayOrOrganisation() {
		List<String> bad = new ArrayList<>();
		for (Record row : query("MATCH (e:Event) RETURN e.key AS key, e.date AS date, e.validFrom AS validFrom",
				Map.of())) {
			if (row.get("date").isNull() || row.get("validFrom").isNull()
					|| !start(row.get("date").asString()).equals(row.get("validFrom").asLocalDate())) {
				bad.add(row.get("key").asString() + " (day)");
			}
		}
		bad.addAll(
				strings("MATCH (e:Event) WHERE NOT (e)-[:CONCERNS]->(:Organisation) RETURN e.key + ' (organisation)'"));
		return bad;
	}

	/**
	 * Troop figures with every part and a total, for {@link #troopPartsNotAddingUp()}.
	 */
	public List<Record> completeTroopFigures() {
		return query(
				"""
						MATCH (t:TroopFigure)
						WHERE t.active IS NOT NULL AND t.reserve IS NOT NULL AND t.paramilitary IS NOT NULL AND t.total IS NOT NULL
						RETURN t.key AS key, t.active + t.reserve + t.paramilitary AS sum, t.total AS total""",
				Map.of());
	}

	public List<String> troopPartsNotAddingUp() {
		return completeTroopFigures().stream()
			.filter(row -> row.get("sum").asLong() != row.get("total").asLong())
			.map(row -> row.get("key").asString() + ": parts " + row.get("sum") + ", total " + row.get("total"))
			.toList();
	}

	// --- partial dates
	// ---------------------------------------------------------------------------

	static boolean isRealDate(String text) {
		try {
			start(text);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** The first day of a partial date's period: "2012" is 2012-01-01. */
	public static LocalDate start(String partial) {
		return switch (partial.length()) {
			case 4 -> LocalDate.of(Integer.parseInt(partial), 1, 1);
			case 7 -> YearMonth.parse(partial).atDay(1);
			default -> LocalDate.parse(partial);
		};
	}

	/** The last day of a partial date's period: "2012" is 2012-12-31. */
	public static LocalDate end(String partial) {
		return switch (partial.length()) {
			case 4 -> LocalDate.of(Integer.parseInt(partial), 12, 31);
			case 7 -> YearMonth.parse(partial).atEndOfMonth();
			default -> LocalDate.parse(partial);
		};
	}

	// --- queries
	// ----------------------------------------------------------------------------------

	private List<Record> query(String cypher, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			return session.run(cypher, parameters).list();
		}
	}

	private List<String> strings(String cypher) {
		return strings(cypher, Map.of());
	}

	private List<String> strings(String cypher, Map<String, Object> parameters) {
		return query(cypher, parameters).stream().map(row -> row.get(0).asString()).toList();
	}

}
