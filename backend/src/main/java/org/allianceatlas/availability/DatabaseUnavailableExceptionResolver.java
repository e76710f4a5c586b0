package org.allianceatlas.availability;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A field that failed because the database cannot be reached gets an {@code UNAVAILABLE}
 * error with a message a client can act on (try again), instead of an
 * {@code INTERNAL_ERROR}. Runs before every other resolver; any other failure it leaves
 * to them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableExceptionResolver.class);

	DatabaseUnavailableExceptionResolver() {
		setThreadLocalContextAware(false);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (!DatabaseOutage.causedBy(ex)) {
			return null;
		}
		// One line: an outage fails every request until the database is back, a stack
		// trace each time helps nobody.
		log.warn("Database unavailable while fetching {}: {}", env.getExecutionStepInfo().getPath(), ex.toString());
		return GraphqlErrorBuilder.newError(env)
			.errorType(AtlasErrorType.UNAVAILABLE)
			.message(DatabaseOutage.MESSAGE)
			.build();
	}

}
