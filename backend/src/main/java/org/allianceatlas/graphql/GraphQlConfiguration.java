package org.allianceatlas.graphql;

import graphql.execution.instrumentation.Instrumentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** Scalars and request limits of the GraphQL endpoint. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer atlasScalars() {
		return wiring -> wiring.scalar(Scalars.DATE).scalar(Scalars.PARTIAL_DATE_TYPE);
	}

	@Bean
	ExpensiveRequests expensiveRequests(GraphQlLimits limits) {
		return new ExpensiveRequests(limits.maxExpensiveRequests(), limits.expensiveTimeShare(), System::nanoTime);
	}

	/**
	 * The request limits, given to graphql-java as its one instrumentation. Spring wraps
	 * instrumentation beans in a {@code ChainedInstrumentation}, even one alone, whose
	 * bookkeeping for every field was 4 % of the request thread's time for one
	 * organisation with its memberships; this is why the limits are not a bean of that
	 * type.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer requestLimits(GraphQlLimits limits, ExpensiveRequests expensive) {
		Instrumentation instrumentation = new RequestLimits(limits, expensive);
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.instrumentation(instrumentation));
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(GraphQlLimits limits, ExpensiveRequests expensive,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(limits.maxBodyBytes(), expensive));
		registration.addUrlPatterns(path);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	WebGraphQlInterceptor httpRequestLimits(GraphQlLimits limits, ExpensiveRequests expensive) {
		return new HttpRequestLimits(limits, expensive);
	}

}
