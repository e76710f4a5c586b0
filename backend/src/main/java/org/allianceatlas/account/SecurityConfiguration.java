package org.allianceatlas.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may do what over HTTP. Reading is open to anyone: every page, the GraphQL queries
 * and the exports answer without an account. Changing the atlas needs a role, checked on
 * the mutation itself ({@code @PreAuthorize}), so that the rule sits beside the operation
 * it guards.
 * <p>
 * Two ways in, never mixed. The API ({@code /graphql}) knows only
 * {@code Authorization: Bearer}: a personal access token, or a JWT of the organisation's
 * identity provider when one is configured. It keeps no session and ignores session
 * cookies, so a page on another site cannot make a signed-in browser send a mutation
 * (which is why the API needs no CSRF token). The pages sign in with a form and a
 * session, and every form there carries a CSRF token.
 * <p>
 * Response headers (CSP, framing, caching) stay with {@code http.SecurityHeaders} and the
 * controllers that set them; Spring Security's own defaults would forbid the embed pages'
 * framing and the API's HTTP caching.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, AccountService accounts,
			ObjectProvider<JwtDecoder> jwtDecoder,
			@Value("${atlas.security.jwt.user-name-claim:sub}") String userNameClaim,
			@Value("${atlas.security.jwt.roles-claim:roles}") String rolesClaim) throws Exception {
		BearerTokenResolver tokens = new DefaultBearerTokenResolver();
		AuthenticationManager personal = new ProviderManager(
				new OpaqueTokenAuthenticationProvider(new AccessTokenIntrospector(accounts)));
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		AuthenticationManager jwt = null;
		if (decoder != null) {
			JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
			provider.setJwtAuthenticationConverter(new JwtAccounts(userNameClaim, rolesClaim));
			jwt = new ProviderManager(provider);
		}
		AuthenticationManagerResolver<HttpServletRequest> managers = bearerManagers(tokens, personal, jwt);
		http.securityMatcher("/graphql", "/graphql/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.oauth2ResourceServer(server -> server.bearerTokenResolver(tokens)
				.authenticationManagerResolver(managers)
				.authenticationEntryPoint(new RefusedToken()))
			.headers(headers -> headers.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.principal("anonymous"));
		return http.build();
	}

	/**
	 * A JWT (three dot-separated parts) goes to the identity provider's keys when one is
	 * configured; anything else is looked up as a personal access token.
	 */
	private static AuthenticationManagerResolver<HttpServletRequest> bearerManagers(BearerTokenResolver tokens,
			AuthenticationManager personal, AuthenticationManager jwt) {
		return request -> {
			if (jwt != null) {
				String token = tokens.resolve(request);
				if (token != null && token.chars().filter(c -> c == '.').count() == 2) {
					return jwt;
				}
			}
			return personal;
		};
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurityFilterChain(HttpSecurity http, AccountUserDetailsService users,
			PasswordEncoder passwords, LoginThrottle throttle, ApplicationEventPublisher events,
			SessionRegistry sessions) throws Exception {
		DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
		checked.setPasswordEncoder(passwords);
		AuthenticationManager signIn = new ProviderManager(new ThrottledLogin(checked, throttle, events));
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/account", "/account/**")
			.authenticated()
			.requestMatchers("/admin", "/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.permitAll())
			.authenticationManager(signIn)
			.formLogin(form -> form.loginPage("/login").permitAll())
			.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"))
			.logout(logout -> logout.logoutSuccessUrl("/"))
			.headers(headers -> headers.disable())
			.anonymous(anonymous -> anonymous.principal("anonymous"));
		return http.build();
	}

	/**
	 * The signed-in page sessions by account, so that disabling an account ends its
	 * sessions at once ({@link DisabledAccountSessions}).
	 */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when a session ends, so it forgets it. */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * bcrypt now; hashes of another algorithm, should the default change, keep working.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
	 * A bearer token that is unknown, revoked, expired or invalid: HTTP 401 with the
	 * standard {@code WWW-Authenticate} header, and a GraphQL error body classified
	 * {@code UNAUTHORIZED} so clients handle it like any other error.
	 */
	static final class RefusedToken implements AuthenticationEntryPoint {

		private static final String BODY = """
				{"errors":[{"message":"The access token is unknown, revoked or expired; send a valid token, or none to read.",\
				"extensions":{"classification":"UNAUTHORIZED"}}]}""";

		private final BearerTokenAuthenticationEntryPoint standard = new BearerTokenAuthenticationEntryPoint();

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			this.standard.commence(request, response, exception);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setHeader("Cache-Control", "no-store");
			response.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
		}

	}

}
