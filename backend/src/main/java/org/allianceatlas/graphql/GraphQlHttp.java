package org.allianceatlas.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.schema.idl.SchemaPrinter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The HTTP side of the GraphQL endpoint, beyond Spring's POST: queries over GET
 * (cacheable, with an ETag), automatic persisted queries, a request body that is no
 * GraphQL request answered as a GraphQL error, and the printed schema and the sample
 * queries as UTF-8 text (Spring's schema page names no charset, so its Cyrillic reaches
 * browsers as mojibake).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttp {

	/** Request attribute and GraphQL context key marking a request that came by GET. */
	static final String GET = GraphQlHttp.class.getName() + ".GET";

	static final MediaType TEXT_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private static final String SAMPLES = "public-docs/sample-queries.graphql";

	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, JsonMapper json) {
		return new Handler(handler, json);
	}

	/** Routes that come before Spring Boot's (which answers GET /graphql with 405). */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> atlasGraphQlRoutes(GraphQlHttpHandler handler, GraphQlSource source,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		String samples = read(new ClassPathResource(SAMPLES));
		return RouterFunctions.route()
			.GET(path, handler::handleRequest)
			.GET(path + "/schema",
					request -> ServerResponse.ok()
						.contentType(TEXT_UTF8)
						.body(new SchemaPrinter().print(source.schema())))
			.GET(path + "/samples", request -> ServerResponse.ok().contentType(TEXT_UTF8).body(samples))
			.build();
	}

	/**
	 * A strong ETag on every cacheable GET answer, and 304 Not Modified for a request
	 * whose If-None-Match names it. Answers marked {@code no-store} (errors, POST) get
	 * none.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> graphQlEtags(
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns(path);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	WebGraphQlInterceptor httpCaching(GraphQlLimits limits) {
		return new HttpCaching(limits.cacheMaxAge());
	}

	/**
	 * Documents parsed and validated once ({@link Documents}), and automatic persisted
	 * queries: Apollo's protocol, as graphql-java implements it.
	 */
	@Bean
	Documents documents(GraphQlLimits limits) {
		return new Documents(new PersistedQueries(limits.maxPersistedQueries()), limits.maxCachedDocumentChars());
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocuments(Documents documents) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	private static String read(ClassPathResource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The sample queries are missing from the application", ex);
		}
	}

	/**
	 * Spring's handler, which reads POST bodies, plus GET: {@code query},
	 * {@code operationName}, and {@code variables} and {@code extensions} as JSON, in the
	 * URL (GraphQL over HTTP). Either way the request runs through the same interceptors,
	 * so every limit applies alike.
	 */
	static final class Handler extends GraphQlHttpHandler {

		private static final Logger log = LoggerFactory.getLogger(Handler.class);

		private final WebGraphQlHandler graphQl;

		private final JsonMapper json;

		private final IdGenerator ids = new AlternativeJdkIdGenerator();

		Handler(WebGraphQlHandler graphQl, JsonMapper json) {
			super(graphQl);
			this.graphQl = graphQl;
			this.json = json;
		}

		@Override
		public ServerResponse handleRequest(ServerRequest request) throws ServletException {
			if (HttpMethod.GET.equals(request.method())) {
				return get(request);
			}
			try {
				return super.handleRequest(request);
			}
			catch (ResponseStatusException ex) {
				if (ex.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()) {
					throw ex;
				}
				return notAGraphQlRequest(ex);
			}
			catch (HttpMessageNotReadableException ex) {
				return notAGraphQlRequest(ex);
			}
		}

		private static ServerResponse notAGraphQlRequest(Exception ex) {
			log.info("Malformed GraphQL request body: {}", ErrorClassifications.oneLine(ex.getMessage()));
			return badRequest("The request body is not a GraphQL request: send JSON such as "
					+ "{\"query\": \"{ counts { states } }\", \"variables\": {}}.", "body");
		}

		private ServerResponse get(ServerRequest request) throws ServletException {
			Map<String, Object> body = new LinkedHashMap<>();
			String query = request.param("query").orElse(null);
			if (query != null) {
				body.put("query", query);
			}
			request.param("operationName").ifPresent(name -> body.put("operationName", name));
			for (String name : List.of("variables", "extensions")) {
				String text = request.param(name).orElse(null);
				if (text == null || text.isBlank()) {
					continue;
				}
				try {
					body.put(name, this.json.readValue(text, Map.class));
				}
				catch (JacksonException | ClassCastException ex) {
					return badRequest("The parameter '" + name + "' is not a JSON object.", name);
				}
			}
			if (query == null && !(body.get("extensions") instanceof Map<?, ?> extensions
					&& extensions.containsKey("persistedQuery"))) {
				return badRequest("GET /graphql needs a 'query' parameter (or the hash of a persisted query in "
						+ "'extensions'), e.g. /graphql?query={counts{states}}", "query");
			}
			// what Spring's POST reading puts for a persisted query sent without its text
			body.putIfAbsent("query", PersistedQuerySupport.PERSISTED_QUERY_MARKER);
			Map<String, Object> attributes = new LinkedHashMap<>(request.attributes());
			attributes.put(GET, Boolean.TRUE);
			WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
					cookies(request), request.remoteAddress().orElse(null), attributes, body,
					this.ids.generateId().toString(), LocaleContextHolder.getLocale());
			return prepareResponse(request, this.graphQl.handleRequest(graphQlRequest));
		}

		private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
			MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
			request.cookies()
				.forEach((name, values) -> values
					.forEach(cookie -> cookies.add(name, new HttpCookie(name, cookie.getValue()))));
			return cookies;
		}

		/** A request that is no GraphQL request, answered as one error of the set. */
		private static ServerResponse badRequest(String message, String argument) {
			Map<String, Object> error = Map.of("message", message, "extensions",
					Map.of("classification", "BAD_REQUEST", "argument", argument));
			return ServerResponse.badRequest()
				.contentType(MediaType.APPLICATION_JSON)
				.header("Cache-Control", "no-store")
				.body(Map.of("errors", List.of(error)));
		}

	}

}
