package org.allianceatlas.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the guard in front of Bolt lets through to a stand-in database that echoes what it
 * receives.
 */
class BoltOriginGuardTests {

	private ServerSocket database;

	private BoltOriginGuard guard;

	@BeforeEach
	void start() throws IOException {
		this.database = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(this::echo);
		this.guard = BoltOriginGuard.bind(new InetSocketAddress("127.0.0.1", 0), Set.of("https://Tools.Example "));
		this.guard.forwardTo(new InetSocketAddress("127.0.0.1", this.database.getLocalPort()));
	}

	@AfterEach
	void stop() throws IOException {
		this.guard.close();
		this.database.close();
	}

	@Test
	void plainBoltGoesThroughBothWays() throws IOException {
		byte[] hello = { 0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 4, 4 };
		assertThat(exchange(hello, hello.length)).containsExactly(hello);
	}

	@Test
	void aWebSocketUpgradeFromAnAllowedOriginOrFromNoPageGoesThrough() throws IOException {
		for (String origin : new String[] { "https://tools.example", null }) {
			byte[] request = upgrade(origin);
			assertThat(new String(exchange(request, request.length), StandardCharsets.US_ASCII))
				.isEqualTo(new String(request, StandardCharsets.US_ASCII));
		}
	}

	@Test
	void aWebSocketUpgradeFromAnyOtherOriginIsRefusedAndNeverReachesTheDatabase() throws IOException {
		for (String origin : new String[] { "http://attacker.example", "https://tools.example.attacker.example",
				"null" }) {
			String answer = new String(exchange(upgrade(origin), Integer.MAX_VALUE), StandardCharsets.US_ASCII);
			assertThat(answer).startsWith("HTTP/1.1 403 Forbidden").doesNotContain("GET /");
		}
	}

	@Test
	void anythingElseIsClosedWithoutAnAnswer() throws IOException {
		assertThat(exchange("HELO there\r\n".getBytes(StandardCharsets.US_ASCII), Integer.MAX_VALUE)).isEmpty();
	}

	private static byte[] upgrade(String origin) {
		return ("GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
				+ ((origin != null) ? "Origin: " + origin + "\r\n" : "") + "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * Sends the bytes through the guard and reads until {@code expected} bytes came back
	 * or the guard closed.
	 */
	private byte[] exchange(byte[] request, int expected) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.guard.port())) {
			socket.setSoTimeout(5_000);
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			for (int next = 0; answer.size() < expected && (next = in.read()) >= 0;) {
				answer.write(next);
			}
			return answer.toByteArray();
		}
	}

	/** The stand-in database: sends back every byte it receives. */
	private void echo() {
		while (!this.database.isClosed()) {
			try {
				Socket connection = this.database.accept();
				CompletableFuture.runAsync(() -> {
					try (connection) {
						connection.getInputStream().transferTo(connection.getOutputStream());
					}
					catch (IOException ex) {
						// closed
					}
				}).orTimeout(10, TimeUnit.SECONDS);
			}
			catch (IOException ex) {
				return;
			}
		}
	}

}
