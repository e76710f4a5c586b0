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
 * @param maxBodyBytes longest body of a request over HTTP, refused before it is parsed;
 * at least the document and variable limits together
 * @param maxPageSize most items one page of a connection (or one search) may return
 * @param defaultPageSize items per page when {@code first} is not given
 * @param maxSearchLength most characters of a search text
 * @param maxSearchWords most words of a search text
 * @param timeout time one request may take, in GraphQL and in the database
 * @param maxExpensiveRequests expensive requests that may run at once; more are refused
 * as busy
 * @param expensiveTimeShare share of the time, above 0 and at most 1, that each place
 * among the expensive requests may be busy; beyond it they are refused as busy too (1: no
 * bound)
 * @param expensiveFields fields in one answer (each field of each object) from which its
 * document counts as expensive, whatever its estimate: the next requests of that text
 * take a place among the expensive requests
 * @param maxPersistedQueries most automatic persisted queries kept; the least recently
 * used is forgotten first
 * @param maxCachedDocumentChars most characters of query text whose parsed and validated
 * documents are kept, so that a document seen again is not parsed again
 * ({@link Documents})
 * @param cacheMaxAge how long others may cache an answer to a GET query
 * @param cors allowed origins of the GraphQL endpoint
 */
@ConfigurationProperties("atlas.graphql")
public record GraphQlLimits(@DefaultValue("12") int maxDepth, @DefaultValue("1000000") int maxCost,
		@DefaultValue("30") int maxAliases, @DefaultValue("16384") int maxDocumentBytes,
		@DefaultValue("16384") int maxVariablesBytes, @DefaultValue("100") int maxListItems,
		@DefaultValue("131072") int maxBodyBytes, @DefaultValue("100") int maxPageSize,
		@DefaultValue("20") int defaultPageSize, @DefaultValue("200") int maxSearchLength,
		@DefaultValue("10") int maxSearchWords, @DefaultValue("5s") Duration timeout,
		@DefaultValue("1") int maxExpensiveRequests, @DefaultValue("0.25") double expensiveTimeShare,
		@DefaultValue("500") int expensiveFields, @DefaultValue("1000") int maxPersistedQueries,
		@DefaultValue("1048576") long maxCachedDocumentChars, @DefaultValue("60s") Duration cacheMaxAge,
		@DefaultValue Cors cors) {

	public GraphQlLimits {
		if (maxBodyBytes < (long) maxDocumentBytes + maxVariablesBytes) {
			throw new IllegalArgumentException("atlas.graphql.max-body-bytes (" + maxBodyBytes
					+ ") must be at least atlas.graphql.max-document-bytes and atlas.graphql.max-variables-bytes "
					+ "together (" + ((long) maxDocumentBytes + maxVariablesBytes) + ")");
		}
	}

	/**
	 * @param allowedOrigins origins that may call /graphql from a browser
	 */
	public record Cors(@DefaultValue List<String> allowedOrigins) {
	}

}
