package org.allianceatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * Writes a synthetic graph in the atlas's model beside whatever the database holds: for a
 * factor f, f times the seed's organisations, states, memberships (with periods, roles,
 * end statuses and status changes), names, competing claims, events, troop figures,
 * cooperation agreements and sources. Every node it writes has {@code synthetic: true},
 * so {@link #remove(Driver)} takes them out again and nothing a reader of the real atlas
 * sees is mixed with them; every synthetic fact cites a synthetic source, and every rule
 * of {@code GraphIntegrity} holds (a test checks it). The same factor and seed give the
 * same graph. Not a test: run by bench/ against a benchmark's own data directory.
 * <p>
 * Arguments: the Bolt address, the file holding the password of user {@code neo4j} (an
 * embedded atlas keeps it in its data directory), the factor (e.g. 10 or 100) and,
 * optionally, {@code --remove} to take out what an earlier run wrote.
 */
public final class SyntheticGraph {

	/** The seed's counts, which a factor multiplies. */
	static final int ORGANISATIONS = 12;

	static final int STATES = 38;

	static final int MEMBERSHIPS = 103;

	static final int SOURCES = 87;

	static final int EVENTS = 60;

	static final int TROOP_FIGURES = 30;

	static final int CLAIMS = 30;

	private static final List<String> ROLES = List.of("MEMBER", "MEMBER", "MEMBER", "OBSERVER", "PARTNER",
			"ASSOCIATE_MEMBER", "PARTICIPANT");

	private static final List<String> EVENT_KINDS = List.of("exercise", "statement", "agreement", "deployment",
			"accession");

	private static final int BATCH = 1000;

	private final int factor;

	private final Random random;

	private SyntheticGraph(int factor, long seed) {
		if (factor < 1) {
			throw new IllegalArgumentException("The factor must be at least 1, not " + factor);
		}
		this.factor = factor;
		this.random = new Random(seed);
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			throw new IllegalArgumentException("Arguments: BOLT_URI PASSWORD_FILE FACTOR [--remove]");
		}
		String password = Files.readString(Path.of(args[1])).strip();
		try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.basic("neo4j", password))) {
			remove(driver);
			if (args.length > 3 && args[3].equals("--remove")) {
				System.out.println("synthetic nodes removed");
				return;
			}
			long start = System.nanoTime();
			Map<String, Long> written = write(driver, Integer.parseInt(args[2]), 20261201L);
			System.out.printf(Locale.ROOT, "synthetic graph of factor %s written in %.1f s: %s%n", args[2],
					(System.nanoTime() - start) / 1e9, written);
		}
	}

	/**
	 * Writes the graph of this factor and seed; answers how many nodes of each label and
	 * relationships it wrote.
	 */
	public static Map<String, Long> write(Driver driver, int factor, long seed) {
		return new SyntheticGraph(factor, seed).write(driver);
	}

	/** Takes out every synthetic node and its relationships. */
	public static void remove(Driver driver) {
		try (Session session = driver.session()) {
			session.run("""
					MATCH (n {synthetic: true})
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS""").consume();
		}
	}

	private Map<String, Long> write(Driver driver) {
		Map<String, Long> written = new HashMap<>();
		try (Session session = driver.session()) {
			List<String> sources = sources(session, written);
			List<String> organisations = organisations(session, sources, written);
			List<String> states = states(session, sources, written);
			memberships(session, organisations, states, sources, written);
			events(session, organisations, states, sources, written);
			troopFigures(session, states, sources, written);
			cooperations(session, organisations, sources, written);
		}
		return written;
	}

	private List<String> sources(Session session, Map<String, Long> written) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (int i = 1; i <= SOURCES * this.factor; i++) {
			String key = "syn-source-" + i;
			keys.add(key);
			rows.add(Map.of("key", key, "title", "Synthetic document " + i, "publisher",
					"Synthetic publisher " + (i % 20 + 1), "url", "https://example.org/synthetic/" + i, "published",
					year(1992, 2025)));
		}
		run(session, """
				UNWIND $rows AS row
				CREATE (:Source {key: row.key, title: row.title, publisher: row.publisher, url: row.url,
				                 kind: 'synthetic', published: row.published, synthetic: true})""", rows);
		written.put("Source", (long) rows.size());
		return keys;
	}

	private List<String> organisations(Session session, List<String> sources, Map<String, Long> written) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (int i = 1; i <= ORGANISATIONS * this.factor; i++) {
			String abbreviation = String.format(Locale.ROOT, "SYN%04d", i);
			keys.add(abbreviation);
			rows.add(Map.of("abbreviation", abbreviation, "name", "Synthetic Organisation " + i, "founded",
					year(1991, 2010), "source", pick(sources), "nameKey", "syn-name-o-" + i, "russian",
					"Синтетическая организация " + i, "nameSource", pick(sources)));
		}
		run(session, """
				UNWIND $rows AS row
				CREATE (o:Organisation {abbreviation: row.abbreviation, name: row.name, kind: 'synthetic',
				                        founded: row.founded, synthetic: true})
				CREATE (n:Name {key: row.nameKey, value: row.russian, language: 'ru', script: 'Cyrl', kind: 'official',
				                synthetic: true})
				CREATE (o)-[:HAS_NAME]->(n)
				WITH o, n, row
				MATCH (s:Source {key: row.source}), (ns:Source {key: row.nameSource})
				CREATE (o)-[:CITES {note: 'section 1'}]->(s)
				CREATE (n)-[:CITES {note: 'section 2'}]->(ns)""", rows);
		written.put("Organisation", (long) rows.size());
		written.merge("Name", (long) rows.size(), Long::sum);
		return keys;
	}

	private List<String> states(Session session, List<String> sources, Map<String, Long> written) {
		Set<String> taken = new HashSet<>();
		session.run("MATCH (s:State) RETURN s.iso3 AS iso3")
			.forEachRemaining(row -> taken.add(row.get("iso3").asString()));
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		int count = STATES * this.factor;
		for (int code = 0; keys.size() < count && code < 26 * 26 * 26; code++) {
			String iso3 = letters(code, 3);
			if (taken.contains(iso3)) {
				continue;
			}
			keys.add(iso3);
			rows.add(Map.of("iso3", iso3, "iso2", letters(code % (26 * 26), 2), "name", "Synthetic State " + iso3,
					"nameKey", "syn-name-s-" + iso3, "source", pick(sources)));
		}
		run(session, """
				UNWIND $rows AS row
				CREATE (s:State {iso3: row.iso3, iso2: row.iso2, name: row.name, synthetic: true})
				CREATE (n:Name {key: row.nameKey, value: 'Синтетическое государство ' + row.iso3, language: 'ru',
				                script: 'Cyrl', kind: 'short', synthetic: true})
				CREATE (s)-[:HAS_NAME]->(n)
				WITH n, row
				MATCH (src:Source {key: row.source})
				CREATE (n)-[:CITES {note: 'list of names'}]->(src)""", rows);
		written.put("State", (long) rows.size());
		written.merge("Name", (long) rows.size(), Long::sum);
		return keys;
	}

	private void memberships(Session session, List<String> organisations, List<String> states, List<String> sources,
			Map<String, Long> written) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Map<String, Object>> statuses = new ArrayList<>();
		List<Map<String, Object>> claims = new ArrayList<>();
		for (int i = 1; i <= MEMBERSHIPS * this.factor; i++) {
			String key = "syn-membership-" + i;
			int fromYear = 1991 + this.random.nextInt(30);
			String from = partialDate(fromYear);
			boolean ended = this.random.nextInt(4) == 0;
			String to = ended ? partialDate(fromYear + 1 + this.random.nextInt(5)) : null;
			Map<String, Object> row = new HashMap<>();
			row.put("key", key);
			row.put("state", states.get((i - 1) % states.size()));
			row.put("organisation", pick(organisations));
			row.put("role", pick(ROLES));
			row.put("from", from);
			row.put("to", to);
			row.put("endStatus", ended ? "ENDED" : null);
			row.put("source", pick(sources));
			if (i <= CLAIMS * this.factor) {
				// a second source gives another start: both are claims, the first is
				// primary
				String other = partialDate(fromYear + 1);
				row.put("primaryClaim", List.of(key + "-from-a"));
				claims.add(Map.of("membership", key, "key", key + "-from-a", "value", from, "source", pick(sources)));
				claims.add(Map.of("membership", key, "key", key + "-from-b", "value", other, "source", pick(sources)));
			}
			else {
				row.put("primaryClaim", null);
			}
			rows.add(row);
			if (!ended && i % 5 == 0) {
				String statusFrom = partialDate(Math.max(fromYear + 1, 2022));
				statuses.add(
						Map.of("membership", key, "key", key + "-frozen", "from", statusFrom, "source", pick(sources)));
			}
		}
		run(session,
				"""
						UNWIND $rows AS row
						MATCH (s:State {iso3: row.state}), (o:Organisation {abbreviation: row.organisation}),
						      (src:Source {key: row.source})
						CREATE (m:Membership {key: row.key, role: row.role, roleLabel: toLower(replace(row.role, '_', ' ')),
						                      from: row.from, to: row.to, endStatus: row.endStatus,
						                      primaryClaim: row.primaryClaim, synthetic: true})
						SET m.validFrom = CASE size(row.from) WHEN 4 THEN date(row.from + '-01-01') WHEN 7 THEN date(row.from + '-01')
						                  ELSE date(row.from) END,
						    m.validTo = CASE WHEN row.to IS NULL THEN null
						                WHEN size(row.to) = 4 THEN date(row.to + '-12-31')
						                WHEN size(row.to) = 7 THEN date(row.to + '-01') + duration('P1M') - duration('P1D')
						                ELSE date(row.to) END
						CREATE (s)-[:HOLDS]->(m)-[:IN]->(o)
						CREATE (m)-[:CITES {note: 'paragraph ' + toString(size(row.key))}]->(src)""",
				rows);
		run(session, """
				UNWIND $rows AS row
				MATCH (m:Membership {key: row.membership}), (src:Source {key: row.source})
				CREATE (st:StatusChange {key: row.key, status: 'FROZEN', from: row.from, synthetic: true})
				SET st.validFrom = CASE size(row.from) WHEN 4 THEN date(row.from + '-01-01')
				                   WHEN 7 THEN date(row.from + '-01') ELSE date(row.from) END
				CREATE (m)-[:HAS_STATUS]->(st)
				CREATE (st)-[:CITES {note: 'statement'}]->(src)""", statuses);
		run(session, """
				UNWIND $rows AS row
				MATCH (m:Membership {key: row.membership}), (src:Source {key: row.source})
				CREATE (c:Claim {key: row.key, field: 'from', value: row.value, approximate: false, synthetic: true})
				CREATE (m)-[:HAS_CLAIM]->(c)
				CREATE (c)-[:CITES {note: 'table 1'}]->(src)""", claims);
		written.put("Membership", (long) rows.size());
		written.put("StatusChange", (long) statuses.size());
		written.put("Claim", (long) claims.size());
	}

	private void events(Session session, List<String> organisations, List<String> states, List<String> sources,
			Map<String, Long> written) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 1; i <= EVENTS * this.factor; i++) {
			rows.add(Map.of("key", "syn-event-" + i, "date", partialDate(1992 + this.random.nextInt(33)), "title",
					"Synthetic event " + i, "kind", pick(EVENT_KINDS), "organisation", pick(organisations), "state",
					pick(states), "source", pick(sources)));
		}
		run(session, """
				UNWIND $rows AS row
				MATCH (o:Organisation {abbreviation: row.organisation}), (s:State {iso3: row.state}),
				      (src:Source {key: row.source})
				CREATE (e:Event {key: row.key, date: row.date, title: row.title, kind: row.kind, synthetic: true})
				SET e.validFrom = CASE size(row.date) WHEN 4 THEN date(row.date + '-01-01')
				                  WHEN 7 THEN date(row.date + '-01') ELSE date(row.date) END
				CREATE (e)-[:CONCERNS]->(o)
				CREATE (e)-[:INVOLVES]->(s)
				CREATE (e)-[:CITES {note: 'first paragraph'}]->(src)""", rows);
		written.put("Event", (long) rows.size());
	}

	private void troopFigures(Session session, List<String> states, List<String> sources, Map<String, Long> written) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 1; i <= TROOP_FIGURES * this.factor; i++) {
			long active = 1000 + this.random.nextInt(200_000);
			long reserve = this.random.nextInt(500_000);
			long paramilitary = this.random.nextInt(50_000);
			rows.add(Map.of("key", "syn-troops-" + i, "state", states.get((i - 1) % states.size()), "year",
					2010 + this.random.nextInt(15), "active", active, "reserve", reserve, "paramilitary", paramilitary,
					"total", active + reserve + paramilitary, "source", pick(sources)));
		}
		run(session, """
				UNWIND $rows AS row
				MATCH (s:State {iso3: row.state}), (src:Source {key: row.source})
				CREATE (t:TroopFigure {key: row.key, year: row.year, active: row.active, reserve: row.reserve,
				                       paramilitary: row.paramilitary, total: row.total, approximate: false,
				                       synthetic: true})
				CREATE (t)-[:OF_STATE]->(s)
				CREATE (t)-[:CITES {note: 'p. ' + toString(row.year % 300)}]->(src)""", rows);
		written.put("TroopFigure", (long) rows.size());
	}

	private void cooperations(Session session, List<String> organisations, List<String> sources,
			Map<String, Long> written) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i + 1 < organisations.size(); i += 2) {
			rows.add(Map.of("a", organisations.get(i), "b", organisations.get(i + 1), "from",
					partialDate(2000 + this.random.nextInt(25)), "source", pick(sources)));
		}
		run(session, """
				UNWIND $rows AS row
				MATCH (a:Organisation {abbreviation: row.a}), (b:Organisation {abbreviation: row.b})
				CREATE (a)-[r:COOPERATES_WITH {from: row.from, sources: [row.source], locators: ['article 1']}]->(b)
				SET r.validFrom = CASE size(row.from) WHEN 4 THEN date(row.from + '-01-01')
				                  WHEN 7 THEN date(row.from + '-01') ELSE date(row.from) END""", rows);
		written.put("COOPERATES_WITH", (long) rows.size());
	}

	// --- helpers
	// ----------------------------------------------------------------------------------

	private static void run(Session session, String cypher, List<Map<String, Object>> rows) {
		for (int start = 0; start < rows.size(); start += BATCH) {
			List<Map<String, Object>> batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
			session.executeWrite(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
		}
	}

	/** A year, a month of a year or a day, as sources give them. */
	private String partialDate(int year) {
		return switch (this.random.nextInt(3)) {
			case 0 -> Integer.toString(year);
			case 1 -> String.format(Locale.ROOT, "%d-%02d", year, 1 + this.random.nextInt(12));
			default -> String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + this.random.nextInt(12),
					1 + this.random.nextInt(28));
		};
	}

	private String year(int from, int to) {
		return Integer.toString(from + this.random.nextInt(to - from + 1));
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	private static String letters(int code, int length) {
		char[] text = new char[length];
		for (int i = length - 1; i >= 0; i--) {
			text[i] = (char) ('A' + code % 26);
			code /= 26;
		}
		return new String(text);
	}

}
