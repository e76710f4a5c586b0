package org.allianceatlas.graphql;

import java.time.Duration;
import java.util.List;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Who may keep an answer: a query that came by GET and answered without an error may be
 * cached by anyone for a while ({@code public, max-age}, with an ETag from
 * {@link GraphQlHttp}); everything else, POST included, is {@code no-store}, and the
 * answer to a request with credentials {@code private, no-store}. It also tells the
 * execution that the request came by GET, so that only queries run
 * ({@link RequestLimits}).
 */
final class HttpCaching implements WebGraphQlInterceptor {

	private final String publicCache;

	HttpCaching(Duration maxAge) {
		this.publicCache = "public, max-age=" + maxAge.toSeconds();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		boolean get = Boolean.TRUE.equals(request.getAttributes().get(GraphQlHttp.GET));
		// The API authenticates only by this header (refusing any token it cannot
		// verify),
		// so an answer to a request with it may be personal: only the client may keep it.
		boolean authenticated = request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		if (get) {
			request.configureExecutionInput((input, builder) -> {
				input.getGraphQLContext().put(GraphQlHttp.GET, Boolean.TRUE);
				return input;
			});
		}
		return chain.next(request).doOnNext(response -> {
			HttpHeaders headers = response.getResponseHeaders();
			boolean cacheable = get && !authenticated && response.getErrors().isEmpty();
			headers.setCacheControl(cacheable ? this.publicCache : (authenticated ? "private, no-store" : "no-store"));
			if (get) {
				headers.setVary(List.of(HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION));
			}
		});
	}

}
