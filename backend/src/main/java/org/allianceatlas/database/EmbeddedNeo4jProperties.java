package org.allianceatlas.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j that starts when no {@code NEO4J_URI} is given.
 *
 * @param dataDir where the database keeps its files; created if missing
 * @param boltAddress the interface Bolt listens on; loopback so only local tools can connect
 * @param boltPort the Bolt port for Neo4j Browser or cypher-shell; 0 picks a free one (tests)
 */
@ConfigurationProperties("atlas.embedded")
public record EmbeddedNeo4jProperties(
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("127.0.0.1") String boltAddress,
		@DefaultValue("7687") int boltPort) {
}
