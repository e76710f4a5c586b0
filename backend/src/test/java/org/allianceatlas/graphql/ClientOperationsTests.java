package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.util.FileSystemUtils;

/**
 * The TypeScript client example (docs/client): its operations validate against the
 * running schema, and, where npm is installed, GraphQL Code Generator turns them into
 * types from the committed schema snapshot and TypeScript compiles the example that uses
 * them. Without npm that second part is skipped, saying so.
 */
@AtlasTest
class ClientOperationsTests {

	private static final Path CLIENT = Path.of("../docs/client");

	/** What npm says when it cannot reach the registry. */
	private static final Pattern OFFLINE = Pattern.compile("ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENETUNREACH");

	@Autowired
	GraphQlSource source;

	@Test
	void everyClientOperationValidatesAgainstTheSchema() throws IOException {
		Document document = Parser.parse(Files.readString(CLIENT.resolve("queries.graphql")));
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		assertThat(operations).hasSizeGreaterThanOrEqualTo(4).allSatisfy(op -> assertThat(op.getName()).isNotBlank());
		List<ValidationError> errors = new Validator().validateDocument(this.source.schema(), document, Locale.ENGLISH);
		assertThat(errors).as("docs/client/queries.graphql against the running schema").isEmpty();
	}

	@Test
	void graphQlCodeGeneratorTypesTheOperations() throws Exception {
		Assumptions.assumeTrue(found("npm"),
				"npm is not installed: GraphQL Code Generator (docs/client) is not run; the operations are still "
						+ "validated by everyClientOperationValidatesAgainstTheSchema");
		Path work = Path.of("target/client");
		FileSystemUtils.deleteRecursively(work.resolve("generated"));
		Files.createDirectories(work);
		for (String file : List.of("package.json", "package-lock.json", "codegen.ts", "tsconfig.json",
				"queries.graphql", "example.ts")) {
			Files.copy(CLIENT.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		// codegen.ts reads ../schema.graphqls, relative to where it runs
		Files.copy(SchemaSnapshotTests.SNAPSHOT, work.resolveSibling("schema.graphqls"),
				StandardCopyOption.REPLACE_EXISTING);
		if (!Files.isDirectory(work.resolve("node_modules"))) {
			String install = attempt(work, 600, "npm", "ci", "--no-audit", "--no-fund");
			Assumptions.assumeFalse(install != null && OFFLINE.matcher(install).find(),
					"npm cannot reach its registry, so GraphQL Code Generator (docs/client) is not run:\n" + install);
			assertThat(install).as("npm ci in %s", work).isNull();
		}
		run(work, 300, "npm", "run", "codegen");
		assertThat(work.resolve("generated/graphql.ts")).content().contains("OrganisationMembersDocument");
		run(work, 300, "npm", "run", "check");
	}

	/** Runs a command; a failure's output, or null when it succeeded. */
	private static String attempt(Path dir, int seconds, String... command) throws Exception {
		Path log = dir.resolve("run.log");
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
		if (!done) {
			process.destroyForcibly();
		}
		return (done && process.exitValue() == 0) ? null : Files.readString(log);
	}

	private static void run(Path dir, int seconds, String... command) throws Exception {
		String failure = attempt(dir, seconds, command);
		assertThat(failure).as("%s in %s", String.join(" ", command), dir).isNull();
	}

	private static boolean found(String program) {
		String path = System.getenv("PATH");
		return path != null && List.of(path.split(File.pathSeparator))
			.stream()
			.anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
	}

}
