package org.allianceatlas.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.allianceatlas.AtlasTest;
import org.allianceatlas.graphql.GraphQlLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Issue 16, point 6: a bounded fuzz run over HTTP. A few hundred documents are generated
 * from the schema with a fixed seed (valid and invalid arguments, aliases, nesting),
 * followed by the expensive and malformed requests the issue found. No answer may be a
 * 5xx, leak a class name, Cypher, a Neo4j code or a file path, or take longer than the
 * request deadline (plus the time to move a large body on this machine).
 */
@AtlasTest
class FuzzTests {

	private static final long SEED = 16;

	private static final int GENERATED = 200;

	/**
	 * Reading and parsing a body of several megabytes on a loaded two-core machine,
	 * beyond the deadline.
	 */
	private static final Duration TRANSFER_ALLOWANCE = Duration.ofSeconds(3);

	/**
	 * What an answer must never show: internals of Java, Spring, graphql-java, Neo4j and
	 * the file system.
	 */
	private static final Pattern LEAK = Pattern.compile("org\\.allianceatlas|java\\.(lang|util|io)|springframework|"
			+ "graphql\\.(execution|schema|language|validation)|Exception|\\bat [a-z]+\\.[a-z]+\\.|MATCH \\(|"
			+ "RETURN |elementId|Neo\\.(Client|Transient|Database)Error|/work/|/tmp/|/root/|\\.java\\b|"
			+ "(String|Int|Enum|Array|Object)Value\\{|atlas\\.graphql\\.");

	private static final List<String> STRINGS = List.of("ARM", "CSTO", "RUS", "SCO", "CIS", "GUAM", "UZB", "XXX", "",
			" ", "одкб", "tashkent", "' OR '1'='1", "*:* OR 1=1", "\\\") { x } #", "\\u0000", "😀", "a\\nb", "%s%n",
			"${jndi:ldap://x}", "../../etc/passwd");

	private static final List<String> INTS = List.of("-1", "0", "1", "2", "3", "4", "5", "20", "100", "101", "1000",
			"2147483647", "-2147483648", "99999999999", "\"3\"", "1.5");

	private static final List<String> DATES = List.of("\"2024-06-01\"", "\"1991-12-21\"", "\"2022-13-01\"",
			"\"2024-02-30\"", "\"yesterday\"", "\"\"", "20240601", "\"2024\"", "\"+999999999-12-31\"");

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	GraphQlLimits limits;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void noFuzzedRequestFailsTheServerLeaksInternalsOrOutlivesTheDeadline() throws Exception {
		GraphQLSchema schema = this.graphQlSource.schema();
		Random random = new Random(SEED);
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < GENERATED; i++) {
			bodies.add(json(new Generator(schema, random).document()));
		}
		bodies.addAll(issueCases());
		List<String> problems = new ArrayList<>();
		Duration allowed = this.limits.timeout().plus(TRANSFER_ALLOWANCE);
		for (String body : bodies) {
			long start = System.nanoTime();
			String shown = body.substring(0, Math.min(160, body.length()));
			HttpResponse<String> response;
			try {
				response = post(body);
			}
			catch (HttpTimeoutException ex) {
				problems.add("no answer within a minute for " + shown);
				continue;
			}
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			if (response.statusCode() >= 500) {
				problems.add("HTTP " + response.statusCode() + " for " + shown);
			}
			Matcher leak = LEAK.matcher(response.body());
			if (leak.find()) {
				problems.add("leaks '" + leak.group() + "' for " + shown + ": "
						+ response.body().substring(0, Math.min(300, response.body().length())));
			}
			if (took.compareTo(allowed) > 0) {
				problems.add("took " + took.toMillis() + " ms for " + shown);
			}
		}
		assertThat(problems).as("problems among %d requests", bodies.size()).isEmpty();
	}

	/** The cases of issue 16, and some malformed bodies. */
	private static List<String> issueCases() {
		List<String> cases = new ArrayList<>();
		cases.add(json("{ organisations { memberships { state { memberships { organisation { memberships { state { "
				+ "memberships { organisation { memberships { key } } } } } } } } } } }"));
		cases.add(json(aliases(133, "neighbourhood(key: \"RUS\", depth: 3) { nodes { id } edges { start end } }")));
		cases.add(json(aliases(199, "connection(from: \"ARM\", to: \"CHN\") { length }")));
		cases.add(json(aliases(100, "neighbourhood(key: \"RUS\", depth: 2) { edges { sources { title } } }")));
		cases.add(json("{ neighbourhood(key: \"RUS\", depth: 12) { nodes { id } } }"));
		String search = "query($t: String!) { search(text: $t) { key } }";
		cases.add(withVariables(search, "{\"t\": \"" + "x".repeat(1 << 20) + "\"}"));
		cases.add(withVariables(search, "{\"t\": \"" + "ab ".repeat(349_000) + "\"}"));
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < 2000; i++) {
			words.append("w").append(Integer.toString(i, 36)).append(' ');
		}
		cases.add(withVariables(search, "{\"t\": \"" + words + "\"}"));
		cases.add(json("{ search(text: \"" + words + "\") { key } }"));
		cases.add(withVariables("query($o: [String!]!) { overlap(organisations: $o) { iso3 } }",
				"{\"o\": [" + String.join(",", Collections.nCopies(1_000_000, "\"CSTO\"")) + "]}"));
		cases.add(withVariables("query($r: [MembershipRole!]) { overlapMatrix(roles: $r) { count } }",
				"{\"r\": [" + String.join(",", Collections.nCopies(1_000_000, "\"MEMBER\"")) + "]}"));
		cases.add(json("{ overlap(organisations: [\"CSTO\"], asOf: \"2022-13-01\") { iso3 } }"));
		cases.add(json("{ state(iso3: \"ARM\") { memberships(asOf: 20220101) { key } } }"));
		cases.add(withVariables("query($d: Date) { overlapMatrix(asOf: $d) { count } }", "{\"d\": \"2022-02-30\"}"));
		cases.add(json("{ states(first: 1000) { edges { node { iso3 } } } }"));
		cases.add(json("{ " + "state(iso3: \"ARM\") { ".repeat(40) + "}".repeat(40)));
		cases
			.add(json("{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }"));
		cases.add(json("query { a: __typename " + "b: __typename ".repeat(5000) + "}"));
		cases.add("{\"query\": ");
		cases.add("not json at all");
		cases.add("{\"query\": 42}");
		cases.add("{\"query\": \"{ state(iso3: \\\"ARM\\\") { name } }\", \"variables\": \"nope\"}");
		cases.add("[" + json("{ __typename }") + "]");
		return cases;
	}

	private HttpResponse<String> post(String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String aliases(int count, String field) {
		StringBuilder document = new StringBuilder("{");
		for (int i = 0; i < count; i++) {
			document.append(" a").append(i).append(": ").append(field);
		}
		return document.append(" }").toString();
	}

	private static String json(String document) {
		return "{\"query\": \"" + document.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
	}

	private static String withVariables(String document, String variables) {
		return "{\"query\": \"" + document + "\", \"variables\": " + variables + "}";
	}

	/**
	 * One random document: up to three root fields, random arguments (often wrong),
	 * random selections.
	 */
	private static final class Generator {

		private static final int MAX_NESTING = 6;

		private final GraphQLSchema schema;

		private final Random random;

		Generator(GraphQLSchema schema, Random random) {
			this.schema = schema;
			this.random = random;
		}

		String document() {
			StringBuilder document = new StringBuilder("{");
			int roots = 1 + this.random.nextInt(3);
			for (int i = 0; i < roots; i++) {
				document.append(' ');
				field(document, pick(fieldsOf(this.schema.getQueryType())), 0, i);
			}
			return document.append(" }").toString();
		}

		private void field(StringBuilder out, GraphQLFieldDefinition field, int nesting, int index) {
			if (this.random.nextInt(4) == 0) {
				out.append("f").append(nesting).append('_').append(index).append(": ");
			}
			out.append(field.getName());
			List<GraphQLArgument> arguments = field.getArguments()
				.stream()
				.filter(a -> GraphQLTypeUtil.isNonNull(a.getType()) || this.random.nextBoolean())
				.toList();
			if (!arguments.isEmpty()) {
				out.append('(');
				for (GraphQLArgument argument : arguments) {
					out.append(argument.getName()).append(": ").append(value(argument.getType())).append(' ');
				}
				out.append(')');
			}
			if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer object) {
				out.append(" { ");
				List<GraphQLFieldDefinition> fields = fieldsOf(object);
				int count = 1 + this.random.nextInt(Math.min(4, fields.size()));
				for (int i = 0; i < count; i++) {
					GraphQLFieldDefinition child = pick(fields);
					boolean composite = GraphQLTypeUtil.unwrapAll(child.getType()) instanceof GraphQLFieldsContainer;
					if (composite && nesting >= MAX_NESTING) {
						out.append("__typename ");
					}
					else {
						field(out, child, nesting + 1, i);
						out.append(' ');
					}
				}
				out.append('}');
			}
		}

		private String value(GraphQLInputType type) {
			if (this.random.nextInt(20) == 0) {
				return pick(List.of("null", "\"wrong\"", "7", "[1, 2]", "{ a: 1 }", "$undefined"));
			}
			GraphQLType inner = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
			if (inner instanceof GraphQLList list) {
				int items = this.random.nextInt(4);
				List<String> values = new ArrayList<>();
				for (int i = 0; i < items; i++) {
					values.add(value((GraphQLInputType) list.getWrappedType()));
				}
				return "[" + String.join(", ", values) + "]";
			}
			if (inner instanceof GraphQLEnumType enumType) {
				return (this.random.nextInt(6) == 0) ? "NOPE" : pick(enumType.getValues()).getName();
			}
			if (inner instanceof GraphQLInputObjectType input) {
				List<String> fields = new ArrayList<>();
				for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
					if (GraphQLTypeUtil.isNonNull(field.getType()) || this.random.nextBoolean()) {
						fields.add(field.getName() + ": " + value(field.getType()));
					}
				}
				return "{" + String.join(", ", fields) + "}";
			}
			String scalar = ((GraphQLScalarType) inner).getName();
			return switch (scalar) {
				case "Int" -> pick(INTS);
				case "Float" -> pick(List.of("0.5", "1e308", "-1"));
				case "Boolean" -> pick(List.of("true", "false", "\"yes\""));
				case "Date", "PartialDate" -> pick(DATES);
				default -> (this.random.nextInt(15) == 0) ? "\"" + "ab ".repeat(this.random.nextInt(3000)) + "\""
						: "\"" + pick(STRINGS) + "\"";
			};
		}

		private static List<GraphQLFieldDefinition> fieldsOf(GraphQLFieldsContainer type) {
			return type.getFieldDefinitions().stream().filter(f -> !f.getName().startsWith("__")).toList();
		}

		private <T> T pick(List<T> items) {
			return items.get(this.random.nextInt(items.size()));
		}

	}

}
