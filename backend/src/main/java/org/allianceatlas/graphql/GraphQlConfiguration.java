package org.allianceatlas.graphql;

import graphql.execution.instrumentation.Instrumentation;
import org.springframework.beans.factory.annotation.Value;
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
	Instrumentation maxQueryDepth(GraphQlLimits limits) {
		return new Limits.Depth(limits.maxDepth());
	}

	@Bean
	ExpensiveRequests expensiveRequests(GraphQlLimits limits) {
		return new ExpensiveRequests(limits.maxExpensiveRequests(), limits.expensiveTimeShare(), System::nanoTime);
	}

	@Bean
	Instrumentation requestLimits(GraphQlLimits limits, ExpensiveRequests expensive) {
		return new RequestLimits(limits, expensive);
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
