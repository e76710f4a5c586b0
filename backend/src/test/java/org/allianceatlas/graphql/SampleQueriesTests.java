package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The sample queries the README links to run against the seeded graph as documented. */
@AtlasTest
class SampleQueriesTests {

	private static final Path SAMPLES = Path.of("../docs/sample-queries.graphql");

	/** The samples that show bad input, and the classification each must get. */
	private static final Map<String, String> MISTAKES = Map.of("UnknownOrganisation", "NOT_FOUND", "EmptyOverlap",
			"BAD_REQUEST", "PageTooLarge", "LIMIT_EXCEEDED", "PartialSuccess", "LIMIT_EXCEEDED");

	@Autowired
	GraphQlTester graphQl;

	@Test
	void everySampleRunsAsDocumented() throws IOException {
		String document = Files.readString(SAMPLES);
		Matcher names = Pattern.compile("(?m)^query (\\w+)").matcher(document);
		List<String> operations = names.results().map(m -> m.group(1)).toList();
		assertThat(operations).hasSizeGreaterThan(10).containsAll(MISTAKES.keySet());
		for (String operation : operations) {
			GraphQlTester.Response response = this.graphQl.document(document).operationName(operation).execute();
			if (MISTAKES.containsKey(operation)) {
				response.errors()
					.satisfy(errors -> assertThat(errors).singleElement()
						.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo(MISTAKES.get(operation))));
			}
			else {
				response.errors().verify();
			}
		}
	}

}
