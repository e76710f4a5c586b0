package org.allianceatlas.database;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.fleetmanagement.FleetManagementSettings;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM, reachable over Bolt like any other server, so the rest of
 * the application talks to it through the driver exactly as it would to an external one.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService managementService;

	private final String boltUri;

	private EmbeddedNeo4j(DatabaseManagementService managementService, String boltUri) {
		this.managementService = managementService;
		this.boltUri = boltUri;
	}

	/** Starts the database, or fails with a {@link StartupProblem} that names what to fix. */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		requireWritableDirectory(dataDir);
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(dataDir)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address,
						new SocketAddress(properties.boltAddress(), properties.boltPort()))
				.setConfig(HttpConnector.enabled, false)
				// Bolt listens on loopback only, so local tools connect without credentials.
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				// The atlas is small: a modest page cache and no 256 MB log preallocation start faster
				// than Neo4j's defaults, which size the cache from the machine's whole memory.
				.setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
				.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
				// An atlas that works offline sends nothing home: no usage report to Neo4j, no Fleet
				// Manager discovery broadcasts from the user's machine.
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				.setConfig(FleetManagementSettings.fleet_manager_enabled, false)
				.build();
		}
		catch (RuntimeException ex) {
			throw explain(ex, properties, dataDir);
		}
		GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var bolt = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		if (bolt == null) {
			service.shutdown();
			throw new StartupProblem("Embedded Neo4j started but its Bolt connector did not open on "
					+ properties.boltAddress() + ":" + properties.boltPort()
					+ "; is the port in use? Set atlas.embedded.bolt-port to a free port.");
		}
		String uri = "bolt://" + bolt.getHost() + ":" + bolt.getPort();
		log.info("Embedded Neo4j started: data in {}, Bolt at {}", dataDir, uri);
		return new EmbeddedNeo4j(service, uri);
	}

	private static void requireWritableDirectory(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException | SecurityException ex) {
			throw new StartupProblem("The data directory " + dataDir + " (atlas.embedded.data-dir) cannot be created: "
					+ ex.getClass().getSimpleName() + " " + ex.getMessage()
					+ ". Point atlas.embedded.data-dir at a writable directory.");
		}
		if (!Files.isDirectory(dataDir) || !Files.isWritable(dataDir)) {
			throw new StartupProblem("The data directory " + dataDir + " (atlas.embedded.data-dir) is not a writable "
					+ "directory. Point atlas.embedded.data-dir at a writable directory.");
		}
	}

	private static StartupProblem explain(RuntimeException ex, EmbeddedNeo4jProperties properties, Path dataDir) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException) {
				return new StartupProblem("The Bolt port " + properties.boltAddress() + ":" + properties.boltPort()
						+ " is already in use. Stop whatever holds it or set atlas.embedded.bolt-port to a free port.");
			}
		}
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return new StartupProblem("Embedded Neo4j could not start on " + dataDir + ": " + root.getMessage(), ex);
	}

	/** The Bolt address the driver (and Neo4j Browser or cypher-shell) connects to. */
	public String boltUri() {
		return this.boltUri;
	}

	@Override
	public void close() {
		log.info("Stopping embedded Neo4j");
		this.managementService.shutdown();
	}

}
