package org.allianceatlas.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what over HTTP. Reading is open to anyone: every page, the GraphQL queries
 * and the exports answer without an account. Changing the atlas needs a role, checked on
 * the mutation itself ({@code @PreAuthorize}), so that the rule sits beside the operation
 * it guards.
 * <p>
 * Response headers (CSP, framing, caching) stay with {@code http.SecurityHeaders} and the
 * controllers that set them; Spring Security's own defaults would forbid the embed pages'
 * framing and the API's HTTP caching.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			// The API is called by programs with tokens, not by forms in a signed-in
			// browser.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/graphql", "/graphql/**"))
			.headers(headers -> headers.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.principal("anonymous"));
		return http.build();
	}

	/** Each role includes the rights of the roles below it. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.EDITOR.name())
			.role(Role.EDITOR.name())
			.implies(Role.CONTRIBUTOR.name())
			.build();
	}

	/**
	 * Until accounts are stored there is nobody to sign in, and no generated password.
	 */
	@Bean
	UserDetailsService nobody() {
		return username -> {
			throw new UsernameNotFoundException("no such account");
		};
	}

}
