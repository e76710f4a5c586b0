package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoint as tools meet it: the printed schema and the samples as UTF-8 text, GET
 * for cacheable queries (Cache-Control, a strong ETag, 304), automatic persisted queries
 * by Apollo's protocol, and the request limits on both, against the seeded graph.
 */
@AtlasTest
class HttpToolsTests {

	private static final String COUNTS = "{ counts { states organisations } }";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void theSchemaIsUtf8TextWithItsCyrillicIntact() {
		MockHttpServletResponse response = this.mvc.get().uri("/graphql/schema").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(MediaType.parseMediaType(response.getContentType()))
			.isEqualTo(MediaType.parseMediaType("text/plain;charset=UTF-8"));
		assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("одкб")
			.contains("type Query");
	}

	@Test
	void theSampleQueriesAreServedAsTheyAreInDocs() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/graphql/samples").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualToIgnoringCase("text/plain;charset=UTF-8");
		assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8))
			.isEqualTo(Files.readString(Path.of("../docs/sample-queries.graphql")));
	}

	@Test
	void aQueryByGetIsCacheableWithAStrongEtag() {
		MockHttpServletResponse first = get(Map.of("query", COUNTS), null);
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(body(first)).contains("\"states\":").doesNotContain("errors");
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("\"").doesNotStartWith("W/");
		MockHttpServletResponse again = get(Map.of("query", COUNTS), etag);
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		MockHttpServletResponse other = get(Map.of("query", "{ counts { states } }"), etag);
		assertThat(other.getStatus()).isEqualTo(200);
		assertThat(other.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
	}

	@Test
	void variablesAndOperationNameTravelInTheUrl() {
		MockHttpServletResponse response = get(Map.of("query",
				"query Named($iso3: String!) { state(iso3: $iso3) { name } } query Other { counts { states } }",
				"operationName", "Named", "variables", "{\"iso3\": \"ARM\"}"), null);
		assertThat(body(response)).isEqualTo("{\"data\":{\"state\":{\"name\":\"Armenia\"}}}");
	}

	@Test
	void errorsPostsAndMalformedGetsAreNeverStored() {
		MockHttpServletResponse notFound = get(Map.of("query", "{ state(iso3: \"XXX\") { name } }"), null);
		assertThat(body(notFound)).contains("NOT_FOUND");
		assertThat(notFound.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		assertThat(notFound.getHeader(HttpHeaders.ETAG)).isNull();
		MockHttpServletResponse post = post("{\"query\": \"" + COUNTS + "\"}");
		assertThat(post.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		assertThat(post.getHeader(HttpHeaders.ETAG)).isNull();
		MockHttpServletResponse noQuery = get(Map.of(), null);
		assertThat(noQuery.getStatus()).isEqualTo(400);
		assertThat(body(noQuery)).contains("needs a 'query' parameter").contains("BAD_REQUEST");
		MockHttpServletResponse badVariables = get(Map.of("query", COUNTS, "variables", "[1"), null);
		assertThat(badVariables.getStatus()).isEqualTo(400);
		assertThat(body(badVariables)).contains("'variables' is not a JSON object");
	}

	@Test
	void theLimitsApplyToGetAsToPost() {
		MockHttpServletResponse aliases = get(Map.of("query", aliases(31)), null);
		assertThat(body(aliases)).contains("LIMIT_EXCEEDED").contains("31 aliased fields");
		assertThat(aliases.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		MockHttpServletResponse large = get(Map.of("query", COUNTS + " #" + "x".repeat(17_000)), null);
		assertThat(body(large)).contains("LIMIT_EXCEEDED").contains("more than the limit of 16,384 bytes");
		MockHttpServletResponse cost = get(Map.of("query",
				"{ organisations { memberships { state { memberships { organisation { memberships { state { "
						+ "memberships { organisation { memberships { key } } } } } } } } } } }"),
				null);
		assertThat(body(cost)).contains("LIMIT_EXCEEDED").contains("estimated cost");
	}

	@Test
	void aPersistedQueryIsRegisteredOnceAndThenRunByItsHash() {
		String query = "{ state(iso3: \"KAZ\") { name iso3 } }";
		String hash = sha256(query);
		String byHash = "{\"extensions\": " + persisted(hash) + "}";
		assertThat(body(post(byHash))).contains("PersistedQueryNotFound").contains("PERSISTED_QUERY_NOT_FOUND");
		String registration = this.json.writeValueAsString(Map.of("query", query, "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))));
		assertThat(body(post(registration))).contains("\"Kazakhstan\"").doesNotContain("errors");
		assertThat(body(post(byHash))).isEqualTo("{\"data\":{\"state\":{\"name\":\"Kazakhstan\",\"iso3\":\"KAZ\"}}}");
		MockHttpServletResponse get = get(Map.of("extensions", persisted(hash)), null);
		assertThat(body(get)).contains("\"Kazakhstan\"");
		assertThat(get.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
		assertThat(get.getHeader(HttpHeaders.ETAG)).isNotNull();
	}

	@Test
	void aHashThatIsNotTheQuerysIsRefused() {
		String registration = this.json.writeValueAsString(Map.of("query", COUNTS, "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256("something else")))));
		assertThat(body(post(registration))).contains("BAD_REQUEST")
			.contains("PERSISTED_QUERY_ID_INVALID")
			.doesNotContain("\"data\"");
	}

	@Test
	void theLimitsApplyToPersistedQueriesToo() {
		String tooMany = aliases(31);
		String hash = sha256(tooMany);
		String registration = this.json.writeValueAsString(Map.of("query", tooMany, "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))));
		assertThat(body(post(registration))).contains("LIMIT_EXCEEDED").contains("31 aliased fields");
		// known by its hash now, and still refused each time it is run by it
		assertThat(body(post("{\"extensions\": " + persisted(hash) + "}"))).contains("31 aliased fields");
		assertThat(body(get(Map.of("extensions", persisted(hash)), null))).contains("31 aliased fields");
		// a document over the size limit is refused before it is parsed, so it is never
		// kept
		String large = COUNTS + " #" + "x".repeat(17_000);
		String largeHash = sha256(large);
		assertThat(body(post(this.json.writeValueAsString(Map.of("query", large, "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", largeHash)))))))
			.contains("more than the limit of 16,384 bytes");
		assertThat(body(post("{\"extensions\": " + persisted(largeHash) + "}"))).contains("PersistedQueryNotFound");
	}

	@Test
	void theHttpStatusFollowsGraphQlOverHttp() {
		// the README's errors table: 400 only when nothing ran and the client speaks
		// application/graphql-response+json (or the body is no GraphQL request)
		MediaType graphQlResponse = MediaType.parseMediaType("application/graphql-response+json");
		assertThat(this.mvc.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(graphQlResponse)
			.content("{\"query\": \"{ state(iso3: 3) { name } }\"}")).hasStatus(400);
		assertThat(this.mvc.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(graphQlResponse)
			.content("{\"query\": \"{ state(iso3: \\\"XXX\\\") { name } }\"}")).hasStatus(200);
		assertThat(post("{\"query\": \"{ state(iso3: 3) { name } }\"}").getStatus()).isEqualTo(200);
		assertThat(post("{not json").getStatus()).isEqualTo(400);
		assertThat(body(post("{not json"))).contains("BAD_REQUEST").contains("not a GraphQL request");
	}

	@Test
	void corsAdvertisesGetAndPostToConfiguredOriginsOnly() {
		MockHttpServletResponse allowed = this.mvc.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.getResponse();
		assertThat(allowed.getStatus()).isEqualTo(200);
		assertThat(allowed.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).isEqualTo("GET,POST");
		// a cached answer varies by the origin (CORS) and by the media type asked for
		MockHttpServletResponse get = this.mvc.get()
			.uri("/graphql")
			.param("query", COUNTS)
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.exchange()
			.getResponse();
		assertThat(get.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("http://localhost:5173");
		assertThat(String.join(",", get.getHeaders(HttpHeaders.VARY))).contains("Origin").contains("Accept");
		assertThat(this.mvc.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")).hasStatus(403);
		assertThat(this.mvc.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")).hasStatus(403);
	}

	private MockHttpServletResponse get(Map<String, String> params, String ifNoneMatch) {
		var request = this.mvc.get().uri("/graphql").accept(MediaType.APPLICATION_JSON);
		params.forEach(request::param);
		if (ifNoneMatch != null) {
			request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
		}
		return request.exchange().getResponse();
	}

	private MockHttpServletResponse post(String body) {
		return this.mvc.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange()
			.getResponse();
	}

	private static String body(MockHttpServletResponse response) {
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static String persisted(String hash) {
		return "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}";
	}

	private static String aliases(int count) {
		StringBuilder document = new StringBuilder("{");
		for (int i = 0; i < count; i++) {
			document.append(" a").append(i).append(": counts { states }");
		}
		return document.append(" }").toString();
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
