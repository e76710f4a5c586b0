package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The committed schema snapshot, docs/schema.graphqls, is the schema the application
 * serves at /graphql/schema, so a change of the API shows in review as a diff of that
 * file (and GraphQL Code Generator, docs/client, reads it without a running server).
 * After a deliberate change refresh it with
 * {@code ./mvnw test -Dtest=SchemaSnapshotTests -Datlas.schema.update=true}.
 */
@AtlasTest
class SchemaSnapshotTests {

	static final Path SNAPSHOT = Path.of("../docs/schema.graphqls");

	private static final String REFRESH = "./mvnw test -Dtest=SchemaSnapshotTests -Datlas.schema.update=true";

	@Autowired
	MockMvcTester mvc;

	@Test
	void theCommittedSnapshotIsTheRunningSchema() throws IOException {
		String running = new String(
				this.mvc.get().uri("/graphql/schema").exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(running).contains("type Query");
		if (Boolean.getBoolean("atlas.schema.update")) {
			Files.writeString(SNAPSHOT, running, StandardCharsets.UTF_8);
			return;
		}
		String committed = Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "";
		assertThat(committed)
			.as("docs/schema.graphqls differs from the running schema (- committed, + running):%n%s%n"
					+ "If the change is meant, refresh the snapshot with%n  %s%nand commit it with a line in "
					+ "docs/schema-changelog.md.", diff(committed, running), REFRESH)
			.isEqualTo(running);
	}

	/**
	 * The lines that differ, with their line numbers, from a longest common subsequence
	 * of the two texts' lines; at most 80 lines of it.
	 */
	static String diff(String before, String after) {
		List<String> a = before.lines().toList();
		List<String> b = after.lines().toList();
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<String> out = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				i++;
				j++;
			}
			else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
				out.add(String.format("+%5d %s", j + 1, b.get(j++)));
			}
			else {
				out.add(String.format("-%5d %s", i + 1, a.get(i++)));
			}
		}
		if (out.size() > 80) {
			int more = out.size() - 80;
			out = new ArrayList<>(out.subList(0, 80));
			out.add("... and " + more + " more lines");
		}
		return String.join(System.lineSeparator(), out);
	}

}
