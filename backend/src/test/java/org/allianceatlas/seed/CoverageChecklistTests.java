package org.allianceatlas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code docs/coverage.tsv} lists the facts the four starting documents (and the checked
 * documents beside them) state, each with the graph keys that hold it. Every key it names
 * must exist, so the checklist cannot drift from the graph.
 */
@AtlasTest
class CoverageChecklistTests {

	private static final List<String> HEADER = List.of("document", "line", "fact", "state", "graph keys");

	private static final Set<String> STATES = Set.of("covered", "added", "corrected", "citation added", "not covered");

	/** Labels whose nodes are found by another property than {@code key}. */
	private static final Map<String, String> KEY_PROPERTY = Map.of("Organisation", "abbreviation", "State", "iso3");

	private static final Set<String> LABELS = Set.of("Organisation", "State", "Body", "Person", "Event", "Membership",
			"StatusChange", "TroopFigure", "Name", "Claim", "Source");

	@Autowired
	private Driver driver;

	static List<List<String>> rows() throws IOException {
		Path file = Path.of("..", "docs", "coverage.tsv");
		if (!Files.exists(file)) {
			file = Path.of("docs", "coverage.tsv");
		}
		List<List<String>> rows = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				rows.add(List.of(line.split("\t", -1)));
			}
		}
		return rows;
	}

	private boolean exists(String graphKey) {
		int colon = graphKey.indexOf(':');
		String kind = graphKey.substring(0, colon);
		String key = graphKey.substring(colon + 1);
		try (Session session = this.driver.session()) {
			if (LABELS.contains(kind)) {
				String property = KEY_PROPERTY.getOrDefault(kind, "key");
				return session
					.run("MATCH (n:" + kind + ") WHERE n[$property] = $key RETURN count(n) AS n",
							Map.of("property", property, "key", key))
					.single()
					.get("n")
					.asLong() == 1;
			}
			// TYPE:start->end for a relationship that states a fact.
			String[] ends = key.split("->", 2);
			return ends.length == 2 && kind.matches("[A-Z_]+")
					&& session
						.run("""
								MATCH (a)-[r]->(b) WHERE type(r) = $type AND (a.key = $a OR a.abbreviation = $a)
								  AND (b.key = $b OR b.abbreviation = $b OR b.iso3 = $b) RETURN count(r) AS n""",
								Map.of("type", kind, "a", ends[0], "b", ends[1]))
						.single()
						.get("n")
						.asLong() >= 1;
		}
	}

	@Test
	void everyRowNamesGraphKeysThatExist() throws IOException {
		List<List<String>> rows = rows();
		assertThat(rows.get(0)).containsExactlyElementsOf(HEADER);
		List<String> problems = new ArrayList<>();
		Map<String, Integer> byState = new TreeMap<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.size() != HEADER.size()) {
				problems.add("not five columns: " + row);
				continue;
			}
			String state = row.get(3);
			byState.merge(state, 1, Integer::sum);
			List<String> keys = row.get(4).isBlank() ? List.of() : List.of(row.get(4).split(";\\s*"));
			if (!STATES.contains(state)) {
				problems.add("unknown state " + state + ": " + row.get(2));
			}
			else if (state.equals("not covered") != keys.isEmpty()) {
				problems.add(state + " with keys " + keys + ": " + row.get(2));
			}
			for (String key : keys) {
				if (!key.contains(":") || !exists(key)) {
					problems.add("no such graph key " + key + ": " + row.get(2));
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(rows.size() - 1).isGreaterThanOrEqualTo(350);
		assertThat(byState.getOrDefault("added", 0)).isGreaterThanOrEqualTo(50);
	}

	@Test
	void everyDocumentIsASourceOfTheGraph() throws IOException {
		List<String> unknown = new ArrayList<>();
		for (List<String> row : rows().subList(1, rows().size())) {
			String document = row.get(0);
			if (!document.equals("other documents") && !exists("Source:" + document)) {
				unknown.add(document);
			}
		}
		assertThat(unknown).isEmpty();
	}

}
