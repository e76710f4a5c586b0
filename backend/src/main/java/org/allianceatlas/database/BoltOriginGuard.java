package org.allianceatlas.database;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt port that tools outside the application (cypher-shell, Neo4j Browser) connect
 * to. It passes plain Bolt connections through to the embedded Neo4j, and passes a
 * WebSocket upgrade through only when the request comes from no web page (no
 * {@code Origin} header) or from an origin listed in
 * {@code atlas.embedded.bolt-allowed-origins}.
 * <p>
 * Neo4j 2026.08 has no setting for this: its Bolt connector accepts a WebSocket upgrade
 * from any origin, so any page a local user opens could talk to a database on their
 * machine. This guard is the smallest piece that closes that door without giving up the
 * Bolt port for local tools; the database behind it also requires a password.
 */
final class BoltOriginGuard implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BoltOriginGuard.class);

	/** The four bytes every Bolt client sends first. */
	private static final byte[] BOLT_MAGIC = { 0x60, 0x60, (byte) 0xB0, 0x17 };

	private static final byte[] HTTP_GET = "GET ".getBytes(StandardCharsets.US_ASCII);

	/** Most bytes of HTTP request head read before giving up on a WebSocket upgrade. */
	private static final int MAX_HEAD_BYTES = 16 * 1024;

	/** How long a new connection may take to say which protocol it speaks. */
	private static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;

	private static final byte[] FORBIDDEN = forbidden("Bolt over WebSocket is not allowed from this web origin.\n");

	private final ServerSocket server;

	private volatile InetSocketAddress target;

	private final Set<String> allowedOrigins;

	private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();

	private final Thread acceptor;

	private BoltOriginGuard(ServerSocket server, Set<String> allowedOrigins) {
		this.server = server;
		this.allowedOrigins = allowedOrigins;
		this.acceptor = Thread.ofPlatform().name("bolt-origin-guard").daemon().unstarted(this::acceptLoop);
	}

	/**
	 * Takes the port tools will connect to, before the database starts, so that a port in
	 * use is reported at once.
	 * @throws IOException when the address cannot be bound (for example the port is in
	 * use)
	 */
	static BoltOriginGuard bind(InetSocketAddress listen, Set<String> allowedOrigins) throws IOException {
		ServerSocket server = new ServerSocket();
		try {
			server.bind(listen, 50);
		}
		catch (IOException ex) {
			server.close();
			throw ex;
		}
		Set<String> origins = allowedOrigins.stream()
			.map(origin -> origin.trim().toLowerCase(Locale.ROOT))
			.filter(origin -> !origin.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		return new BoltOriginGuard(server, origins);
	}

	/**
	 * Starts accepting connections and forwarding them to the database's own Bolt
	 * connector.
	 */
	void forwardTo(InetSocketAddress database) {
		this.target = database;
		this.acceptor.start();
	}

	/** The port tools connect to. */
	int port() {
		return this.server.getLocalPort();
	}

	private void acceptLoop() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				this.connections.execute(() -> handle(client));
			}
			catch (SocketException ex) {
				// closed: stop accepting
			}
			catch (IOException ex) {
				log.debug("Bolt guard could not accept a connection: {}", ex.getMessage());
			}
		}
	}

	private void handle(Socket client) {
		try (client) {
			client.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
			InputStream in = client.getInputStream();
			byte[] start = in.readNBytes(4);
			byte[] prefix;
			if (Arrays.equals(start, BOLT_MAGIC)) {
				prefix = start;
			}
			else if (Arrays.equals(start, HTTP_GET)) {
				prefix = readRequestHead(start, in);
				String origin = (prefix != null) ? header(prefix, "origin") : null;
				if (prefix == null || (origin != null && !isAllowed(origin))) {
					log.warn("Refused Bolt over WebSocket from origin {}",
							(origin != null) ? origin : "(unreadable request)");
					client.getOutputStream().write(FORBIDDEN);
					client.getOutputStream().flush();
					return;
				}
			}
			else {
				return;
			}
			client.setSoTimeout(0);
			// Bolt sends small messages and waits for answers: without this, Nagle's
			// algorithm
			// holds each small write back until the last one is acknowledged (tens of ms)
			client.setTcpNoDelay(true);
			forward(client, prefix);
		}
		catch (IOException ex) {
			log.debug("Bolt guard connection ended: {}", ex.getMessage());
		}
	}

	private boolean isAllowed(String origin) {
		return this.allowedOrigins.contains(origin.trim().toLowerCase(Locale.ROOT));
	}

	private void forward(Socket client, byte[] prefix) throws IOException {
		try (Socket database = new Socket()) {
			database.setTcpNoDelay(true);
			database.connect(this.target, HANDSHAKE_TIMEOUT_MILLIS);
			OutputStream toDatabase = database.getOutputStream();
			toDatabase.write(prefix);
			toDatabase.flush();
			var upstream = this.connections.submit(() -> copy(client.getInputStream(), database));
			copy(database.getInputStream(), client);
			upstream.cancel(true);
		}
	}

	/** Copies until either side closes, then closes the receiving side's output. */
	private static Void copy(InputStream from, Socket to) {
		try {
			from.transferTo(to.getOutputStream());
			to.shutdownOutput();
		}
		catch (IOException ex) {
			// the other side went away
		}
		return null;
	}

	private static byte[] forbidden(String message) {
		byte[] body = message.getBytes(StandardCharsets.US_ASCII);
		String head = "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
				+ body.length + "\r\nConnection: close\r\n\r\n";
		byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
		byte[] response = Arrays.copyOf(headBytes, headBytes.length + body.length);
		System.arraycopy(body, 0, response, headBytes.length, body.length);
		return response;
	}

	/**
	 * The HTTP request head (up to and with the blank line), or null if it is larger than
	 * allowed.
	 */
	private static byte[] readRequestHead(byte[] start, InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		head.write(start);
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (head.size() < MAX_HEAD_BYTES) {
			int next = in.read();
			if (next < 0) {
				return null;
			}
			head.write(next);
			matched = (next == end[matched]) ? matched + 1 : ((next == '\r') ? 1 : 0);
			if (matched == end.length) {
				return head.toByteArray();
			}
		}
		return null;
	}

	/** The value of an HTTP header in a request head, or null. */
	static String header(byte[] head, String name) {
		String text = new String(head, StandardCharsets.ISO_8859_1);
		for (String line : text.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
				return line.substring(colon + 1).trim();
			}
		}
		return null;
	}

	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			log.debug("Bolt guard did not close cleanly: {}", ex.getMessage());
		}
		this.connections.shutdownNow();
	}

}
