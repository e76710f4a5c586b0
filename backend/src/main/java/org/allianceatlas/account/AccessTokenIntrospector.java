package org.allianceatlas.account;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Personal access tokens for Spring Security's bearer-token machinery: the token is
 * looked up by its hash, and its account becomes the request's principal with the
 * account's roles. Unknown, revoked and expired tokens, and tokens of a disabled account,
 * are refused alike.
 */
class AccessTokenIntrospector implements OpaqueTokenIntrospector {

	private final AccountService accounts;

	AccessTokenIntrospector(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		Account account = this.accounts.authenticateToken(token, remoteAddress())
			.orElseThrow(() -> new BadOpaqueTokenException("The access token is unknown, revoked or expired."));
		List<GrantedAuthority> authorities = account.roles()
			.stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return new DefaultOAuth2AuthenticatedPrincipal(account.userName(), Map.of("sub", account.userName()),
				authorities);
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return "unknown";
	}

}
