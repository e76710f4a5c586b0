package org.allianceatlas.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherScriptTests {

	@Test
	void splitsAtSemicolonsOutsideStringsIdentifiersAndComments() {
		String script = """
				// a comment; with a semicolon
				CREATE (:A {text: 'one; two', other: "three; \\"four\\""});
				/* block; comment */
				MATCH (n:`odd;label`) RETURN n;

				;
				MERGE (b:B {key: 'it\\'s'})
				""";

		assertThat(CypherScript.statements(script)).containsExactly(
				"CREATE (:A {text: 'one; two', other: \"three; \\\"four\\\"\"})", "MATCH (n:`odd;label`) RETURN n",
				"MERGE (b:B {key: 'it\\'s'})");
	}

	@Test
	void recognisesSchemaStatements() {
		assertThat(CypherScript.isSchemaStatement("CREATE CONSTRAINT x IF NOT EXISTS FOR (n:A) REQUIRE n.k IS UNIQUE"))
			.isTrue();
		assertThat(CypherScript.isSchemaStatement("create fulltext index x if not exists for (n:A) on each [n.name]"))
			.isTrue();
		assertThat(CypherScript.isSchemaStatement("CREATE RANGE INDEX x IF NOT EXISTS FOR (n:A) ON (n.d)")).isTrue();
		assertThat(CypherScript.isSchemaStatement("DROP INDEX x IF EXISTS")).isTrue();
		assertThat(CypherScript.isSchemaStatement("CREATE (:Index {name: 'CONSTRAINT'})")).isFalse();
		assertThat(CypherScript.isSchemaStatement("MERGE (n:A {k: 1})")).isFalse();
	}

	@Test
	void rejectsUnterminatedQuotesAndComments() {
		assertThatThrownBy(() -> CypherScript.statements("CREATE (:A {t: 'open})"))
			.hasMessageContaining("unterminated");
		assertThatThrownBy(() -> CypherScript.statements("CREATE (:A) /* open")).hasMessageContaining("unterminated");
	}

}
