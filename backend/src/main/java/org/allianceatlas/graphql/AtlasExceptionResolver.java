package org.allianceatlas.graphql;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors (their classifications are listed in the README,
 * GraphQL API, "Errors"). Our own exceptions carry a message written for the client;
 * anything else (a database or programming error) is logged here and reaches the client
 * only as a neutral INTERNAL_ERROR, never with its text, a stack trace or Cypher.
 */
@Component
class AtlasExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(AtlasExceptionResolver.class);

	AtlasExceptionResolver() {
		setThreadLocalContextAware(false);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		ErrorClassification type;
		String message;
		String argument = null;
		if (ex instanceof LimitExceededException limit) {
			type = AtlasErrorType.LIMIT_EXCEEDED;
			message = ex.getMessage();
			argument = limit.argument();
		}
		else if (ex instanceof RequestTimeoutException) {
			type = AtlasErrorType.TIMEOUT;
			message = ex.getMessage();
		}
		else if (ex instanceof NotFoundException notFound) {
			type = ErrorType.NOT_FOUND;
			message = ex.getMessage();
			argument = notFound.argument();
		}
		else if (ex instanceof ConflictException conflict) {
			type = AtlasErrorType.CONFLICT;
			message = ex.getMessage();
			if (conflict.field() != null) {
				return GraphqlErrorBuilder.newError(env)
					.errorType(type)
					.message(message)
					.extensions(Map.of("field", conflict.field()))
					.build();
			}
		}
		else if (ex instanceof BadArgumentException bad) {
			type = ErrorType.BAD_REQUEST;
			message = ex.getMessage();
			argument = bad.argument();
		}
		else {
			log.error("Unexpected error while fetching {}", env.getExecutionStepInfo().getPath(), ex);
			type = ErrorType.INTERNAL_ERROR;
			message = "Internal error while fetching '" + env.getField().getName()
					+ "'; the server log has the details.";
		}
		GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError(env).errorType(type).message(message);
		if (argument != null) {
			error.extensions(Map.of("argument", argument));
		}
		return error.build();
	}

}
