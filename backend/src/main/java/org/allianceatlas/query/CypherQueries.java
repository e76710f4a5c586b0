package org.allianceatlas.query;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.allianceatlas.graphql.GraphQlLimits;
import org.allianceatlas.graphql.LimitExceededException;
import org.allianceatlas.graphql.RequestDeadline;
import org.allianceatlas.graphql.RequestTimeoutException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

/**
 * The one way the API reads the graph: parameterised Cypher in a read transaction of the
 * driver, one call per database round trip. Every transaction gets a timeout: the time
 * left to the request being executed ({@link RequestDeadline}), or a whole request's time
 * limit outside one, so that Neo4j itself stops a read that runs too long. Counting the
 * calls here lets tests prove that nested GraphQL fields are batch-loaded (the count must
 * not grow with the number of results).
 */
@Component
public class CypherQueries {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

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
		TransactionConfig config = TransactionConfig.builder()
			.withTimeout(Duration.ofMillis(Math.max(1, limit.toMillis())))
			.build();
		try (Session session = this.driver.session(READ)) {
			return session.executeRead(tx -> tx.run(cypher, new HashMap<String, Object>(parameters))
				.list(record -> new Row(record.asMap())), config);
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

	/** Database round trips made since start-up. */
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
