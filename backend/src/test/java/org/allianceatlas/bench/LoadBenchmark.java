package org.allianceatlas.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does the API stay usable while expensive requests hammer it? Not a test: run it on
 * demand against an application on this machine (see bench/load.sh and the README). Two
 * parts:
 * <ul>
 * <li>{@code findings}: each expensive request of issue 16 once, with its time, answer
 * size and the classification of its first error;</li>
 * <li>{@code load}: a cheap query's throughput and latency alone, then again while the
 * worst operations run at concurrency 16 in the background, in rounds that alternate the
 * two (this machine is shared: medians of rounds are fairer than one long phase each),
 * and the application's largest resident memory meanwhile.</li>
 * </ul>
 * Arguments: {@code findings|load|all}, the GraphQL URL (127.0.0.1 or localhost only),
 * the application's process id (for its memory), the seconds of each load phase (default
 * 20), the milliseconds a background client waits after a BUSY answer (default 0: it
 * tries again at once), a part of the names of the findings to run ("-" for all) and the
 * number of load rounds (default 3). Every request gives up after 60 s; the whole run is
 * bounded by its phases.
 */
public final class LoadBenchmark {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

	private static final String CHEAP = "{ state(iso3: \"ARM\") { iso3 name } }";

	private static final int BACKGROUND = 16;

	private static final int CHEAP_CLIENTS = 4;

	private static final Pattern CLASSIFICATION = Pattern.compile("\"classification\"\\s*:\\s*\"(\\w+)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI endpoint;

	private final long pid;

	/**
	 * Milliseconds a background client waits after a BUSY answer before it tries again
	 * (0: at once).
	 */
	private final long backOff;

	private LoadBenchmark(URI endpoint, long pid, long backOff) {
		this.endpoint = endpoint;
		this.pid = pid;
		this.backOff = backOff;
	}

	public static void main(String[] args) throws Exception {
		String mode = (args.length > 0) ? args[0] : "all";
		URI endpoint = URI.create((args.length > 1) ? args[1] : "http://127.0.0.1:8183/graphql");
		long pid = (args.length > 2) ? Long.parseLong(args[2]) : -1;
		int seconds = (args.length > 3) ? Integer.parseInt(args[3]) : 20;
		long backOff = (args.length > 4) ? Long.parseLong(args[4]) : 0;
		String only = (args.length > 5 && !args[5].equals("-")) ? args[5] : "";
		int rounds = (args.length > 6) ? Integer.parseInt(args[6]) : 3;
		if (!List.of("127.0.0.1", "localhost").contains(endpoint.getHost())) {
			throw new IllegalArgumentException("Load runs against this machine only (127.0.0.1), not " + endpoint);
		}
		LoadBenchmark bench = new LoadBenchmark(endpoint, pid, backOff);
		if (!mode.equals("load")) {
			bench.findings(only);
		}
		if (!mode.equals("findings")) {
			bench.load(Duration.ofSeconds(seconds), rounds);
		}
	}

	// --- findings
	// -------------------------------------------------------------------------------------

	private void findings(String only) throws Exception {
		System.out.printf(Locale.ROOT, "%-58s %10s %12s %-16s %10s%n", "request (issue 16)", "time", "answer",
				"first error", "max RSS");
		for (Finding finding : Finding.all()) {
			if (!finding.name().contains(only)) {
				continue;
			}
			AtomicBoolean done = new AtomicBoolean();
			AtomicLong maxRss = new AtomicLong(rss());
			Thread sampler = Thread.ofPlatform().daemon().start(() -> {
				while (!done.get()) {
					maxRss.accumulateAndGet(rss(), Math::max);
					sleep(200);
				}
			});
			long start = System.nanoTime();
			String outcome;
			long size = 0;
			try {
				HttpResponse<String> response = post(finding.body());
				size = response.body().length();
				Matcher matcher = CLASSIFICATION.matcher(response.body());
				outcome = "HTTP " + response.statusCode() + (matcher.find() ? " " + matcher.group(1) : "");
			}
			catch (IOException ex) {
				outcome = "no answer";
			}
			double took = (System.nanoTime() - start) / 1e9;
			done.set(true);
			sampler.join();
			System.out.printf(Locale.ROOT, "%-58s %9.2fs %12s %-16s %10s%n", finding.name(), took, bytes(size), outcome,
					megabytes(maxRss.get()));
		}
		System.out.println();
	}

	/** The expensive requests of the issue, built the same way it describes them. */
	record Finding(String name, String body) {

		static List<Finding> all() {
			List<Finding> findings = new ArrayList<>();
			String fanOut = "{ organisations { memberships { state { memberships { organisation { memberships { state { "
					+ "memberships { organisation { memberships { key } } } } } } } } } } }";
			findings.add(new Finding("depth-12 organisation-membership-state fan-out", query(fanOut)));
			findings.add(new Finding("133 aliases of neighbourhood(depth: 3)",
					query(aliases(133, "neighbourhood(key: \"RUS\", depth: 3) { nodes { id } }"))));
			findings.add(new Finding("199 aliases of connection",
					query(aliases(199, "connection(from: \"ARM\", to: \"CHN\") { length }"))));
			findings.add(new Finding("100 aliases of neighbourhood with edge sources",
					query(aliases(100, "neighbourhood(key: \"RUS\", depth: 2) { edges { sources { title } } }"))));
			findings
				.add(new Finding("search of a 1 MB string", variables("query($t: String!) { search(text: $t) { key } }",
						"{\"t\": \"" + "x".repeat(1 << 20) + "\"}")));
			findings.add(new Finding("search of 349,000 words \"ab\"", variables(
					"query($t: String!) { search(text: $t) { key } }", "{\"t\": \"" + "ab ".repeat(349_000) + "\"}")));
			StringBuilder distinct = new StringBuilder();
			for (int i = 0; i < 2000; i++) {
				distinct.append("w").append(Integer.toString(i, 36)).append(' ');
			}
			findings.add(new Finding("search of 2,000 distinct words",
					variables("query($t: String!) { search(text: $t) { key } }", "{\"t\": \"" + distinct + "\"}")));
			findings.add(new Finding("overlap with 1,000,000 strings in its variables",
					variables("query($o: [String!]!) { overlap(organisations: $o) { iso3 } }",
							"{\"o\": [" + String.join(",", Collections.nCopies(1_000_000, "\"CSTO\"")) + "]}")));
			findings.add(new Finding("overlapMatrix with 1,000,000 roles",
					variables("query($r: [MembershipRole!]) { overlapMatrix(roles: $r) { count } }",
							"{\"r\": [" + String.join(",", Collections.nCopies(1_000_000, "\"MEMBER\"")) + "]}")));
			return findings;
		}

		private static String aliases(int count, String field) {
			StringBuilder document = new StringBuilder("{");
			for (int i = 0; i < count; i++) {
				document.append(" a").append(i).append(": ").append(field);
			}
			return document.append(" }").toString();
		}

		private static String variables(String document, String variables) {
			return "{\"query\": \"" + document + "\", \"variables\": " + variables + "}";
		}

	}

	// --- load
	// -----------------------------------------------------------------------------------------

	private void load(Duration phase, int rounds) throws Exception {
		System.out.printf(Locale.ROOT,
				"cheap query %s, %d clients, %d s per phase, %d rounds of (alone, with load) interleaved; "
						+ "background clients wait %d ms after BUSY%n",
				CHEAP, CHEAP_CLIENTS, phase.toSeconds(), rounds, this.backOff);
		cheap(phase.dividedBy(4)); // warm-up
		ConcurrentHashMap<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
		List<Double> kept = new ArrayList<>();
		List<Result> alone = new ArrayList<>();
		List<Result> loaded = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			Result quiet = cheap(phase);
			Result busy = withBackground(phase, outcomes);
			alone.add(quiet);
			loaded.add(busy);
			kept.add(busy.throughput() / quiet.throughput());
			System.out.printf(Locale.ROOT,
					"round %d  alone %7.1f req/s p99 %6.1f ms | with load (16) %7.1f req/s p50 %6.1f ms p99 %6.1f ms"
							+ " | kept %3.0f%% | max RSS %s%n",
					round, quiet.throughput(), quiet.p99(), busy.throughput(), busy.p50(), busy.p99(),
					100 * kept.getLast(), megabytes(Math.max(quiet.maxRss(), busy.maxRss())));
		}
		System.out.printf(Locale.ROOT,
				"medians: alone %.1f req/s p99 %.1f ms; with load %.1f req/s p99 %.1f ms; kept %.0f%% "
						+ "(median of the rounds' ratios); largest RSS %s%n",
				median(alone.stream().map(Result::throughput).toList()),
				median(alone.stream().map(Result::p99).toList()),
				median(loaded.stream().map(Result::throughput).toList()),
				median(loaded.stream().map(Result::p99).toList()), 100 * median(kept),
				megabytes(loaded.stream().mapToLong(Result::maxRss).max().orElse(0)));
		System.out.printf(Locale.ROOT, "background answers over all rounds: %s%n", outcomes);
	}

	/** The cheap query's phase while the worst operations run in the background. */
	private Result withBackground(Duration phase, ConcurrentHashMap<String, AtomicLong> outcomes) throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService background = Executors.newFixedThreadPool(BACKGROUND);
		List<String> worst = worstOperations();
		for (int i = 0; i < BACKGROUND; i++) {
			String body = worst.get(i % worst.size());
			background.submit(() -> {
				while (!stop.get()) {
					String outcome;
					try {
						HttpResponse<String> response = post(body);
						Matcher matcher = CLASSIFICATION.matcher(response.body());
						outcome = matcher.find() ? matcher.group(1) : "HTTP " + response.statusCode();
					}
					catch (IOException ex) {
						outcome = "no answer";
					}
					outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
					if (outcome.equals("BUSY") && this.backOff > 0) {
						sleep(this.backOff);
					}
				}
				return null;
			});
		}
		sleep(2000);
		Result loaded = cheap(phase);
		stop.set(true);
		background.shutdown();
		background.awaitTermination(REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		return loaded;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/**
	 * neighbourhood(depth: 3), connection, the full overlap matrix and the deep fan-out,
	 * in turn.
	 */
	private static List<String> worstOperations() {
		return List.of(query(
				"{ neighbourhood(key: \"RUS\", depth: 3) { nodes { id kind key label } edges { start end type } } }"),
				query("{ connection(from: \"ARM\", to: \"CHN\") { length steps { node { key label } } } }"),
				query("{ overlapMatrix { row { abbreviation } column { abbreviation } count states { iso3 name } } }"),
				query("{ organisations { memberships { state { memberships { organisation { abbreviation } } } } } }"));
	}

	private Result cheap(Duration phase) throws InterruptedException {
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong maxRss = new AtomicLong(rss());
		long end = System.nanoTime() + phase.toNanos();
		String body = query(CHEAP);
		List<Thread> clients = new ArrayList<>();
		for (int i = 0; i < CHEAP_CLIENTS; i++) {
			clients.add(Thread.ofPlatform().start(() -> {
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					try {
						post(body);
						latencies.add(System.nanoTime() - start);
					}
					catch (IOException | InterruptedException ex) {
						return;
					}
				}
			}));
		}
		while (System.nanoTime() < end) {
			maxRss.accumulateAndGet(rss(), Math::max);
			sleep(200);
		}
		for (Thread client : clients) {
			client.join();
		}
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
		double p99 = sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1e6;
		return new Result(sorted.size() / (double) phase.toSeconds(), p50, p99, maxRss.get());
	}

	record Result(double throughput, double p50, double p99, long maxRss) {
	}

	// --- helpers
	// --------------------------------------------------------------------------------------

	private HttpResponse<String> post(String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(this.endpoint)
			.timeout(REQUEST_TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String query(String document) {
		return "{\"query\": \"" + document.replace("\"", "\\\"") + "\"}";
	}

	/**
	 * Resident memory of the application in bytes, from /proc (0 without a process id).
	 */
	private long rss() {
		if (this.pid < 0) {
			return 0;
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException ex) {
			// the process has ended
		}
		return 0;
	}

	private static String megabytes(long bytes) {
		return (bytes == 0) ? "-" : String.format(Locale.ROOT, "%,d MB", bytes / 1_000_000);
	}

	private static String bytes(long bytes) {
		return (bytes < 10_000) ? bytes + " B" : String.format(Locale.ROOT, "%,d kB", bytes / 1000);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
