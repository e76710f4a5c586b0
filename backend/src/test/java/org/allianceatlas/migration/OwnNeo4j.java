package org.allianceatlas.migration;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.allianceatlas.database.EmbeddedNeo4j;
import org.allianceatlas.database.EmbeddedNeo4jProperties;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * An embedded Neo4j of a test class's own, on a directory of its own and a free Bolt
 * port, with a driver to it: the migration tests apply scripts to it directly, without
 * the application, and empty it between tests.
 */
final class OwnNeo4j implements AutoCloseable {

	private final EmbeddedNeo4j neo4j;

	private final Driver driver;

	private OwnNeo4j(EmbeddedNeo4j neo4j) {
		this.neo4j = neo4j;
		this.driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.user(), neo4j.password()));
	}

	static OwnNeo4j start(Path dataDir) {
		return new OwnNeo4j(EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, "127.0.0.1", 0)));
	}

	EmbeddedNeo4j neo4j() {
		return this.neo4j;
	}

	Driver driver() {
		return this.driver;
	}

	/**
	 * Empties the database: every node and relationship, every constraint and index but
	 * the built-in lookup indexes. Far quicker than a new database.
	 */
	void wipe() {
		try (Session session = this.driver.session()) {
			session.run("MATCH (n) DETACH DELETE n").consume();
			for (String constraint : session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get(0).asString())) {
				session.run("DROP CONSTRAINT `" + constraint + "`").consume();
			}
			for (String index : session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
				.list(r -> r.get(0).asString())) {
				session.run("DROP INDEX `" + index + "`").consume();
			}
		}
	}

	List<Map<String, Object>> query(String cypher) {
		return query(this.driver, cypher);
	}

	static List<Map<String, Object>> query(Driver driver, String cypher) {
		try (Session session = driver.session()) {
			return session.run(cypher).list(r -> r.asMap());
		}
	}

	@Override
	public void close() {
		this.driver.close();
		this.neo4j.close();
	}

}
