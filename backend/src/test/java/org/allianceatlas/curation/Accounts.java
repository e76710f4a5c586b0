package org.allianceatlas.curation;

import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/** Runs a piece of a test as a signed-in account with roles, or as nobody. */
final class Accounts {

	private Accounts() {
	}

	static <T> T as(String name, String role, Supplier<T> work) {
		SecurityContextImpl context = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(name, null,
						Arrays.stream((role == null) ? new String[0] : new String[] { "ROLE_" + role })
							.map(SimpleGrantedAuthority::new)
							.toList()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static <T> T anonymous(Supplier<T> work) {
		SecurityContextHolder.clearContext();
		return work.get();
	}

}
