package org.allianceatlas.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Someone signed in at the organisation's own identity provider: the user name comes from
 * one claim ({@code atlas.security.jwt.user-name-claim}, {@code sub} unless set) and the
 * roles from another ({@code atlas.security.jwt.roles-claim}; a dotted path such as
 * {@code realm_access.roles} reaches into an object). Role names are matched without
 * regard to case; names the atlas does not know are ignored.
 */
class JwtAccounts implements Converter<Jwt, AbstractAuthenticationToken> {

	private final String userNameClaim;

	private final String rolesClaim;

	JwtAccounts(String userNameClaim, String rolesClaim) {
		this.userNameClaim = userNameClaim;
		this.rolesClaim = rolesClaim;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String name = jwt.getClaimAsString(this.userNameClaim);
		if (name == null || name.isBlank()) {
			name = jwt.getSubject();
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Object value : claim(jwt.getClaims(), this.rolesClaim)) {
			for (Role role : Role.values()) {
				if (role.name().equals(String.valueOf(value).toUpperCase(Locale.ROOT))) {
					authorities.add(new SimpleGrantedAuthority(role.authority()));
				}
			}
		}
		return new JwtAuthenticationToken(jwt, authorities, AccountService.normalise(name));
	}

	private static Collection<?> claim(Map<String, Object> claims, String path) {
		Object value = claims;
		for (String part : path.split("\\.")) {
			value = (value instanceof Map<?, ?> map) ? map.get(part) : null;
		}
		if (value instanceof Collection<?> values) {
			return values;
		}
		if (value instanceof String text) {
			return List.of(text.split("[\\s,]+"));
		}
		return List.of();
	}

}
