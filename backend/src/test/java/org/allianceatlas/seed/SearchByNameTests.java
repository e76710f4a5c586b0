package org.allianceatlas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Every state and organisation can be found through the API's {@code search} by its
 * Russian name and by its name in its own language(s), as a reader would type them.
 */
@AtlasTest
class SearchByNameTests {

	/**
	 * English and Russian are the own languages of these; every other state has a name in
	 * another language.
	 */
	private static final List<String> OWN_LANGUAGE_IS_ENGLISH_OR_RUSSIAN = List.of("RUS", "USA");

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Driver driver;

	private List<Record> query(String cypher) {
		try (Session session = this.driver.session()) {
			return session.run(cypher).list();
		}
	}

	private List<String> found(String text, String kind) {
		List<Map<String, Object>> hits = this.graphQl.document("""
				query($text: String!) { search(text: $text, limit: 20) { kind key } }""")
			.variable("text", text)
			.execute()
			.path("search")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		return hits.stream().filter(h -> kind.equals(h.get("kind"))).map(h -> (String) h.get("key")).toList();
	}

	@Test
	void everyStateHasARussianNameAndANameInItsOwnLanguage() {
		List<String> withoutRussian = query("""
				MATCH (s:State) WHERE NOT (s)-[:HAS_NAME]->(:Name {language: 'ru'}) RETURN s.iso3 AS iso3""").stream()
			.map(r -> r.get("iso3").asString())
			.toList();
		assertThat(withoutRussian).isEmpty();
		List<String> withoutOwn = query(
				"""
						MATCH (s:State)
						WHERE NOT EXISTS { (s)-[:HAS_NAME]->(n:Name) WHERE NOT n.language IN ['en', 'ru'] AND NOT n.language ENDS WITH '-Latn' }
						RETURN s.iso3 AS iso3 ORDER BY iso3""")
			.stream()
			.map(r -> r.get("iso3").asString())
			.toList();
		assertThat(withoutOwn).containsExactlyInAnyOrderElementsOf(OWN_LANGUAGE_IS_ENGLISH_OR_RUSSIAN);
		assertThat(query("MATCH (s:State) RETURN s")).hasSize(38);
	}

	@Test
	void searchFindsEveryStateByEachOfItsNames() {
		List<String> missed = new ArrayList<>();
		int tried = 0;
		for (Record row : query("""
				MATCH (s:State)-[:HAS_NAME]->(n:Name) WHERE NOT n.language = 'en'
				RETURN s.iso3 AS iso3, n.value AS value ORDER BY iso3, value""")) {
			tried++;
			String iso3 = row.get("iso3").asString();
			String value = row.get("value").asString();
			if (!found(value, "STATE").contains(iso3)) {
				missed.add(iso3 + " by " + value);
			}
		}
		assertThat(tried).isGreaterThanOrEqualTo(38 * 2 - OWN_LANGUAGE_IS_ENGLISH_OR_RUSSIAN.size());
		assertThat(missed).isEmpty();
	}

	@Test
	void searchFindsEveryOrganisationByItsRussianName() {
		List<String> missed = new ArrayList<>();
		List<Record> organisations = query("""
				MATCH (o:Organisation)
				RETURN o.abbreviation AS abbreviation,
				       [(o)-[:HAS_NAME]->(n:Name {language: 'ru'}) | n.value] AS names""");
		assertThat(organisations).hasSizeGreaterThanOrEqualTo(12);
		for (Record row : organisations) {
			String abbreviation = row.get("abbreviation").asString();
			List<String> names = row.get("names").asList(Value::asString);
			if (names.isEmpty()) {
				missed.add(abbreviation + " has no Russian name");
			}
			for (String name : names) {
				if (!found(name, "ORGANISATION").contains(abbreviation)) {
					missed.add(abbreviation + " by " + name);
				}
			}
		}
		assertThat(missed).isEmpty();
	}

	@Test
	void whatReadersTypeFindsWhatTheyMean() {
		assertThat(found("Армения", "STATE")).contains("ARM");
		assertThat(found("Россия", "STATE")).contains("RUS");
		assertThat(found("Հայաստան", "STATE")).contains("ARM");
		assertThat(found("ШОС", "ORGANISATION")).contains("SCO");
		assertThat(found("СНГ", "ORGANISATION")).contains("CIS");
		assertThat(found("Ташкентский договор", "ORGANISATION")).contains("CST");
		assertThat(found("上海合作组织", "ORGANISATION")).contains("SCO");
		// The SCO's Russian name ranks the SCO first, not the CSTO ("организация" alone).
		assertThat(found("Шанхайская организация", "ORGANISATION")).first().isEqualTo("SCO");
	}

}
