package org.allianceatlas.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Spring Security's refusals in the API's error vocabulary: UNAUTHORIZED when the request
 * came without an account, FORBIDDEN when its account lacks the role, each naming the
 * field in plain words. It runs before {@link AtlasExceptionResolver}, which would call
 * them internal errors, and in the request's security context (hence thread-local aware).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityErrors extends DataFetcherExceptionResolverAdapter {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	SecurityErrors() {
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (!(ex instanceof AuthenticationException) && !(ex instanceof AccessDeniedException)) {
			return null;
		}
		String field = env.getField().getName();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = authentication == null || TRUST.isAnonymous(authentication)
				|| !authentication.isAuthenticated();
		if (ex instanceof AuthenticationException || anonymous) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.UNAUTHORIZED)
				.message("'" + field + "' needs an account: send its access token as 'Authorization: Bearer <token>'.")
				.build();
		}
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.FORBIDDEN)
			.message("Your account may not use '" + field + "': it lacks the role this needs.")
			.build();
	}

}
