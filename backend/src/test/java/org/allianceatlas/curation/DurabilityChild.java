package org.allianceatlas.curation;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.allianceatlas.AllianceAtlasApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application as it runs, for {@link DurabilityTests}' child JVM, plus one thing only
 * tests have: until accounts can sign in, a request's {@code X-Test-User} and
 * {@code X-Test-Role} headers stand for a signed-in account. The filter runs after Spring
 * Security's, so the roles are checked by the same {@code @PreAuthorize} rules.
 */
public final class DurabilityChild {

	private DurabilityChild() {
	}

	public static void main(String[] args) {
		System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
		SpringApplication.run(new Class<?>[] { AllianceAtlasApplication.class, TestAccounts.class }, args);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestAccounts {

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> testAccount() {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {
						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							String user = request.getHeader("X-Test-User");
							if (user != null) {
								SecurityContextHolder
									.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken
										.authenticated(user, null, List.of(new SimpleGrantedAuthority(
												"ROLE_" + request.getHeader("X-Test-Role"))))));
							}
							chain.doFilter(request, response);
						}
					});
			registration.setOrder(0);
			return registration;
		}

	}

}
