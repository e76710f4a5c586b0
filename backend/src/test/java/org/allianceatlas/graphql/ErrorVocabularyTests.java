package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * One request over HTTP for each kind of mistake a client can make, against the seeded
 * graph: every error carries a classification of the README's table, the argument (or
 * variable) at fault, and a message in the client's terms. TIMEOUT, BUSY and UNAVAILABLE
 * are proven where they can be provoked: {@code RequestLimitsTests},
 * {@code ExpensiveRequestsTests}, {@code DatabaseOutageTests}.
 */
@AtlasTest
class ErrorVocabularyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void aMalformedDateLiteralIsNamedAsWritten() {
		Map<String, Object> error = onlyError("{ overlap(organisations: [\"CSTO\"], asOf: \"2022-13-01\") { iso3 } }",
				null);
		assertThat(error.get("message")).isEqualTo("asOf: \"2022-13-01\" is not a date (YYYY-MM-DD)");
		assertThat(extensions(error)).containsEntry("classification", "BAD_REQUEST")
			.containsEntry("argument", "asOf")
			.containsEntry("field", "overlap")
			.containsEntry("detail", "ValidationError: WrongType");
	}

	@Test
	void aMalformedDateVariableIsNamedAsWritten() {
		Map<String, Object> error = onlyError(
				"query($d: Date) { overlap(organisations: [\"CSTO\"], asOf: $d) { iso3 } }", Map.of("d", "2022-13-01"));
		assertThat(error.get("message")).isEqualTo("$d: \"2022-13-01\" is not a date (YYYY-MM-DD)");
		assertThat(extensions(error)).containsEntry("classification", "BAD_REQUEST").containsEntry("variable", "d");
	}

	@Test
	void anUnknownEnumValueListsTheValidOnes() {
		Map<String, Object> literal = onlyError("{ overlap(organisations: [\"CSTO\"], roles: [MEMBER, FOO]) { iso3 } }",
				null);
		assertThat(literal.get("message").toString())
			.startsWith("roles[1]: FOO is not a MembershipRole (one of MEMBER,")
			.contains("OBSERVER");
		assertThat(extensions(literal)).containsEntry("classification", "BAD_REQUEST")
			.containsEntry("argument", "roles");
		Map<String, Object> variable = onlyError(
				"query($r: [MembershipRole!]) { overlap(organisations: [\"CSTO\"], roles: $r) { iso3 } }",
				Map.of("r", List.of("FOO")));
		assertThat(variable.get("message").toString())
			.startsWith("$r: \"FOO\" is not a MembershipRole (one of MEMBER,");
	}

	@Test
	void aWrongTypeAndAMissingArgumentNameTheArgument() {
		Map<String, Object> wrong = onlyError("{ state(iso3: 3) { name } }", null);
		assertThat(wrong.get("message")).isEqualTo("iso3: 3 is not a string");
		assertThat(extensions(wrong)).containsEntry("argument", "iso3");
		Map<String, Object> missing = onlyError("{ state { name } }", null);
		assertThat(missing.get("message")).isEqualTo("Invalid query at 'state': Missing field argument 'iso3'");
		assertThat(extensions(missing)).containsEntry("classification", "BAD_REQUEST")
			.containsEntry("argument", "iso3")
			.containsEntry("detail", "ValidationError: MissingFieldArgument");
	}

	@Test
	void aSyntaxErrorAndAnUnknownOperationAreBadRequests() {
		Map<String, Object> syntax = onlyError("{ state(iso3: \"ARM\") { name }", null);
		assertThat(syntax.get("message").toString()).startsWith("Invalid syntax");
		assertThat(extensions(syntax)).containsEntry("classification", "BAD_REQUEST")
			.containsEntry("detail", "InvalidSyntax");
		Map<String, Object> subscription = onlyError("subscription { x }", null);
		assertThat(subscription.get("message"))
			.isEqualTo("Invalid query: The 'Subscription' operation is not supported by the schema");
		assertThat(extensions(subscription)).containsEntry("classification", "BAD_REQUEST");
		Map<String, Object> mutation = onlyError("mutation { x }", null);
		assertThat(mutation.get("message"))
			.isEqualTo("Invalid query at 'x': Field 'x' in type 'Mutation' is undefined");
		assertThat(extensions(mutation)).containsEntry("classification", "BAD_REQUEST");
	}

	@Test
	void aBodyThatIsNoGraphQlRequestIsABadRequestToo() {
		for (String body : List.of("{not json", "{\"variables\": {}}")) {
			MockHttpServletResponse response = exchange(body);
			assertThat(response.getStatus()).as(body).isEqualTo(400);
			Map<String, Object> error = errors(response).getFirst();
			assertThat(error.get("message").toString()).startsWith("The request body is not a GraphQL request");
			assertThat(extensions(error)).containsEntry("classification", "BAD_REQUEST");
		}
	}

	@Test
	void anArgumentOutOfRangeIsABadRequestOfThatArgument() {
		Map<String, Object> error = onlyError("{ neighbourhood(key: \"ARM\", depth: 9) { nodes { id } } }", null);
		assertThat(error.get("message")).isEqualTo("Argument 'depth' must be between 1 and 3, not 9");
		assertThat(extensions(error)).containsEntry("classification", "BAD_REQUEST").containsEntry("argument", "depth");
	}

	@Test
	void anUnknownKeyIsNotFoundNamingItsArgument() {
		Map<String, Object> error = onlyError("{ state(iso3: \"XXX\") { name } }", null);
		assertThat(error.get("message")).isEqualTo("No state 'XXX' (argument 'iso3')");
		assertThat(extensions(error)).containsEntry("classification", "NOT_FOUND").containsEntry("argument", "iso3");
	}

	@Test
	void aLimitNamesItsArgumentOrNoneForTheWholeRequest() {
		Map<String, Object> page = onlyError("{ states(first: 1000) { pageInfo { hasNextPage } } }", null);
		assertThat(page.get("message").toString())
			.isEqualTo("Argument 'first' is 1000, more than the largest page of 100 items");
		assertThat(extensions(page)).containsEntry("classification", "LIMIT_EXCEEDED")
			.containsEntry("argument", "first");
		StringBuilder aliases = new StringBuilder("{");
		for (int i = 0; i < 31; i++) {
			aliases.append(" a").append(i).append(": counts { states }");
		}
		Map<String, Object> request = onlyError(aliases.append(" }").toString(), null);
		assertThat(request.get("message"))
			.isEqualTo("The query has 31 aliased fields, more than the limit of 30 per request.");
		assertThat(extensions(request)).containsEntry("classification", "LIMIT_EXCEEDED").doesNotContainKey("argument");
	}

	@Test
	void anUnknownPersistedQueryIsNotFoundInApollosTerms() {
		Map<String, Object> error = errors(exchange("{\"extensions\": {\"persistedQuery\": {\"version\": 1, "
				+ "\"sha256Hash\": \"" + "0".repeat(64) + "\"}}}"))
			.getFirst();
		assertThat(error.get("message")).isEqualTo("PersistedQueryNotFound");
		assertThat(extensions(error)).containsEntry("classification", "NOT_FOUND")
			.containsEntry("code", "PERSISTED_QUERY_NOT_FOUND")
			.doesNotContainKey("generatedBy");
	}

	private Map<String, Object> onlyError(String document, Map<String, Object> variables) {
		Map<String, Object> body = (variables != null) ? Map.of("query", document, "variables", variables)
				: Map.of("query", document);
		MockHttpServletResponse response = exchange(this.json.writeValueAsString(body));
		List<Map<String, Object>> errors = errors(response);
		assertThat(errors).as(document).hasSize(1);
		assertThat(errors.getFirst().toString()).doesNotContain("StringValue", "Exception", "graphql-java", "org.");
		return errors.getFirst();
	}

	private MockHttpServletResponse exchange(String body) {
		return this.mvc.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange()
			.getResponse();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> errors(MockHttpServletResponse response) {
		String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		Map<String, Object> answer = this.json.readValue(text, Map.class);
		return (List<Map<String, Object>>) answer.get("errors");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensions(Map<String, Object> error) {
		return (Map<String, Object>) error.get("extensions");
	}

}
