package org.allianceatlas.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.allianceatlas.availability.AtlasErrorType;
import org.allianceatlas.availability.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Runs GraphQL documents against our own API in-process, so every page is drawn from exactly what the
 * public {@code /graphql} endpoint offers. Results come back as plain maps and lists.
 */
@Component
class AtlasGraphQl {

	private static final Logger log = LoggerFactory.getLogger(AtlasGraphQl.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final ExecutionGraphQlService graphQlService;

	AtlasGraphQl(ExecutionGraphQlService graphQlService) {
		this.graphQlService = graphQlService;
	}

	/** Runs the document and returns its data; fails on any GraphQL error. */
	Map<String, Object> query(String document, Map<String, Object> variables) {
		var request = new DefaultExecutionGraphQlRequest(document, null, variables, Map.of(),
				UUID.randomUUID().toString(), Locale.ENGLISH);
		ExecutionGraphQlResponse response = this.graphQlService.execute(request).block(TIMEOUT);
		if (response == null) {
			throw new IllegalStateException("No response from the GraphQL API");
		}
		// A lookup of an unknown key answers null with a NOT_FOUND error; the page turns the null into a 404.
		List<ResponseError> errors = response.getErrors().stream()
			.filter((error) -> !"NOT_FOUND".equals(String.valueOf(error.getErrorType())))
			.toList();
		// Without its database a page has nothing to show; it answers 503 (DatabaseUnavailablePages), not a 404.
		if (errors.stream().anyMatch(AtlasErrorType.UNAVAILABLE::is)) {
			throw new DatabaseUnavailableException();
		}
		Map<String, Object> data = response.getData();
		if (!errors.isEmpty()) {
			if (data == null) {
				throw new IllegalStateException("GraphQL errors: " + errors);
			}
			// Partial data: the page shows what could be read; the log says what could not.
			log.warn("GraphQL errors for a page query: {}", errors);
		}
		return (data != null) ? data : Map.of();
	}

	Map<String, Object> query(String document) {
		return query(document, Map.of());
	}

	/**
	 * Every node of a Relay connection, page by page. {@code field} is the query field (e.g.
	 * {@code sources}) and {@code selection} the fields wanted of each node.
	 */
	List<Map<String, Object>> allNodes(String field, String selection) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 1000; page++) {
			String document = "query Page($after: String) { " + field + "(first: 100, after: $after) { edges { node { "
					+ selection + " } } pageInfo { hasNextPage endCursor } } }";
			Map<String, Object> variables = new HashMap<>();
			variables.put("after", after);
			Map<String, Object> connection = Maps.map(query(document, variables), field);
			for (Map<String, Object> edge : Maps.list(connection, "edges")) {
				nodes.add(Maps.map(edge, "node"));
			}
			Map<String, Object> pageInfo = Maps.map(connection, "pageInfo");
			if (!Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
				break;
			}
			after = (String) pageInfo.get("endCursor");
		}
		return nodes;
	}

}
