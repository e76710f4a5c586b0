package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import org.allianceatlas.AtlasTest;
import org.allianceatlas.GraphQlErrors;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What holds for the API as a whole: descriptions, published schema, GraphiQL, CORS,
 * limits, bad input.
 */
@AtlasTest
class ApiConventionsTests {

	private static final Set<String> BUILT_IN = Set.of("String", "Int", "Float", "Boolean", "ID");

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Driver driver;

	@Test
	void everyTypeFieldArgumentAndEnumValueHasADescription() {
		GraphQLSchema schema = this.graphQlSource.schema();
		List<String> missing = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			String name = type.getName();
			if (name.startsWith("__") || BUILT_IN.contains(name)) {
				continue;
			}
			if (isBlank(type.getDescription())) {
				missing.add(name);
			}
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					if (isBlank(field.getDescription())) {
						missing.add(name + "." + field.getName());
					}
					for (GraphQLArgument argument : field.getArguments()) {
						if (isBlank(argument.getDescription())) {
							missing.add(name + "." + field.getName() + "(" + argument.getName() + ")");
						}
					}
				}
			}
			if (type instanceof GraphQLEnumType enumType) {
				for (GraphQLEnumValueDefinition value : enumType.getValues()) {
					if (isBlank(value.getDescription())) {
						missing.add(name + "." + value.getName());
					}
				}
			}
		}
		assertThat(missing).as("types, fields, arguments and enum values without a description").isEmpty();
	}

	@Test
	void thePrintedSchemaIsPublished() {
		assertThat(this.mvc.get().uri("/graphql/schema")).hasStatusOk()
			.bodyText()
			.contains("type Organisation")
			.contains("scalar PartialDate");
	}

	@Test
	void graphiqlIsServedFromTheApplicationItselfNotFromACdn() {
		assertThat(this.mvc.get().uri("/graphiql")).hasStatusOk()
			.bodyText()
			.contains("data-endpoint=\"/graphql\"")
			.containsPattern("src=\"/webjars/graphiql/[0-9.]+/graphiql.min.js\"")
			.containsPattern("src=\"/webjars/react/[0-9.]+/umd/react.production.min.js\"")
			.doesNotContainPattern("(src|href)=\"(https?:)?//");
		List.of("/webjars/graphiql/graphiql.min.js", "/webjars/graphiql/graphiql.min.css",
				"/webjars/react/umd/react.production.min.js", "/webjars/react-dom/umd/react-dom.production.min.js",
				"/js/graphiql.js")
			.forEach((asset) -> assertThat(this.mvc.get().uri(asset)).as(asset).hasStatusOk());
	}

	@Test
	void corsAllowsConfiguredOriginsOnly() {
		assertThat(this.mvc.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")).hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173");
		assertThat(this.mvc.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")).hasStatus(403);
	}

	@Test
	void overHttpErrorsAreJsonWithClassification() {
		assertThat(this.mvc.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"query\":\"{ state(iso3: \\\"XXX\\\") { name } }\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.errors[0].extensions.classification")
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void aQueryTooDeepNamesTheLimitAndItsValue() {
		// 4 levels of memberships { organisation / state { ... } } under state: 18 levels
		// counting the leaf
		String deep = "{ state(iso3: \"ARM\") { " + "memberships { organisation { memberships { state { ".repeat(4)
				+ "name" + " } } } }".repeat(4) + " } }";
		this.graphQl.document(deep).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.getFirst().getMessage()).contains("18 levels deep, more than the limit of 12 levels")
				.doesNotContain("atlas.graphql");
			assertThat(errors.getFirst().getErrorType()).hasToString("LIMIT_EXCEEDED");
		});
	}

	@Test
	void graphiqlsIntrospectionIsNotHeldToTheDataLimits() {
		// the TypeRef fragment of GraphiQL's introspection query alone is 10 levels deep
		String typeRef = "kind name " + "ofType { kind name ".repeat(9) + "}".repeat(9);
		String introspection = "{ __schema { types { name fields { name args { name type { " + typeRef + " } } type { "
				+ typeRef + " } } } } }";
		this.graphQl.document(introspection)
			.execute()
			.errors()
			.verify()
			.path("__schema.types")
			.entityList(Object.class)
			.hasSizeGreaterThan(20);
	}

	@Test
	void badInputChangesNothing() {
		long[] before = countGraph();
		this.graphQl.document("{ organisation(abbreviation: \"X\\\") DETACH DELETE n //\") { name } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.oneError(ErrorType.NOT_FOUND, "abbreviation"));
		this.graphQl.document("{ overlap(organisations: []) { iso3 } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.oneError(ErrorType.BAD_REQUEST, "organisations"));
		// An unknown organisation beside a known one is named, not answered as "no
		// overlap".
		this.graphQl.document("{ overlap(organisations: [\"CSTO\", \"NOPE\"]) { iso3 } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getMessage()).contains("NOPE", "'organisations'");
			}));
		// The message quotes the unknown key as given; it names the argument and runs
		// nothing.
		this.graphQl.document("{ connection(from: \"ARM\", to: \"') MATCH (n) DELETE n\") { length } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getMessage()).contains("(argument 'to')");
			}));
		// Lucene syntax is not passed on: the words "or" and "1" are searched for like
		// any others.
		this.graphQl.document("{ search(text: \"*:* OR 1=1\") { key } }")
			.execute()
			.path("search")
			.entityList(Object.class)
			.hasSizeLessThan(20);
		this.graphQl.document("{ state(iso3: \"ARM\") { memberships(asOf: \"yesterday\") { key } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("yesterday")));
		this.graphQl.document("{ states(first: -1) { pageInfo { hasNextPage } } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.oneError(ErrorType.BAD_REQUEST, "first"));
		assertThat(countGraph()).containsExactly(before);
	}

	@Test
	void cursorsNearTheLargestIntegerAreRefused() {
		String cursor = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("atlas:2147483647".getBytes(StandardCharsets.UTF_8));
		this.graphQl.document("query($c: String) { states(after: $c) { pageInfo { hasNextPage } } }")
			.variable("c", cursor)
			.execute()
			.errors()
			.satisfy(GraphQlErrors.oneError(ErrorType.BAD_REQUEST, "after"));
	}

	private long[] countGraph() {
		Map<String, Object> row = this.driver
			.executableQuery(
					"MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships")
			.execute()
			.records()
			.getFirst()
			.asMap();
		return new long[] { (Long) row.get("nodes"), (Long) row.get("relationships") };
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
