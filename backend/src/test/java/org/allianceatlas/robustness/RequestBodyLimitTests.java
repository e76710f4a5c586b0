package org.allianceatlas.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16, point 1: a body too large for any request within the document and variable
 * limits is refused before it is parsed, whether its length is declared or it comes in
 * chunks, and a request within the bound is answered as before.
 */
@AtlasTest
class RequestBodyLimitTests {

	private static final String REFUSAL = "{\"errors\":[{\"message\":\"The request body is longer than the limit of "
			+ "131,072 bytes.\",\"extensions\":{\"classification\":\"LIMIT_EXCEEDED\"}}]}";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aDeclaredLengthAboveTheBoundIsRefusedWith413() throws Exception {
		String body = "{\"query\": \"{ state(iso3: \\\"ARM\\\") { name } }\", \"padding\": \"" + "x".repeat(200_000)
				+ "\"}";
		HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(body));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).isEqualTo(REFUSAL);
	}

	@Test
	void aChunkedBodyIsReadOnlyUpToTheBound() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = "x".repeat(8192).getBytes(StandardCharsets.US_ASCII);
			// 17 chunks of 8 KiB: past the bound; the rest of a much longer body is never
			// sent
			for (int i = 0; i < 17; i++) {
				out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(chunk);
				out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			out.flush();
			// the answer comes while the client could still be sending: read until it is
			// whole
			InputStream in = socket.getInputStream();
			StringBuilder answer = new StringBuilder();
			byte[] buffer = new byte[4096];
			while (!answer.toString().contains(REFUSAL)) {
				int read = in.read(buffer);
				if (read < 0) {
					break;
				}
				answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
			}
			assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains(REFUSAL);
		}
	}

	@Test
	void aBodyWithinTheBoundIsAnswered() throws Exception {
		String body = "{\"query\": \"{ state(iso3: \\\"ARM\\\") { name } }\", \"variables\": {\"padding\": \""
				+ "x".repeat(10_000) + "\"}}";
		HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(body));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"state\":{\"name\":\"Armenia\"}}}");
	}

	private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
