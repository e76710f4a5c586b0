package org.allianceatlas.database;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.fleetmanagement.FleetManagementSettings;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM, reachable over Bolt like any other server, so
 * the rest of the application talks to it through the driver exactly as it would to an
 * external one.
 * <p>
 * It is closed to strangers: Bolt requires the {@code neo4j} user's password
 * ({@link EmbeddedCredentials}); the port tools use is a {@link BoltOriginGuard} that
 * refuses Bolt over WebSocket from other web origins, while Neo4j's own connector listens
 * on a free loopback port that only the application's driver is told about;
 * {@code LOAD CSV} cannot read local files; and every transaction has a time and a memory
 * limit.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private static final Duration PASSWORD_CHANGE_TIMEOUT = Duration.ofMinutes(2);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(2);

	private final DatabaseManagementService managementService;

	private final BoltOriginGuard guard;

	private final String boltUri;

	private final String publicBoltUri;

	private final EmbeddedCredentials credentials;

	private EmbeddedNeo4j(DatabaseManagementService managementService, BoltOriginGuard guard, String boltUri,
			String publicBoltUri, EmbeddedCredentials credentials) {
		this.managementService = managementService;
		this.guard = guard;
		this.boltUri = boltUri;
		this.publicBoltUri = publicBoltUri;
		this.credentials = credentials;
	}

	/**
	 * Starts the database, or fails with a {@link StartupProblem} that names what to fix.
	 */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		requireWritableDirectory(dataDir);
		EmbeddedCredentials credentials = EmbeddedCredentials.resolve(properties.password(), dataDir);
		boolean fresh = !Files.exists(dataDir.resolve("data").resolve("databases").resolve("system"));
		BoltOriginGuard guard = bindGuard(properties);
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(dataDir).setConfig(BoltConnector.enabled, true)
				// Neo4j's own connector: a free loopback port, known only to this
				// application's driver. Tools
				// connect through the guard on atlas.embedded.bolt-port.
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
				.setConfig(HttpConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				// LOAD CSV may read from the web, never from this machine's files.
				.setConfig(GraphDatabaseSettings.allow_file_urls, false)
				// No transaction may run or hold memory without end, whoever started it.
				.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
				.setConfig(GraphDatabaseSettings.memory_transaction_max_size,
						properties.transactionMaxMemory().toBytes())
				.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
						properties.transactionTotalMaxMemory().toBytes())
				// The atlas is small: a modest page cache and no 256 MB log preallocation
				// start faster
				// than Neo4j's defaults, which size the cache from the machine's whole
				// memory.
				.setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
				.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
				// An atlas that works offline sends nothing home: no usage report to
				// Neo4j, no Fleet
				// Manager discovery broadcasts from the user's machine.
				// A stop (SIGTERM, Docker's 10 s grace) waits briefly for open
				// transactions and Bolt connections,
				// not Neo4j's default 10 s and 5 min: the web server has already finished
				// its requests by then.
				.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, SHUTDOWN_WAIT)
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, SHUTDOWN_WAIT)
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, SHUTDOWN_WAIT)
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				.setConfig(FleetManagementSettings.fleet_manager_enabled, false)
				.build();
		}
		catch (RuntimeException ex) {
			guard.close();
			throw explain(ex, dataDir);
		}
		try {
			String uri = internalBoltUri(service);
			ensurePassword(service, uri, credentials, fresh);
			guard.forwardTo(new InetSocketAddress("127.0.0.1", URI.create(uri).getPort()));
			String publicUri = "bolt://" + properties.boltAddress() + ":" + guard.port();
			log.info("Embedded Neo4j started: data in {}, Bolt at {} (user {}, password {})", dataDir, publicUri,
					credentials.user(),
					(credentials.file() != null) ? "in " + credentials.file() : "from atlas.embedded.password");
			return new EmbeddedNeo4j(service, guard, uri, publicUri, credentials);
		}
		catch (RuntimeException ex) {
			guard.close();
			service.shutdown();
			throw ex;
		}
	}

	private static String internalBoltUri(DatabaseManagementService service) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var bolt = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		if (bolt == null) {
			throw new StartupProblem("Embedded Neo4j started but its Bolt connector did not open on loopback.");
		}
		return "bolt://" + bolt.getHost() + ":" + bolt.getPort();
	}

	/**
	 * Makes the kept or configured password the one in force. A new database has Neo4j's
	 * initial password, and a data directory from before authentication was required has
	 * it too; a changed configuration has another. The change goes through the embedded
	 * API, which needs no password.
	 */
	private static void ensurePassword(DatabaseManagementService service, String uri, EmbeddedCredentials credentials,
			boolean fresh) {
		if (!fresh && authenticates(uri, credentials)) {
			return;
		}
		// Its own timeout: a first write to the system database on a busy machine may
		// take longer than the limit
		// configured for everyone's transactions.
		try (Transaction tx = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
			.beginTx(PASSWORD_CHANGE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			tx.execute("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", credentials.password()));
			tx.commit();
		}
		log.info("Embedded Neo4j: password of user {} set", credentials.user());
	}

	private static boolean authenticates(String uri, EmbeddedCredentials credentials) {
		try (Driver probe = GraphDatabase.driver(uri, AuthTokens.basic(credentials.user(), credentials.password()))) {
			probe.verifyConnectivity();
			return true;
		}
		catch (AuthenticationException ex) {
			return false;
		}
	}

	private static BoltOriginGuard bindGuard(EmbeddedNeo4jProperties properties) {
		try {
			return BoltOriginGuard.bind(new InetSocketAddress(properties.boltAddress(), properties.boltPort()),
					new HashSet<>(properties.boltAllowedOrigins()));
		}
		catch (BindException ex) {
			throw new StartupProblem("The Bolt port " + properties.boltAddress() + ":" + properties.boltPort()
					+ " is already in use. Stop whatever holds it or set atlas.embedded.bolt-port to a free port.");
		}
		catch (IOException ex) {
			throw new StartupProblem("The Bolt port " + properties.boltAddress() + ":" + properties.boltPort()
					+ " cannot be opened: " + ex.getMessage() + ". Check atlas.embedded.bolt-address.");
		}
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

	private static StartupProblem explain(RuntimeException ex, Path dataDir) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileLockException) {
				return new StartupProblem("The data directory " + dataDir + " is in use by another running instance "
						+ "(of Alliance Atlas or Neo4j). Stop it, or set atlas.embedded.data-dir to another directory.");
			}
		}
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return new StartupProblem("Embedded Neo4j could not start on " + dataDir + ": " + root.getMessage(), ex);
	}

	/** The Bolt address this application's driver connects to. */
	public String boltUri() {
		return this.boltUri;
	}

	/** The Bolt address for tools such as Neo4j Browser or cypher-shell. */
	public String publicBoltUri() {
		return this.publicBoltUri;
	}

	/** The user name the driver and tools log in with. */
	public String user() {
		return this.credentials.user();
	}

	/** The password the driver and tools log in with. */
	public String password() {
		return this.credentials.password();
	}

	@Override
	public void close() {
		log.info("Stopping embedded Neo4j");
		this.guard.close();
		this.managementService.shutdown();
	}

}
