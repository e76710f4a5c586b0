package org.allianceatlas.query;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allianceatlas.graphql.GraphQlLimits;
import org.allianceatlas.graphql.LimitExceededException;
import org.allianceatlas.graphql.RequestDeadline;
import org.allianceatlas.graphql.RequestTimeoutException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

/**
 * The one way the API reads the graph: parameterised Cypher in a read transaction of the
 * driver, one call per query. Every transaction gets a timeout: the time left to the
 * request being executed ({@link RequestDeadline}), or a whole request's time limit
 * outside one, so that Neo4j itself stops a read that runs too long. Counting the calls
 * here lets tests prove that nested GraphQL fields are batch-loaded (the count must not
 * grow with the number of results).
 * <p>
 * Reads go through the driver's {@code executableQuery}, not a session's
 * {@code executeRead}: both run a managed read transaction that the driver retries on
 * transient failures, but {@code executeRead} waits for the answer to BEGIN before it
 * sends the query (three exchanges with the database: BEGIN, RUN and PULL, COMMIT), while
 * {@code executableQuery} sends BEGIN, RUN and PULL together (two). It also keeps the
 * bookmarks of its transactions in the driver's
 * {@link Driver#executableQueryBookmarkManager() shared bookmark manager}; writes open
 * their sessions with the same manager ({@link #writeSession()}), so that on a cluster a
 * read after a write waits for that write to reach the server it reads from.
 */
@Component
public class CypherQueries {

	private final Driver driver;

	private final Duration timeout;

	private final AtomicLong roundTrips = new AtomicLong();

	CypherQueries(Driver driver, GraphQlLimits limits) {
		this.driver = driver;
		this.timeout = limits.timeout();
	}

	/**
	 * Runs a read query; every row is a map of plain Java values (use map projections,
	 * not nodes).
	 */
	public List<Row> rows(String cypher, Map<String, ?> parameters) {
		RequestDeadline deadline = RequestDeadline.current().orElse(null);
		if (deadline != null) {
			deadline.check();
		}
		Duration limit = (deadline != null) ? deadline.remaining() : this.timeout;
		this.roundTrips.incrementAndGet();
		// whole milliseconds, at least one: Neo4j counts in milliseconds (and zero would
		// mean no limit)
		QueryConfig config = QueryConfig.builder()
			.withRouting(RoutingControl.READ)
			.withTimeout(Duration.ofMillis(Math.max(1, limit.toMillis())))
			.build();
		try {
			return this.driver.executableQuery(cypher)
				.withParameters(new HashMap<String, Object>(parameters))
				.withConfig(config)
				.execute(Collectors.mapping(record -> new Row(record.asMap()), Collectors.toList()));
		}
		catch (Neo4jException ex) {
			throw translate(ex, (deadline != null) ? deadline.limit() : this.timeout);
		}
	}

	/**
	 * Runs a query with the parameter {@code $keys}; each row mapped, by the key it gives
	 * the item.
	 */
	public <T> Map<String, T> byKey(String cypher, Collection<String> keys, Function<Row, T> mapper,
			Function<T, String> key) {
		Map<String, T> found = new LinkedHashMap<>();
		for (Row row : rows(cypher, Map.of("keys", List.copyOf(keys)))) {
			T item = mapper.apply(row);
			found.put(key.apply(item), item);
		}
		return found;
	}

	/**
	 * A session for writes. It shares the driver's bookmark manager with the reads above,
	 * so a read that follows a write, on any server of a cluster, sees what the write
	 * committed.
	 */
	public Session writeSession() {
		return this.driver.session(SessionConfig.builder()
			.withDefaultAccessMode(AccessMode.WRITE)
			.withBookmarkManager(this.driver.executableQueryBookmarkManager())
			.build());
	}

	/** Read queries sent since start-up. */
	public long roundTrips() {
		return this.roundTrips.get();
	}

	/**
	 * A timed-out or oversized transaction in the words of the request's limits; anything
	 * else as it is.
	 */
	private static RuntimeException translate(Neo4jException ex, Duration limit) {
		String code = String.valueOf(ex.code());
		if (code.contains("TransactionTimedOut") || code.endsWith("Transaction.Terminated")) {
			return new RequestTimeoutException(limit);
		}
		if (code.contains("MemoryPoolOutOfMemory") || code.contains("MemoryLimit")) {
			return LimitExceededException
				.ofRequest("The request needs more memory in the database than one request may use; ask for less.");
		}
		return ex;
	}

}
