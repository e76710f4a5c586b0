package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.query.CypherQueries;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Issue 16, point 1: every request is bounded before it runs and while it runs. */
@AtlasTest
class RequestLimitsTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ExecutionGraphQlService service;

	@Autowired
	CypherQueries cypher;

	@Autowired
	Driver driver;

	@Autowired
	Documents documents;

	@Test
	void theCostMultipliesByTheItemsListsCanHold() {
		// issue 16: few fields, 12 levels deep, but each level multiplies by the items
		// its list can hold
		String fanOut = "{ organisations { memberships { state { memberships { organisation { memberships { state { "
				+ "memberships { organisation { memberships { key } } } } } } } } } } }";
		ResponseError error = onlyError(this.graphQl.document(fanOut).execute());
		assertThat(error.getErrorType()).hasToString("LIMIT_EXCEEDED");
		assertThat(error.getMessage()).startsWith("The query's estimated cost is ")
			.contains("more than the budget of 1,000,000 per request.")
			.doesNotContain("atlas.graphql");
		// the same fields for one organisation, a few levels less deep, fit the budget
		this.graphQl
			.document("{ organisation(abbreviation: \"CSTO\") { memberships { state { memberships { "
					+ "organisation { memberships { key } } } } } } }")
			.execute()
			.errors()
			.verify();
	}

	@Test
	void theLimitsApplyToADocumentParsedBefore() {
		// documents of this test's own (the aliases' names), sent twice: the second time
		// graphql-java takes the parsed document from the cache, and the limits still
		// apply
		String tooManyAliases = aliases(31, "state(iso3: \"ARM\") { name }").replace(" a", " cachedAliases");
		String tooCostly = "{ cachedCost: organisations { memberships { state { memberships { organisation { "
				+ "memberships { state { memberships { organisation { memberships { key } } } } } } } } } } }";
		String tooDeep = "{ cachedDepth: organisation(abbreviation: \"CSTO\") { memberships { state { memberships "
				+ "{ organisation { memberships { state { memberships { organisation { memberships { state { "
				+ "memberships { key } } } } } } } } } } } } }";
		for (String document : List.of(tooManyAliases, tooCostly, tooDeep)) {
			ResponseError first = onlyError(this.graphQl.document(document).execute());
			assertThat(first.getErrorType()).as(document).hasToString("LIMIT_EXCEEDED");
			assertThat(this.documents.holds(document)).as("kept parsed: " + document).isTrue();
			ResponseError again = onlyError(this.graphQl.document(document).execute());
			assertThat(again.getErrorType()).as(document).hasToString("LIMIT_EXCEEDED");
			assertThat(again.getMessage()).isEqualTo(first.getMessage());
		}
	}

	@Test
	void pageSizesAndNeighbourhoodDepthsCountInTheCost() {
		String page = "{ states(first: %d) { edges { node { memberships { organisation { memberships { state { "
				+ "memberships { key } } } } } } } } }";
		assertThat(onlyError(this.graphQl.document(page.formatted(100)).execute()).getErrorType())
			.hasToString("LIMIT_EXCEEDED");
		this.graphQl.document(page.formatted(5)).execute().errors().verify();
		String neighbourhood = "neighbourhood(key: \"ARM\", depth: %d) { nodes { id key label kind } "
				+ "edges { start end type sources { title url publisher kind } } }";
		this.graphQl.document(aliases(25, neighbourhood.formatted(1))).execute().errors().verify();
		assertThat(onlyError(this.graphQl.document(aliases(25, neighbourhood.formatted(3))).execute()).getMessage())
			.contains("estimated cost");
	}

	@Test
	void aliasesAreCountedWhereverTheyAre() {
		String state = "state(iso3: \"ARM\") { name }";
		assertThat(onlyError(this.graphQl.document(aliases(31, state)).execute()).getMessage())
			.isEqualTo("The query has 31 aliased fields, more than the limit of 30 per request.");
		this.graphQl.document(aliases(30, state)).execute().errors().verify();
		// ten aliases in a fragment spread four times are forty
		String spread = "{ a: state(iso3: \"ARM\") { ...f } b: state(iso3: \"ARM\") { ...f } "
				+ "c: state(iso3: \"ARM\") { ...f } d: state(iso3: \"ARM\") { ...f } } fragment f on State { "
				+ "n0: name n1: name n2: name n3: name n4: name n5: name n6: name n7: name n8: name n9: name }";
		assertThat(onlyError(this.graphQl.document(spread).execute()).getMessage()).contains("44 aliased fields");
	}

	@Test
	void aBadArgumentNullsOnlyItsFieldWhereTheSchemaAllowsNull() {
		GraphQlTester.Response response = this.graphQl
			.document("{ state(iso3: \"ARM\") { name } neighbourhood(key: \"ARM\", depth: 9) { centre { key } } }")
			.execute();
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getErrorType()).hasToString("BAD_REQUEST");
			assertThat(e.getMessage()).isEqualTo("Argument 'depth' must be between 1 and 3, not 9");
		}));
		response.path("state.name").entity(String.class).isEqualTo("Armenia");
		response.path("neighbourhood").valueIsNull();
	}

	@Test
	void aPageBeyondTheLargestIsALimitNamedInWords() {
		ResponseError error = onlyError(
				this.graphQl.document("{ states(first: 1000) { pageInfo { hasNextPage } } }").execute());
		assertThat(error.getErrorType()).hasToString("LIMIT_EXCEEDED");
		assertThat(error.getMessage()).isEqualTo("Argument 'first' is 1000, more than the largest page of 100 items");
	}

	@Test
	void searchTextIsLimitedInLengthAndWords() {
		String search = "query($t: String!) { search(text: $t) { key } }";
		assertThat(onlyError(this.graphQl.document(search).variable("t", "x".repeat(201)).execute()).getMessage())
			.isEqualTo("Argument 'text' is 201 characters long, more than the limit of 200 characters");
		assertThat(onlyError(this.graphQl.document(search).variable("t", "ab ".repeat(11)).execute()).getMessage())
			.isEqualTo("Argument 'text' has 11 words, more than the limit of 10 words");
		StringBuilder distinct = new StringBuilder();
		for (int i = 0; i < 2000; i++) {
			distinct.append(Integer.toString(i, 36)).append(' ');
		}
		ResponseError error = onlyError(this.graphQl.document(search).variable("t", distinct.toString()).execute());
		assertThat(error.getErrorType()).hasToString("LIMIT_EXCEEDED");
		this.graphQl.document(search)
			.variable("t", "one two three four five six seven eight nine tashkent")
			.execute()
			.errors()
			.verify();
	}

	@Test
	void documentsAndVariablesAreLimitedInSizeBeforeTheyAreParsed() {
		String padded = "{ state(iso3: \\\"ARM\\\") { name } } #" + "x".repeat(17_000);
		assertThat(post("{\"query\": \"" + padded + "\"}")).contains("\"LIMIT_EXCEEDED\"")
			.contains("The query document is 17,0")
			.contains("more than the limit of 16,384 bytes");
		String overlap = "query($o: [String!]!) { overlap(organisations: $o) { iso3 } }";
		String items = String.join(",", Collections.nCopies(101, "\"CSTO\""));
		assertThat(post("{\"query\": \"" + overlap + "\", \"variables\": {\"o\": [" + items + "]}}"))
			.contains("\"LIMIT_EXCEEDED\"")
			.contains("A list in the variables has 101 items, more than the limit of 100 items per list.");
		String thousands = String.join(",", Collections.nCopies(3_000, "\"MEMBER\""));
		assertThat(post("{\"query\": \"query($r: [MembershipRole!]) { overlapMatrix(roles: $r) { count } }\", "
				+ "\"variables\": {\"r\": [" + thousands + "]}}"))
			.contains("\"LIMIT_EXCEEDED\"")
			.contains("The variables are longer than the limit of 16,384 bytes.");
		// a body far beyond any document and variables within their limits is not even
		// read
		String million = String.join(",", Collections.nCopies(1_000_000, "\"MEMBER\""));
		assertThat(post("{\"query\": \"query($r: [MembershipRole!]) { overlapMatrix(roles: $r) { count } }\", "
				+ "\"variables\": {\"r\": [" + million + "]}}"))
			.contains("\"LIMIT_EXCEEDED\"")
			.contains("The request body is longer than the limit of 131,072 bytes.");
		assertThat(post("{\"query\": \"" + overlap + "\", \"variables\": {\"o\": [\"CSTO\", \"SCO\"]}}"))
			.doesNotContain("errors")
			.contains("\"KAZ\"");
	}

	@Test
	void aRequestPastItsDeadlineAnswersOneTimeoutError() {
		ExecutionGraphQlResponse response = runWithin(Duration.ZERO,
				"{ a: neighbourhood(key: \"RUS\", depth: 2) { nodes { id } } b: state(iso3: \"ARM\") { name } }");
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).hasToString("TIMEOUT");
			assertThat(error.getMessage())
				.startsWith("The request did not finish within its time limit of 0 milliseconds");
		});
		assertThat(runWithin(Duration.ofSeconds(5), "{ state(iso3: \"ARM\") { name } }").getErrors()).isEmpty();
	}

	@Test
	void theDatabaseStopsAReadWhenItsRequestRunsOutOfTime() {
		RequestDeadline deadline = new RequestDeadline(Duration.ofMillis(300));
		long start = System.nanoTime();
		RequestDeadline.enter(deadline);
		try {
			assertThatThrownBy(() -> this.cypher
				.rows("UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 " + "RETURN count(x) AS n", Map.of()))
				.isInstanceOf(RequestTimeoutException.class)
				.hasMessageContaining("time limit of 300 milliseconds");
		}
		finally {
			RequestDeadline.leave();
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		List<String> running = this.driver.executableQuery("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("currentQuery").asString(""))
			.filter(q -> q.contains("range(1, 1000000000)"))
			.toList();
		assertThat(running).isEmpty();
	}

	@Test
	void malformedLiteralsAreNamedAsTheClientWroteThem() {
		ResponseError error = onlyError(
				this.graphQl.document("{ overlap(organisations: [\"CSTO\"], asOf: \"2022-13-01\") { iso3 } }")
					.execute());
		assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
		assertThat(error.getMessage()).isEqualTo("asOf: \"2022-13-01\" is not a date (YYYY-MM-DD)");
		assertThat(error.getExtensions()).containsEntry("argument", "asOf");
		assertThat(ErrorClassifications.readable("Validation error (WrongType@[overlap]) : argument 'roles' with value "
				+ "'ArrayValue{values=[EnumValue{name='MEMBER'}, IntValue{value=3}]}' is not a valid 'MembershipRole'"))
			.isEqualTo(
					"Invalid query at 'overlap': argument 'roles' with value '[MEMBER, 3]' is not a valid 'MembershipRole'");
	}

	private ExecutionGraphQlResponse runWithin(Duration limit, String document) {
		var request = new DefaultExecutionGraphQlRequest(document, null, Map.of(), Map.of(),
				UUID.randomUUID().toString(), Locale.ENGLISH);
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(RequestDeadline.CONTEXT_KEY, new RequestDeadline(limit));
			return input;
		});
		return this.service.execute(request).block(Duration.ofSeconds(30));
	}

	private String post(String body) {
		var response = this.mvc.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange()
			.getResponse();
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static String aliases(int count, String field) {
		StringBuilder document = new StringBuilder("{");
		for (int i = 0; i < count; i++) {
			document.append(" a").append(i).append(": ").append(field);
		}
		return document.append(" }").toString();
	}

	private static ResponseError onlyError(GraphQlTester.Response response) {
		ResponseError[] only = new ResponseError[1];
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			only[0] = errors.getFirst();
		});
		return only[0];
	}

}
