package org.allianceatlas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whole-graph checks that every fact can be checked by a reader: it cites a document with
 * an address or says where in it the fact is; no source is cited that no fact needs; and
 * nothing a reader can see speaks of the atlas's own files, internal notes or raw enum
 * spellings.
 */
@AtlasTest
class CheckableFactsTests {

	/** Properties that hold identifiers or machine values, never shown as text. */
	private static final Set<String> INTERNAL = Set.of("key", "iso3", "iso2", "abbreviation", "role", "status",
			"endStatus", "kind", "language", "script", "field", "primaryClaim", "sources", "locators", "url");

	/**
	 * Words a reader must never meet: the atlas's files and tools, and developer talk.
	 */
	static final Pattern JARGON = Pattern.compile("(?i)\\bseeds?\\b|facts\\.md|shared/|\\bOCR\\b|reference facts"
			+ "|\\bstored\\b|\\bmigrations?\\b|\\.cypher|\\bsee (its|the) (status|claims?)\\b|compilation|\\bnodes?\\b"
			+ "|\\bnull\\b");

	/**
	 * Raw spellings of enums and property names: {@code NOT_A_CHARTER_STATUS},
	 * {@code secretaryGeneralTermYears}.
	 */
	static final Pattern RAW_VALUE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b|\\b[a-z]+[A-Z][a-zA-Z]*\\b");

	@Autowired
	private Driver driver;

	private List<Record> query(String cypher) {
		try (Session session = this.driver.session()) {
			return session.run(cypher).list();
		}
	}

	private List<String> strings(String cypher) {
		return query(cypher).stream().map(r -> r.get(0).asString()).toList();
	}

	@Test
	void everyFactCitesASourceWithAnAddressOrALocator() {
		List<String> nodes = strings(
				"""
						MATCH (n)-[:CITES]->(:Source)
						WITH DISTINCT n
						WHERE NOT EXISTS { MATCH (n)-[c:CITES]->(s:Source) WHERE s.url IS NOT NULL OR trim(coalesce(c.note, '')) <> '' }
						RETURN labels(n)[0] + ' ' + coalesce(n.key, n.abbreviation)""");
		assertThat(nodes).as("nodes whose every source lacks an address and a locator").isEmpty();
		List<String> relationships = strings(
				"""
						MATCH (a)-[r]->(b) WHERE r.sources IS NOT NULL
						  AND NOT any(i IN range(0, size(r.sources) - 1)
						              WHERE EXISTS { MATCH (s:Source {key: r.sources[i]}) WHERE s.url IS NOT NULL }
						                 OR trim(coalesce(r.locators[i], '')) <> '')
						RETURN type(r) + ' ' + coalesce(a.key, a.abbreviation) + ' -> ' + coalesce(b.key, b.abbreviation, b.iso3)""");
		assertThat(relationships).as("relationships whose every source lacks an address and a locator").isEmpty();
	}

	@Test
	void relationshipLocatorsRunParallelToTheirSources() {
		assertThat(
				strings("""
						MATCH (a)-[r]->(b) WHERE r.sources IS NOT NULL AND (r.locators IS NULL OR size(r.locators) <> size(r.sources))
						RETURN type(r) + ' ' + coalesce(a.key, a.abbreviation)"""))
			.isEmpty();
	}

	@Test
	void everySourceIsCitedByAFact() {
		assertThat(strings("""
				MATCH (s:Source)
				WHERE NOT ()-[:CITES]->(s) AND NOT EXISTS { MATCH ()-[r]->() WHERE s.key IN r.sources }
				RETURN s.key""")).as("sources no fact cites").isEmpty();
	}

	@Test
	void everySourceIsADocument() {
		// A title, never an address standing in for one; without an address, a note
		// saying what is known.
		assertThat(strings("""
				MATCH (s:Source)
				WHERE s.title IS NULL OR s.title =~ '(?i)^(https?://)?[a-z0-9-]+(\\\\.[a-z0-9-]+)+(/\\\\S*)?$'
				   OR (s.url IS NULL AND s.note IS NULL)
				   OR (s.url IS NOT NULL AND NOT s.url STARTS WITH 'http')
				RETURN s.key""")).isEmpty();
		assertThat(
				strings("MATCH (s:Source) WHERE s.kind = 'compilation' OR s.publisher = 'Alliance Atlas' RETURN s.key"))
			.isEmpty();
		// A printed work names its edition and year; its citations name the page where
		// known.
		assertThat(
				strings("""
						MATCH (s:Source {kind: 'reference'}) WHERE s.url IS NULL AND (s.published IS NULL AND NOT s.note CONTAINS 'edition')
						RETURN s.key"""))
			.isEmpty();
	}

	@Test
	void nothingAReaderSeesIsInternal() {
		List<String> offenders = new ArrayList<>();
		List<Record> rows = query(
				"""
						CALL () {
						  MATCH (n) WHERE NOT n:__AtlasMigration AND NOT n:__AtlasMigrationLock
						  RETURN labels(n)[0] AS what, coalesce(n.key, n.abbreviation, n.iso3) AS id, properties(n) AS props
						  UNION ALL
						  MATCH (a)-[r]->(b)
						  RETURN type(r) AS what, coalesce(a.key, a.abbreviation, a.iso3) + '->' + coalesce(b.key, b.abbreviation, b.iso3) AS id,
						         properties(r) AS props
						}
						RETURN what, id, props""");
		assertThat(rows).hasSizeGreaterThan(1000);
		for (Record row : rows) {
			for (Map.Entry<String, Object> property : row.get("props").asMap().entrySet()) {
				if (INTERNAL.contains(property.getKey())) {
					continue;
				}
				List<?> values = (property.getValue() instanceof List<?> list) ? list : List.of(property.getValue());
				for (Object value : values) {
					// A name is spelt as its language spells it ("iNingizimu Afrika"), so
					// only jargon is checked there.
					boolean isName = row.get("what").asString().equals("Name") && property.getKey().equals("value");
					if (value instanceof String text
							&& (JARGON.matcher(text).find() || (!isName && RAW_VALUE.matcher(text).find()))) {
						offenders.add(row.get("what").asString() + " " + row.get("id").asString() + "."
								+ property.getKey() + ": " + text);
					}
				}
			}
		}
		assertThat(offenders).isEmpty();
		// Source keys are shown to readers too (API and page anchors).
		assertThat(strings("MATCH (s:Source) WHERE s.key =~ '(?i).*(seed|reference-facts|atlas).*' RETURN s.key"))
			.isEmpty();
	}

	@Test
	void claimValuesAreWords() {
		List<String> bad = new ArrayList<>();
		for (Record row : query("MATCH (c:Claim) RETURN c.key AS key, c.value AS value")) {
			String value = row.get("value").asString();
			if (value.equals("true") || value.equals("false") || value.isBlank()) {
				bad.add(row.get("key").asString() + "=" + value);
			}
		}
		assertThat(bad).isEmpty();
	}

	@Test
	void thePatternsCatchWhatTheAuditFound() {
		// The strings the audit flagged must fail the check, or the check proves nothing.
		for (String flagged : List.of("Seed document 000 (encyclopedia article)", "the reference facts cite it",
				"Printed as ODKV in the OCR text", "so none is stored", "(see its status)",
				"shared/reference/facts.md")) {
			assertThat(JARGON.matcher(flagged).find()).as(flagged).isTrue();
		}
		for (String flagged : List.of("NOT_A_CHARTER_STATUS", "secretaryGeneralTermYears: 3")) {
			assertThat(RAW_VALUE.matcher(flagged).find()).as(flagged).isTrue();
		}
		assertThat(JARGON.matcher("Signed on 15 May 1992 in Tashkent by the heads of six states.").find()).isFalse();
	}

}
