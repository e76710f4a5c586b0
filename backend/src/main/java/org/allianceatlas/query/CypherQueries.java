package org.allianceatlas.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The one way the API reads the graph: parameterised Cypher through the {@link Neo4jClient}, one call
 * per database round trip. Counting the calls here lets tests prove that nested GraphQL fields are
 * batch-loaded (the count must not grow with the number of results).
 */
@Component
public class CypherQueries {

	private final Neo4jClient client;

	private final AtomicLong roundTrips = new AtomicLong();

	CypherQueries(Neo4jClient client) {
		this.client = client;
	}

	/** Runs a read query; every row is a map of plain Java values (use map projections, not nodes). */
	public List<Row> rows(String cypher, Map<String, ?> parameters) {
		this.roundTrips.incrementAndGet();
		Collection<Map<String, Object>> result = this.client.query(cypher)
			.bindAll(java.util.Collections.unmodifiableMap(parameters))
			.fetch()
			.all();
		return result.stream().map(Row::new).toList();
	}

	/** Database round trips made since start-up. */
	public long roundTrips() {
		return this.roundTrips.get();
	}

}
