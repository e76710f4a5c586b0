package org.allianceatlas.graphql;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep one request from occupying the service; see the
 * {@code atlas.graphql.*} section of application.properties and the README's
 * Configuration table.
 *
 * @param maxDepth deepest allowed selection nesting
 * @param maxCost budget of one request's estimated cost, where each field costs one and a
 * list multiplies what it selects by the number of items it can hold
 * ({@link RequestCost})
 * @param maxAliases most aliased fields one document may have
 * @param maxDocumentBytes longest document, in bytes of UTF-8
 * @param maxVariablesBytes largest variables, in bytes of their text
 * @param maxListItems most items of one list in the variables
 * @param maxPageSize most items one page of a connection (or one search) may return
 * @param defaultPageSize items per page when {@code first} is not given
 * @param maxSearchLength most characters of a search text
 * @param maxSearchWords most words of a search text
 * @param timeout time one request may take, in GraphQL and in the database
 * @param maxExpensiveRequests expensive requests that may run at once; more are refused
 * as busy
 * @param maxPersistedQueries most automatic persisted queries kept; the least recently
 * used is forgotten first
 * @param cacheMaxAge how long others may cache an answer to a GET query
 * @param cors allowed origins of the GraphQL endpoint
 */
@ConfigurationProperties("atlas.graphql")
public record GraphQlLimits(@DefaultValue("12") int maxDepth, @DefaultValue("1000000") int maxCost,
		@DefaultValue("30") int maxAliases, @DefaultValue("16384") int maxDocumentBytes,
		@DefaultValue("16384") int maxVariablesBytes, @DefaultValue("100") int maxListItems,
		@DefaultValue("100") int maxPageSize, @DefaultValue("20") int defaultPageSize,
		@DefaultValue("200") int maxSearchLength, @DefaultValue("10") int maxSearchWords,
		@DefaultValue("5s") Duration timeout, @DefaultValue("1") int maxExpensiveRequests,
		@DefaultValue("1000") int maxPersistedQueries, @DefaultValue("60s") Duration cacheMaxAge,
		@DefaultValue Cors cors) {

	/**
	 * @param allowedOrigins origins that may call /graphql from a browser
	 */
	public record Cors(@DefaultValue List<String> allowedOrigins) {
	}

}
