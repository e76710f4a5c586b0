package org.allianceatlas.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How seed statements are sent; that Neo4j reads each real seed literal the same way is in MigrationRunnerTest. */
class SeedStatementTest {

	@Test
	void sendsALeadingListOfPlainValuesAsAParameter() {
		SeedStatement statement = SeedStatement.of("""
				UNWIND [
				  {key: 'a', n: 1, share: 2.5, big: -1.5e3, flags: [true, FALSE], note: null, `odd key`: "x"},
				  {key: 'b', n: -7, share: 1e2, big: 0.0, flags: [], note: 'it\\'s', `odd key`: {}}
				] AS row
				MERGE (t:Thing {key: row.key}) SET t.n = row.n""");

		assertThat(statement.cypher()).isEqualTo("""
				UNWIND $atlasSeedRows AS row
				MERGE (t:Thing {key: row.key}) SET t.n = row.n""");
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("key", "a");
		first.put("n", 1L);
		first.put("share", 2.5);
		first.put("big", -1500.0);
		first.put("flags", List.of(true, false));
		first.put("note", null);
		first.put("odd key", "x");
		Map<String, Object> second = new LinkedHashMap<>();
		second.put("key", "b");
		second.put("n", -7L);
		second.put("share", 100.0);
		second.put("big", 0.0);
		second.put("flags", List.of());
		second.put("note", "it's");
		second.put("odd key", Map.of());
		assertThat(statement.parameters()).containsOnlyKeys(SeedStatement.ROWS_PARAMETER);
		assertThat(statement.parameters().get(SeedStatement.ROWS_PARAMETER)).isEqualTo(List.of(first, second));
	}

	@Test
	void readsCypherStringEscapes() {
		SeedStatement statement = SeedStatement
			.of("UNWIND ['tab\\there', \"new\\nline\", 'back\\\\slash', '\\u00e9t\\u00E9', '\\U0001F600', 'q\\\"q'] AS s RETURN s");

		assertThat(statement.parameters().get(SeedStatement.ROWS_PARAMETER))
			.isEqualTo(List.of("tab\there", "new\nline", "back\\slash", "été", "😀", "q\"q"));
	}

	@Test
	void keepsNullElementsOfAList() {
		SeedStatement statement = SeedStatement.of("unwind [1, null, 'x'] as v return v");

		assertThat(statement.cypher()).isEqualTo("UNWIND $atlasSeedRows as v return v");
		assertThat(statement.parameters().get(SeedStatement.ROWS_PARAMETER)).isEqualTo(Arrays.asList(1L, null, "x"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "UNWIND [date('2020-01-01')] AS d RETURN d", // a function call
			"UNWIND [{k: x}] AS row RETURN row", // a variable
			"UNWIND [$value] AS v RETURN v", // a parameter
			"UNWIND [1] AS v RETURN v + $other", // the rest uses parameters the runner does not pass
			"UNWIND [1 + 2] AS v RETURN v", // an expression
			"UNWIND [1, 2] + [3] AS v RETURN v", // the list is only part of the expression
			"UNWIND [0x1F, 0o7, 1_000] AS v RETURN v", // number forms Neo4j reads itself
			"UNWIND [.5] AS v RETURN v", "UNWIND [99999999999999999999] AS v RETURN v", // beyond a long
			"UNWIND ['\\q'] AS v RETURN v", // an escape Neo4j may refuse
			"UNWIND [{k: 1, k: 2}] AS row RETURN row", // a repeated key
			"UNWIND [{k: 1,}] AS row RETURN row", "UNWIND [1,] AS v RETURN v", // trailing commas
			"UNWIND ['open] AS v RETURN v", "UNWIND [1, 2 AS v RETURN v", // unterminated
			"UNWIND [1]", // nothing after the list
			"MATCH (n) RETURN [1, 2]", // no leading UNWIND
			"UNWIND row.sources AS sourceKey RETURN sourceKey" })
	void sendsAnythingElseExactlyAsWritten(String cypher) {
		SeedStatement statement = SeedStatement.of(cypher);

		assertThat(statement.parameterised()).isFalse();
		assertThat(statement.cypher()).isEqualTo(cypher);
		assertThat(statement.parameters()).isEmpty();
	}

}
