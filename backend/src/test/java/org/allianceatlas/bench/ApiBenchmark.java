package org.allianceatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Latency of representative API operations against a running app, next to the equivalent
 * Cypher sent straight through the driver to the same database. Not a test: run it on
 * demand (see the README):
 *
 * <pre>
 * ./mvnw -q -pl backend test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.allianceatlas.bench.ApiBenchmark http://localhost:8181/graphql bolt://127.0.0.1:7691"
 * </pre>
 *
 * Arguments: GraphQL URL, Bolt URI, and optionally warm-up and measured iterations
 * (default 50 and 300).
 */
public final class ApiBenchmark {

	private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

	private ApiBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String graphQlUrl = (args.length > 0) ? args[0] : "http://localhost:8181/graphql";
		String boltUri = (args.length > 1) ? args[1] : "bolt://127.0.0.1:7691";
		int warmUp = (args.length > 2) ? Integer.parseInt(args[2]) : 50;
		int measured = (args.length > 3) ? Integer.parseInt(args[3]) : 300;

		System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		// The embedded database's password: NEO4J_PASSWORD, or the file it keeps in its
		// data directory.
		String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
		try (Driver driver = GraphDatabase.driver(boltUri, AuthTokens.basic("neo4j", password),
				Config.builder().withLogging(Logging.none()).build())) {
			driver.verifyConnectivity();
			System.out.printf(Locale.ROOT, "GraphQL %s vs Cypher over %s; %d warm-up, %d measured runs each%n%n",
					graphQlUrl, boltUri, warmUp, measured);
			System.out.printf(Locale.ROOT, "%-34s %12s %12s %12s %12s %9s %9s%n", "operation", "GraphQL p50",
					"GraphQL p99", "Cypher p50", "Cypher p99", "p50 ratio", "p99 ratio");
			for (Operation operation : operations()) {
				Runnable graphQl = () -> postGraphQl(http, graphQlUrl, operation.graphQl());
				Runnable cypher = () -> driver.executableQuery(operation.cypher())
					.withParameters(operation.parameters())
					.execute();
				graphQl.run(); // fails early on a broken query
				double[] g = measure(graphQl, warmUp, measured);
				double[] c = measure(cypher, warmUp, measured);
				System.out.printf(Locale.ROOT, "%-34s %10.2fms %10.2fms %10.2fms %10.2fms %9.2f %9.2f%n",
						operation.name(), g[0], g[1], c[0], c[1], g[0] / c[0], g[1] / c[1]);
			}
		}
	}

	/** Median and 99th percentile in milliseconds. */
	private static double[] measure(Runnable action, int warmUp, int measured) {
		for (int i = 0; i < warmUp; i++) {
			action.run();
		}
		long[] nanos = new long[measured];
		for (int i = 0; i < measured; i++) {
			long start = System.nanoTime();
			action.run();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		long median = nanos[measured / 2];
		long p99 = nanos[Math.max(0, (int) Math.ceil(measured * 0.99) - 1)];
		return new double[] { median / 1e6, p99 / 1e6 };
	}

	private static void postGraphQl(HttpClient http, String url, String query) {
		String body = "{\"query\":" + json(query) + "}";
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				throw new IllegalStateException("GraphQL request failed: " + response.body());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

	private static List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		operations.add(new Operation("organisation + memberships", """
				{ organisation(abbreviation: "CSTO") { abbreviation name
				    memberships { key role status from to state { iso3 name } sources { key title } } } }""",
				"""
						MATCH (o:Organisation {abbreviation: $abbreviation})
						OPTIONAL MATCH (s:State)-[:HOLDS]->(m:Membership)-[:IN]->(o)
						WITH o, s, m ORDER BY s.name, m.validFrom
						RETURN o{.abbreviation, .name} AS organisation,
						       collect({membership: m{.key, .role, .from, .to, .validFrom, .validTo, .endStatus},
						                state: s{.iso3, .name},
						                statusChanges: COLLECT { MATCH (m)-[:HAS_STATUS]->(c:StatusChange) RETURN c{.*} },
						                sources: COLLECT { MATCH (m)-[:CITES]->(x:Source) RETURN x{.key, .title} }}) AS memberships""",
				Map.of("abbreviation", "CSTO")));
		operations.add(new Operation("overlap CSTO x SCO", """
				{ overlap(organisations: ["CSTO", "SCO"], asOf: "2025-01-01") { iso3 name } }""", """
				MATCH (s:State)-[:HOLDS]->(m:Membership)-[:IN]->(o:Organisation)
				WHERE o.abbreviation IN $organisations AND m.role = 'MEMBER'
				  AND (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)
				WITH s, count(DISTINCT o) AS shared WHERE shared = size($organisations)
				RETURN s{.iso3, .name} AS s ORDER BY s.name""",
				Map.of("organisations", List.of("CSTO", "SCO"), "asOf", DAY)));
		operations.add(new Operation("connection ARM -> CHN", """
				{ connection(from: "ARM", to: "CHN") { length
				    steps { node { id label } via { type role from to sources { key } } } } }""",
				"""
						CYPHER 25
						MATCH (a:State {iso3: $from}), (b:State {iso3: $to})
						MATCH p = SHORTEST 1 (a) (()-[r:HOLDS|IN|SUCCEEDED_BY|PART_OF|OBSERVER_IN|COOPERATES_WITH|HELD_OFFICE|NATIONAL_OF]-(x))+ (b)
						RETURN [n IN nodes(p) | n{.iso3, .abbreviation, .key, .name, .role, .from, .to,
						          sources: COLLECT { MATCH (n)-[:CITES]->(s:Source) RETURN s.key }}] AS nodes,
						       [r IN relationships(p) | properties(r)] AS relationships""",
				Map.of("from", "ARM", "to", "CHN")));
		operations.add(new Operation("search \"одкб\"", """
				{ search(text: "одкб") { kind key name matched score } }""", """
				CALL db.index.fulltext.queryNodes('atlas_search', $query, {limit: 100}) YIELD node, score
				OPTIONAL MATCH (owner)-[:HAS_NAME]->(node)
				WITH coalesce(owner, node) AS thing, score
				WITH thing, max(score) AS score
				RETURN labels(thing) AS labels, thing{.iso3, .abbreviation, .key, .name, .title} AS thing, score
				ORDER BY score DESC LIMIT 20""", Map.of("query", "(одкб OR одкб*)")));
		operations.add(new Operation("neighbourhood ARM depth 2", """
				{ neighbourhood(key: "ARM", depth: 2, asOf: "2025-01-01") {
				    nodes { id kind label } edges { start end type role from to sources { key } } } }""",
				"""
						MATCH (a:State {iso3: $iso3})
						MATCH p = (a) (()-[:HOLDS|IN|SUCCEEDED_BY|PART_OF|OBSERVER_IN|COOPERATES_WITH|HELD_OFFICE|NATIONAL_OF|CONCERNS|INVOLVES]-(x)
						      WHERE NOT x:Membership OR ((x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf))){1,4} ()
						UNWIND relationships(p) AS r
						WITH DISTINCT r, startNode(r) AS a, endNode(r) AS b
						RETURN a{.iso3, .abbreviation, .key, .name, .title} AS start, type(r) AS type, properties(r) AS props,
						       b{.iso3, .abbreviation, .key, .name, .title} AS end,
						       COLLECT { MATCH (a)-[:CITES]->(s:Source) WHERE a:Membership RETURN s.key }
						       + COLLECT { MATCH (b)-[:CITES]->(s:Source) WHERE b:Membership RETURN s.key } AS sources""",
				Map.of("iso3", "ARM", "asOf", DAY)));
		return operations;
	}

	private record Operation(String name, String graphQl, String cypher, Map<String, Object> parameters) {
	}

}
