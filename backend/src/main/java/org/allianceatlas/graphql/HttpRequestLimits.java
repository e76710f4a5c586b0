package org.allianceatlas.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.http.HttpHeaders;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Limits of a request over HTTP, checked before graphql-java parses it: the size of its
 * document and of its variables, and the number of items of each list in its variables.
 * It also starts the request's deadline and, should the execution still be going when the
 * deadline passes, answers a TIMEOUT error and cancels the execution.
 */
final class HttpRequestLimits implements WebGraphQlInterceptor {

	private final GraphQlLimits limits;

	private final ExpensiveRequests expensive;

	HttpRequestLimits(GraphQlLimits limits, ExpensiveRequests expensive) {
		this.limits = limits;
		this.expensive = expensive;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String problem = problem(request);
		if (problem != null) {
			return Mono.just(refusal(request, AtlasErrorType.LIMIT_EXCEEDED, problem));
		}
		if (this.expensive.wouldRefuse(request.getDocument())) {
			// the same answer the execution would give, without parsing the document
			// again
			return Mono.just(retryLater(refusal(request, AtlasErrorType.BUSY, RequestLimits.busy(this.expensive))));
		}
		RequestDeadline deadline = new RequestDeadline(this.limits.timeout());
		Object body = request.getAttributes().get(RequestBodyLimit.BODY);
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(RequestDeadline.CONTEXT_KEY, deadline);
			if (body != null) {
				input.getGraphQLContext().put(RequestBodyLimit.BODY, body);
			}
			return input;
		});
		return chain.next(request).timeout(this.limits.timeout(), Mono.fromSupplier(() -> {
			deadline.cancel();
			return refusal(request, AtlasErrorType.TIMEOUT, RequestTimeoutException.message(this.limits.timeout()));
		})).map(HttpRequestLimits::retryLater);
	}

	/** A BUSY answer tells the client when to try again. */
	private static WebGraphQlResponse retryLater(WebGraphQlResponse response) {
		if (response.getErrors().stream().anyMatch(error -> error.getErrorType() == AtlasErrorType.BUSY)) {
			response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, RequestBodyLimit.RETRY_AFTER_SECONDS);
		}
		return response;
	}

	private String problem(WebGraphQlRequest request) {
		int documentBytes = request.getDocument().getBytes(StandardCharsets.UTF_8).length;
		if (documentBytes > this.limits.maxDocumentBytes()) {
			return "The query document is " + Words.number(documentBytes) + " bytes long, more than the limit of "
					+ Words.number(this.limits.maxDocumentBytes()) + " bytes.";
		}
		Size variables = new Size();
		variables.add(request.getVariables(), this.limits.maxVariablesBytes());
		if (variables.bytes > this.limits.maxVariablesBytes()) {
			return "The variables are longer than the limit of " + Words.number(this.limits.maxVariablesBytes())
					+ " bytes.";
		}
		if (variables.longestList > this.limits.maxListItems()) {
			return "A list in the variables has " + Words.number(variables.longestList)
					+ " items, more than the limit of " + Words.number(this.limits.maxListItems()) + " items per list.";
		}
		return null;
	}

	private static WebGraphQlResponse refusal(WebGraphQlRequest request, AtlasErrorType type, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().errorType(type).message(message).build())
			.build();
		ErrorClassifications.logRefusal(type, message);
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	/**
	 * The size of variables as JSON text, roughly (names and values, with quotes and
	 * separators), and the longest list among them; the walk stops once the size is well
	 * past the limit.
	 */
	private static final class Size {

		private long bytes;

		private int longestList;

		void add(Object value, int limit) {
			if (this.bytes > limit * 2L) {
				return;
			}
			if (value instanceof Map<?, ?> map) {
				this.bytes += 2;
				for (Map.Entry<?, ?> entry : map.entrySet()) {
					this.bytes += String.valueOf(entry.getKey()).length() + 4;
					add(entry.getValue(), limit);
				}
			}
			else if (value instanceof Collection<?> list) {
				this.longestList = Math.max(this.longestList, list.size());
				this.bytes += 2;
				for (Object item : list) {
					this.bytes += 1;
					add(item, limit);
					if (this.bytes > limit * 2L) {
						return;
					}
				}
			}
			else if (value instanceof String text) {
				this.bytes += text.getBytes(StandardCharsets.UTF_8).length + 2;
			}
			else {
				this.bytes += String.valueOf(value).length();
			}
		}

	}

}
