package org.allianceatlas.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is signed in, for the layout's header (a "Sign in" link, or the user's name and a
 * "Sign out" button). A page shown to someone signed in is theirs alone: no shared cache
 * may keep it.
 */
@ControllerAdvice
class SignedIn {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	@ModelAttribute("signedInAs")
	String signedInAs(HttpServletResponse response) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !TRUST.isAuthenticated(authentication)) {
			return null;
		}
		response.setHeader("Cache-Control", "private, no-store");
		return authentication.getName();
	}

}
