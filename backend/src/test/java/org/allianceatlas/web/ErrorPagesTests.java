package org.allianceatlas.web;

import org.allianceatlas.AtlasTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Through the real server, so the container's error handling renders our templates. */
@AtlasTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	private HttpResponse<String> fetch(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void unknownStateAndPathGetThe404PageInTheLayout() throws Exception {
		for (String path : new String[] { "/states/XXX", "/organisations/NOPE", "/no/such/page" }) {
			HttpResponse<String> response = fetch(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path)
				.contains("<h1>Not found</h1>", "Skip to content", "Troop figures", "Alliance Atlas")
				.doesNotContain("Whitelabel", "Exception", "at org.");
		}
	}

	@Test
	void badParametersGetAMessageNotAWhitelabelPage() throws Exception {
		HttpResponse<String> response = fetch("/troops?year=%27%3Bdrop");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("is not a year", "Troop figures")
			.doesNotContain("Whitelabel", "Exception");
		response = fetch("/overlap?date=31.12.2020");
		assertThat(response.body()).contains("is not a day").doesNotContain("Whitelabel");
	}

}
