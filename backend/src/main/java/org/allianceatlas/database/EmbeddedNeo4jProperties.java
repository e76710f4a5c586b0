package org.allianceatlas.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j that starts when no {@code NEO4J_URI} is given.
 *
 * @param dataDir where the database keeps its files; created if missing
 * @param boltAddress the interface the Bolt port for tools listens on; loopback so only
 * local tools can connect
 * @param boltPort the Bolt port for Neo4j Browser or cypher-shell; 0 picks a free one
 * (tests)
 * @param password the {@code neo4j} user's password; empty: generated at first start and
 * kept in the data directory's {@code neo4j-password} file
 * @param boltAllowedOrigins web origins whose pages may use Bolt over WebSocket (Neo4j
 * Browser's, for example); empty: none, only clients that are not web pages
 * @param transactionTimeout the longest any transaction may run before Neo4j ends it
 * @param transactionMaxMemory the most heap one transaction may use
 * @param transactionTotalMaxMemory the most heap all transactions together may use
 */
@ConfigurationProperties("atlas.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDir,
		@DefaultValue("127.0.0.1") String boltAddress, @DefaultValue("7687") int boltPort, String password,
		@DefaultValue("") List<String> boltAllowedOrigins, @DefaultValue("60s") Duration transactionTimeout,
		@DefaultValue("256MB") DataSize transactionMaxMemory, @DefaultValue("1GB") DataSize transactionTotalMaxMemory) {

	@ConstructorBinding
	public EmbeddedNeo4jProperties {
	}

	/**
	 * The defaults, with the given data directory and Bolt address for tools (tests and
	 * second instances).
	 */
	public EmbeddedNeo4jProperties(Path dataDir, String boltAddress, int boltPort) {
		this(dataDir, boltAddress, boltPort, null, List.of(), Duration.ofSeconds(60), DataSize.ofMegabytes(256),
				DataSize.ofGigabytes(1));
	}

	@Override
	public String toString() {
		return "EmbeddedNeo4jProperties[dataDir=" + this.dataDir + ", bolt=" + this.boltAddress + ":" + this.boltPort
				+ ", password=" + ((this.password == null || this.password.isEmpty()) ? "(generated)" : "(configured)")
				+ "]";
	}

}
