package org.allianceatlas.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every seed script parses, and its statements are written so that applying them twice
 * changes nothing.
 */
class SeedScriptsTests {

	private static final Pattern CREATE_SCHEMA = Pattern.compile("^CREATE\\s.*\\bIF\\s+NOT\\s+EXISTS\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern DROP_SCHEMA = Pattern.compile("^DROP\\s.*\\bIF\\s+EXISTS\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/** Writes that are not idempotent when a script runs again. */
	private static final Pattern NON_IDEMPOTENT_WRITE = Pattern.compile("\\b(CREATE|DELETE|REMOVE)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Scripts after the first seed (V0013 on) correct data, which needs DELETE (a
	 * citation no document supports, a source that is no document); they still never
	 * CREATE, and MigrationRunnerTest checks that applying every statement again leaves
	 * the graph identical.
	 */
	private static final Pattern NON_IDEMPOTENT_CORRECTION = Pattern.compile("\\b(CREATE|REMOVE)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final int LAST_SEED_VERSION = 12;

	private static List<Migration> migrations() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:neo4j-seed/*.cypher");
		List<Migration> migrations = new ArrayList<>();
		for (Resource resource : resources) {
			assertThat(Migration.isMigrationFileName(resource.getFilename())).as(resource.getFilename()).isTrue();
			migrations
				.add(Migration.parse(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
		}
		return migrations;
	}

	@Test
	void everyScriptParsesAndVersionsAreUnique() throws IOException {
		List<Migration> migrations = migrations();
		assertThat(migrations).isNotEmpty();
		Set<Integer> versions = new HashSet<>();
		for (Migration migration : migrations) {
			assertThat(migration.statements()).as(migration.fileName()).isNotEmpty();
			assertThat(versions.add(migration.version())).as("version of " + migration.fileName()).isTrue();
		}
		assertThat(versions).contains(1);
	}

	@Test
	void schemaStatementsAreIdempotent() throws IOException {
		int schemaStatements = 0;
		for (Migration migration : migrations()) {
			for (String statement : migration.statements()) {
				if (CypherScript.isSchemaStatement(statement)) {
					schemaStatements++;
					assertThat(CREATE_SCHEMA.matcher(statement).matches() || DROP_SCHEMA.matcher(statement).matches())
						.as(migration.fileName() + ": " + statement)
						.isTrue();
				}
			}
		}
		assertThat(schemaStatements).isPositive();
	}

	@Test
	void dataStatementsMergeInsteadOfCreating() throws IOException {
		for (Migration migration : migrations()) {
			for (String statement : migration.statements()) {
				if (!CypherScript.isSchemaStatement(statement)) {
					Pattern forbidden = (migration.version() > LAST_SEED_VERSION) ? NON_IDEMPOTENT_CORRECTION
							: NON_IDEMPOTENT_WRITE;
					assertThat(forbidden.matcher(withoutLiterals(statement)).find())
						.as(migration.fileName() + ": " + statement.lines().findFirst().orElse(""))
						.isFalse();
				}
			}
		}
	}

	@Test
	void theCheckerSeesThroughStringsOnly() {
		assertThat(NON_IDEMPOTENT_WRITE.matcher(withoutLiterals("MERGE (n:X {note: 'would create a force'})")).find())
			.isFalse();
		assertThat(NON_IDEMPOTENT_WRITE.matcher(withoutLiterals("CREATE (n:X {note: 'x'})")).find()).isTrue();
		assertThat(CREATE_SCHEMA.matcher("CREATE INDEX a FOR (n:X) ON (n.y)").matches()).isFalse();
	}

	/**
	 * The statement with string literals and comments blanked, so words inside notes are
	 * not read as Cypher.
	 */
	static String withoutLiterals(String statement) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < statement.length()) {
			char c = statement.charAt(i);
			if (c == '\'' || c == '"') {
				int j = i + 1;
				while (j < statement.length() && statement.charAt(j) != c) {
					j += (statement.charAt(j) == '\\') ? 2 : 1;
				}
				out.append("''");
				i = j + 1;
				continue;
			}
			if (c == '/' && i + 1 < statement.length() && statement.charAt(i + 1) == '/') {
				int end = statement.indexOf('\n', i);
				i = (end < 0) ? statement.length() : end;
				continue;
			}
			out.append(c);
			i++;
		}
		return out.toString();
	}

}
