package org.allianceatlas.account;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.node.GuardedNodeType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Accounts and access tokens as {@code Node}s: an account is seen by admins and by
 * itself, a token by its owner only.
 */
@Configuration(proxyBeanMethods = false)
class AccountNodes {

	@Bean
	GuardedNodeType<Account> accountNodeType(AccountService accounts) {
		return new GuardedNodeType<>("Account", Account.class, Account::userName, (names, viewer) -> {
			String name = name(viewer);
			boolean admin = name != null
					&& viewer.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
			Collection<String> asked = admin ? names : names.stream().filter(n -> n.equals(name)).toList();
			Map<String, Account> result = new LinkedHashMap<>();
			if (!asked.isEmpty()) {
				accounts.findAll(asked).forEach(account -> result.put(account.userName(), account));
			}
			return result;
		});
	}

	@Bean
	GuardedNodeType<AccessToken> accessTokenNodeType(AccountService accounts) {
		return new GuardedNodeType<>("AccessToken", AccessToken.class, AccessToken::id, (ids, viewer) -> {
			String name = name(viewer);
			Map<String, AccessToken> result = new LinkedHashMap<>();
			if (name != null) {
				accounts.tokensOf(List.of(name))
					.getOrDefault(name, List.of())
					.stream()
					.filter(token -> ids.contains(token.id()))
					.forEach(token -> result.put(token.id(), token));
			}
			return result;
		});
	}

	private static String name(Authentication viewer) {
		return (viewer == null || viewer instanceof AnonymousAuthenticationToken || !viewer.isAuthenticated()) ? null
				: viewer.getName();
	}

}
