package org.allianceatlas.curation;

import org.allianceatlas.account.Role;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking, in curation's terms: an account's user name (none for a reader without
 * one) and whether its roles, with those they include, make it an editor.
 */
@Component
class Viewers {

	private final RoleHierarchy roles;

	Viewers(RoleHierarchy roles) {
		this.roles = roles;
	}

	Authentication current() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

	/** The account's user name; null for a reader without an account. */
	String name(Authentication auth) {
		if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
			return null;
		}
		return auth.getName();
	}

	boolean isEditor(Authentication auth) {
		return name(auth) != null && this.roles.getReachableGrantedAuthorities(auth.getAuthorities())
			.stream()
			.anyMatch(a -> Role.EDITOR.authority().equals(a.getAuthority()));
	}

	boolean isContributor(Authentication auth) {
		return name(auth) != null && this.roles.getReachableGrantedAuthorities(auth.getAuthorities())
			.stream()
			.anyMatch(a -> Role.CONTRIBUTOR.authority().equals(a.getAuthority()));
	}

}
