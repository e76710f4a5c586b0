package org.allianceatlas.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 16, point 5: what the service shows of itself, and how it logs what it cannot
 * read. It reads the output of the whole test JVM, so no other test class runs beside it.
 */
@AtlasTest
@ExtendWith(OutputCaptureExtension.class)
@Isolated
class PublicSurfaceTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void onlyHealthIsPublicAmongTheActuatorEndpoints() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
		List.of("/actuator", "/actuator/info", "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/metrics", "/actuator/loggers", "/actuator/heapdump", "/actuator/threaddump",
				"/actuator/mappings", "/actuator/health/db")
			.forEach(path -> assertThat(this.mvc.get().uri(path)).as(path).hasStatus4xxClientError());
	}

	@Test
	void graphQlOverGetServesQueriesAndCorsAdvertisesNothingElse() {
		// issue 12 point 6: GET runs queries (cacheable); anything but GET and POST stays
		// unadvertised
		assertThat(this.mvc.get().uri("/graphql").param("query", "{ __typename }")).hasStatusOk()
			.bodyText()
			.contains("\"Query\"");
		assertThat(this.mvc.get().uri("/graphql").param("query", "mutation { x }")).bodyText()
			.contains("BAD_REQUEST")
			.doesNotContain("\"data\"");
		assertThat(this.mvc.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT")).hasStatus(403);
		assertThat(this.mvc.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")).hasStatusOk()
			.headers()
			.hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,POST");
	}

	@Test
	void malformedInputIsLoggedInOneLineWithoutAStackTrace(CapturedOutput output) {
		int before = output.getAll().length();
		List.of("{\"query\": ", "not json", "{\"query\": 42}",
				"{\"query\": \"{ state(iso3: \\\"ARM\\\") { name } }\", " + "\"variables\": \"nope\"}",
				"{\"query\": \"{ state(\"}", "{\"query\": \"{ nope }\"}",
				"{\"query\": \"{ overlap(organisations: [\\\"CSTO\\\"], asOf: \\\"2022-13-01\\\\nforged line\\\") { iso3 } }\"}",
				"{\"query\": \"{ search(text: \\\"" + "ab ".repeat(50) + "\\\") { key } }\"}")
			.forEach(body -> assertThat(
					this.mvc.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).content(body))
				.as(body)
				.satisfies(result -> assertThat(result.getResponse().getStatus()).isLessThan(500)));
		String logged = output.getAll().substring(before);
		assertThat(logged).doesNotContain("\tat ", "Caused by:", "Exception:\n").doesNotContain("\nforged line");
		assertThat(logged).contains("GraphQL request refused (LIMIT_EXCEEDED): Argument 'text' has 50 words");
	}

}
