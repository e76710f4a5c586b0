package org.allianceatlas.graphql;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep one request from loading the whole graph many times over; see the
 * {@code atlas.graphql.*} section of application.properties.
 *
 * @param maxDepth deepest allowed selection nesting
 * @param maxComplexity most fields a query may select (each field counts one, lists are not multiplied)
 * @param maxPageSize most items one page of a connection (or one search) may return
 * @param defaultPageSize items per page when {@code first} is not given
 * @param cors allowed origins of the GraphQL endpoint
 */
@ConfigurationProperties("atlas.graphql")
public record GraphQlLimits(@DefaultValue("12") int maxDepth, @DefaultValue("400") int maxComplexity,
		@DefaultValue("100") int maxPageSize, @DefaultValue("20") int defaultPageSize, @DefaultValue Cors cors) {

	/** @param allowedOrigins origins that may call /graphql from a browser */
	public record Cors(@DefaultValue List<String> allowedOrigins) {
	}

}
