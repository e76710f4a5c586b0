package org.allianceatlas.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, point 4: the API reads in read transactions, so that a driver on a
 * {@code neo4j://} cluster routes them to secondaries, and a read can never write. Neo4j
 * refuses a write in a read transaction; that is what shows the access mode here.
 */
@AtlasTest
class ReadTransactionsTests {

	@Autowired
	CypherQueries queries;

	@Autowired
	Driver driver;

	@Test
	void everyQueryOfTheApiRunsInAReadTransactionThatCannotWrite() {
		assertThat(this.queries.rows("MATCH (s:State {iso3: $iso3}) RETURN s.name AS name", Map.of("iso3", "ARM")))
			.singleElement()
			.satisfies(row -> assertThat(row.string("name")).isEqualTo("Armenia"));
		assertThatExceptionOfType(ClientException.class)
			.isThrownBy(() -> this.queries.rows("CREATE (p:ReadModeProbe) RETURN p.x AS x", Map.of()))
			.withMessageContaining("read");
		assertThat(this.driver.executableQuery("MATCH (p:ReadModeProbe) RETURN count(p) AS n")
			.execute()
			.records()
			.getFirst()
			.get("n")
			.asLong()).as("nothing written").isZero();
	}

}
