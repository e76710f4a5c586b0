package org.allianceatlas.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * The atlas against its floor and its peer, on the same database: for each representative
 * operation, the atlas's GraphQL API, the same question to @neo4j/graphql (the peer,
 * bench/peer) and one hand-written Cypher query through the driver (raw). Not a test: run
 * by bench/compare.sh, which starts all three.
 * <p>
 * Latency: rounds in which every operation runs on every target in turn (the first target
 * changes each round), a batch of sequential requests each, so the machine's drift falls
 * on all alike; p50 and p99 over all rounds. Throughput: for each concurrency, the same
 * interleaving with a few seconds of closed-loop clients per operation and target; the
 * median of the rounds. Ratios: ours/raw and ours/peer.
 * <p>
 * Arguments: ours' GraphQL URL, the peer's URL, the Bolt URI, the password file, rounds
 * (default 5), requests per batch (default 40), seconds per throughput run (default 3),
 * the concurrencies (default "8,32"), and optionally a part of the operation names to
 * run. The environment's {@code BENCH_WARMUP} sets the seconds of warm-up per operation
 * and target (default 15).
 */
public final class CompareBenchmark {

	private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

	private static final List<String> TARGETS = List.of("ours", "peer", "raw");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI ours;

	private final URI peer;

	private final Driver driver;

	/** Requests without an answer in the throughput runs, by operation and target. */
	private final Map<String, Long> failures = new LinkedHashMap<>();

	private CompareBenchmark(URI ours, URI peer, Driver driver) {
		this.ours = ours;
		this.peer = peer;
		this.driver = driver;
	}

	public static void main(String[] args) throws Exception {
		URI ours = local(args[0]);
		URI peer = local(args[1]);
		String password = Files.readString(Path.of(args[3])).strip();
		int rounds = (args.length > 4) ? Integer.parseInt(args[4]) : 5;
		int batch = (args.length > 5) ? Integer.parseInt(args[5]) : 40;
		int seconds = (args.length > 6) ? Integer.parseInt(args[6]) : 3;
		List<Integer> concurrencies = Arrays.stream(((args.length > 7) ? args[7] : "8,32").split(","))
			.map(Integer::parseInt)
			.toList();
		String only = (args.length > 8) ? args[8] : "";
		String warmUpSetting = System.getenv("BENCH_WARMUP");
		int warmUp = (warmUpSetting != null) ? Integer.parseInt(warmUpSetting) : 15;
		System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
		try (Driver driver = GraphDatabase.driver(local(args[2]), AuthTokens.basic("neo4j", password),
				Config.builder().withLogging(Logging.none()).withMaxConnectionPoolSize(64).build())) {
			driver.verifyConnectivity();
			CompareBenchmark bench = new CompareBenchmark(ours, peer, driver);
			List<Operation> operations = operations().stream().filter(o -> o.name().contains(only)).toList();
			bench.check(operations);
			bench.warmUp(operations, Duration.ofSeconds(warmUp));
			bench.latency(operations, rounds, batch);
			for (int concurrency : concurrencies) {
				bench.throughput(operations, Math.max(1, rounds / 2), concurrency, Duration.ofSeconds(seconds));
			}
			System.out.printf(Locale.ROOT, "%nRequests refused or failed in the throughput runs (not counted): %s%n",
					bench.failures.isEmpty() ? "none" : bench.failures);
		}
	}

	private static URI local(String address) {
		URI uri = URI.create(address);
		if (!List.of("127.0.0.1", "localhost").contains(uri.getHost())) {
			throw new IllegalArgumentException("The benchmark runs against this machine only, not " + address);
		}
		return uri;
	}

	/**
	 * Each operation answers on each target before anything is measured. A target just
	 * started on a busy machine may not answer its first requests in time: each gets five
	 * tries, a second apart.
	 */
	private void check(List<Operation> operations) throws InterruptedException {
		for (Operation operation : operations) {
			for (String target : TARGETS) {
				for (int attempt = 1;; attempt++) {
					try {
						run(operation, target);
						break;
					}
					catch (IllegalStateException ex) {
						if (attempt == 5) {
							throw ex;
						}
						System.out.printf(Locale.ROOT, "%s (%s) not answered yet, trying again: %s%n", operation.name(),
								target, ex.getMessage());
						Thread.sleep(1000);
					}
				}
			}
		}
	}

	/**
	 * Before anything is measured, each operation on each target for a while, one request
	 * after another: the servers' JIT compilers need thousands of requests. Without it
	 * the first rounds measured a half-compiled server: from a blocking client, a page of
	 * states took 12 ms over the atlas's first 500 requests and 2.1 ms over its 4,000th
	 * to 4,500th.
	 */
	private void warmUp(List<Operation> operations, Duration each) {
		for (Operation operation : operations) {
			for (String target : TARGETS) {
				long end = System.nanoTime() + each.toNanos();
				while (System.nanoTime() < end) {
					run(operation, target);
				}
			}
		}
	}

	private void latency(List<Operation> operations, int rounds, int batch) {
		Map<String, List<Long>> samples = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (Operation operation : operations) {
				for (int t = 0; t < TARGETS.size(); t++) {
					String target = TARGETS.get((t + round) % TARGETS.size());
					List<Long> times = samples.computeIfAbsent(operation.name() + "|" + target, k -> new ArrayList<>());
					run(operation, target); // one warm request after the switch
					for (int i = 0; i < batch; i++) {
						long start = System.nanoTime();
						run(operation, target);
						times.add(System.nanoTime() - start);
					}
				}
			}
		}
		System.out.printf(Locale.ROOT, "%nLatency, one client, %d rounds x %d requests per operation and target%n",
				rounds, batch);
		System.out.printf(Locale.ROOT, "%-30s %9s %9s %9s %9s %9s %9s %9s %9s %10s%n", "operation", "ours p50",
				"ours p99", "peer p50", "peer p99", "raw p50", "raw p99", "ours/raw", "ours/peer", "p99/p50");
		for (Operation operation : operations) {
			double[] o = percentiles(samples.get(operation.name() + "|ours"));
			double[] p = percentiles(samples.get(operation.name() + "|peer"));
			double[] r = percentiles(samples.get(operation.name() + "|raw"));
			System.out.printf(Locale.ROOT, "%-30s %7.2fms %7.2fms %7.2fms %7.2fms %7.2fms %7.2fms %9.2f %9.2f %10.2f%n",
					operation.name(), o[0], o[1], p[0], p[1], r[0], r[1], o[0] / r[0], o[0] / p[0], o[1] / o[0]);
		}
	}

	private void throughput(List<Operation> operations, int rounds, int concurrency, Duration phase)
			throws InterruptedException {
		Map<String, List<Double>> rates = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (Operation operation : operations) {
				for (int t = 0; t < TARGETS.size(); t++) {
					String target = TARGETS.get((t + round) % TARGETS.size());
					rates.computeIfAbsent(operation.name() + "|" + target, k -> new ArrayList<>())
						.add(rate(operation, target, concurrency, phase));
				}
			}
		}
		System.out.printf(Locale.ROOT, "%nThroughput at concurrency %d, requests/s (median of %d rounds of %d s)%n",
				concurrency, rounds, phase.toSeconds());
		System.out.printf(Locale.ROOT, "%-30s %10s %10s %10s %9s %10s%n", "operation", "ours", "peer", "raw",
				"ours/raw", "ours/peer");
		for (Operation operation : operations) {
			double o = median(rates.get(operation.name() + "|ours"));
			double p = median(rates.get(operation.name() + "|peer"));
			double r = median(rates.get(operation.name() + "|raw"));
			System.out.printf(Locale.ROOT, "%-30s %10.1f %10.1f %10.1f %9.2f %10.2f%n", operation.name(), o, p, r,
					o / r, o / p);
		}
	}

	private double rate(Operation operation, String target, int concurrency, Duration phase)
			throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		ExecutorService clients = Executors.newFixedThreadPool(concurrency);
		long start = System.nanoTime();
		for (int i = 0; i < concurrency; i++) {
			clients.submit(() -> {
				while (!stop.get()) {
					try {
						run(operation, target);
						done.incrementAndGet();
					}
					catch (RuntimeException ex) {
						// refused (BUSY), timed out or failed: not an answer; the client
						// goes on
						failed.incrementAndGet();
					}
				}
				return null;
			});
		}
		Thread.sleep(phase.toMillis());
		stop.set(true);
		long answered = done.get();
		double seconds = (System.nanoTime() - start) / 1e9;
		clients.shutdown();
		clients.awaitTermination(60, TimeUnit.SECONDS);
		if (failed.get() > 0) {
			this.failures.merge(operation.name() + " (" + target + ", concurrency " + concurrency + ")", failed.get(),
					Long::sum);
		}
		return answered / seconds;
	}

	private void run(Operation operation, String target) {
		switch (target) {
			case "ours" -> post(this.ours, operation.ours());
			case "peer" -> post(this.peer, operation.peer());
			default -> this.driver.executableQuery(operation.cypher()).withParameters(operation.parameters()).execute();
		}
	}

	private void post(URI endpoint, String query) {
		String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}";
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				throw new IllegalStateException(endpoint + " answered " + response.statusCode() + ": "
						+ response.body().substring(0, Math.min(400, response.body().length())));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(endpoint + " did not answer: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static double[] percentiles(List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		long p50 = sorted[sorted.length / 2];
		long p99 = sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.99) - 1)];
		return new double[] { p50 / 1e6, p99 / 1e6 };
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/**
	 * The operations issue 15 names, each asked the same way of the three: the same
	 * fields, the same order.
	 */
	static List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		operations.add(new Operation("one organisation deep", """
				{ organisation(abbreviation: "CSTO") { abbreviation name
				    memberships { key role from to state { iso3 name } sources { key title } } } }""", """
				{ organisations(where: {abbreviation: {eq: "CSTO"}}) { abbreviation name
				    memberships { key role from to state { iso3 name } sources { key title } } } }""", """
				MATCH (o:Organisation {abbreviation: $abbreviation})
				RETURN o{.abbreviation, .name, memberships: COLLECT {
				  MATCH (s:State)-[:HOLDS]->(m:Membership)-[:IN]->(o)
				  RETURN m{.key, .role, .from, .to, state: s{.iso3, .name},
				           sources: COLLECT { MATCH (m)-[:CITES]->(x:Source) RETURN x{.key, .title} }} }} AS o""",
				Map.of("abbreviation", "CSTO")));
		operations.add(new Operation("all organisations + members", """
				{ organisations { abbreviation name memberships { key role from to state { iso3 name } } } }""", """
				{ organisations(sort: [{abbreviation: ASC}]) { abbreviation name
				    memberships { key role from to state { iso3 name } } } }""", """
				MATCH (o:Organisation)
				RETURN o{.abbreviation, .name, memberships: COLLECT {
				  MATCH (s:State)-[:HOLDS]->(m:Membership)-[:IN]->(o)
				  RETURN m{.key, .role, .from, .to, state: s{.iso3, .name}} }} AS o ORDER BY o.abbreviation""",
				Map.of()));
		operations.add(new Operation("one state deep", """
				{ state(iso3: "ARM") { iso3 name memberships { key role from to organisation { abbreviation name }
				    sources { key title } } troopFigures { key year active sources { title } } } }""", """
				{ states(where: {iso3: {eq: "ARM"}}) { iso3 name memberships { key role from to
				    organisation { abbreviation name } sources { key title } } troopFigures { key year active
				    sources { title } } } }""",
				"""
						MATCH (s:State {iso3: $iso3})
						RETURN s{.iso3, .name,
						  memberships: COLLECT { MATCH (s)-[:HOLDS]->(m:Membership)-[:IN]->(o:Organisation)
						    RETURN m{.key, .role, .from, .to, organisation: o{.abbreviation, .name},
						             sources: COLLECT { MATCH (m)-[:CITES]->(x:Source) RETURN x{.key, .title} }} },
						  troopFigures: COLLECT { MATCH (t:TroopFigure)-[:OF_STATE]->(s)
						    RETURN t{.key, .year, .active, sources: COLLECT { MATCH (t)-[:CITES]->(x:Source) RETURN x{.title} }} }
						} AS s""",
				Map.of("iso3", "ARM")));
		operations.add(new Operation("a page of states", """
				{ states(first: 20) { edges { node { iso3 name } } } }""", """
				{ states(limit: 20, sort: [{name: ASC}]) { iso3 name } }""", """
				MATCH (s:State) RETURN s{.iso3, .name} AS s ORDER BY s.name LIMIT 20""", Map.of()));
		operations.add(new Operation("sources + what they support", """
				{ sources(first: 10) { edges { node { key title supports { kind key } } } } }""", """
				{ sources(limit: 10, sort: [{key: ASC}]) { key title citedBy { key } supportedRelationships } }""", """
				MATCH (x:Source) WITH x ORDER BY x.key LIMIT 10
				RETURN x{.key, .title,
				  nodes: COLLECT { MATCH (n)-[:CITES]->(x) RETURN coalesce(n.key, n.abbreviation, n.iso3) },
				  relationships: COLLECT { MATCH ()-[r]->() WHERE x.key IN coalesce(r.sources, []) RETURN type(r) }
				} AS x""", Map.of()));
		operations.add(new Operation("search", """
				{ search(text: "армения") { kind key name } }""", """
				{ searchStates(text: "армения*") { iso3 name } }""", """
				CALL db.index.fulltext.queryNodes('atlas_search', $query, {limit: 100}) YIELD node, score
				OPTIONAL MATCH (owner)-[:HAS_NAME]->(node)
				WITH coalesce(owner, node) AS thing, max(score) AS score
				RETURN labels(thing) AS labels, thing{.iso3, .abbreviation, .key, .name, .title} AS thing, score
				ORDER BY score DESC LIMIT 20""", Map.of("query", "армения*")));
		operations.add(new Operation("overlap of two on a day", """
				{ overlap(organisations: ["CSTO", "SCO"], asOf: "2025-01-01") { iso3 name } }""", """
				{ overlap(organisations: ["CSTO", "SCO"], asOf: "2025-01-01") { iso3 name } }""", """
				MATCH (s:State)-[:HOLDS]->(m:Membership)-[:IN]->(o:Organisation)
				WHERE o.abbreviation IN $organisations AND m.role = 'MEMBER'
				  AND (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)
				WITH s, count(DISTINCT o) AS shared WHERE shared = size($organisations)
				RETURN s{.iso3, .name} AS s ORDER BY s.name""",
				Map.of("organisations", List.of("CSTO", "SCO"), "asOf", DAY)));
		operations.add(new Operation("a connection", """
				{ connection(from: "ARM", to: "CHN") { length steps { node { key } } } }""", """
				{ connection(from: "ARM", to: "CHN") }""",
				"""
						MATCH (a:State {iso3: $from}), (b:State {iso3: $to})
						MATCH p = SHORTEST 1 (a) (()-[:HOLDS|IN|SUCCEEDED_BY|PART_OF|OBSERVER_IN|COOPERATES_WITH|HELD_OFFICE|NATIONAL_OF]-())+ (b)
						RETURN [n IN nodes(p) | coalesce(n.iso3, n.abbreviation, n.key)] AS keys""",
				Map.of("from", "ARM", "to", "CHN")));
		operations.add(new Operation("neighbourhood depth 2",
				"""
						{ neighbourhood(key: "ARM", depth: 2, asOf: "2025-01-01") { nodes { id } edges { start end type } } }""",
				"""
						{ neighbourhood(iso3: "ARM", asOf: "2025-01-01") }""",
				"""
						MATCH (a:State {iso3: $iso3})
						MATCH p = (a) (()-[:HOLDS|IN|SUCCEEDED_BY|PART_OF|OBSERVER_IN|COOPERATES_WITH|HELD_OFFICE|NATIONAL_OF|CONCERNS|INVOLVES]-(x)
						      WHERE NOT x:Membership OR ((x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf))){1,4} ()
						UNWIND relationships(p) AS r
						WITH DISTINCT r
						RETURN type(r) + ' ' + elementId(startNode(r)) + '->' + elementId(endNode(r)) AS edge""",
				Map.of("iso3", "ARM", "asOf", DAY)));
		return operations;
	}

	record Operation(String name, String ours, String peer, String cypher, Map<String, Object> parameters) {
	}

}
