package org.allianceatlas.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.node.GuardedNodeType;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;

/**
 * Accounts and tokens over GraphQL. Who may call what is said here, beside each
 * operation; the rules of accounts are in {@link AccountService}.
 */
@Controller
class AccountController {

	private final AccountService accounts;

	private final Paging paging;

	private final Clock clock;

	private final GuardedNodeType<AccessToken> tokenNodes;

	AccountController(AccountService accounts, Paging paging, Clock clock, GuardedNodeType<AccessToken> tokenNodes) {
		this.accounts = accounts;
		this.tokenNodes = tokenNodes;
		this.paging = paging;
		this.clock = clock;
	}

	@QueryMapping
	Account viewer(Authentication authentication) {
		return current(authentication);
	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	Paging.Connection<Account> accounts(DataFetchingEnvironment env) {
		return this.paging.page(this.accounts.all(), Paging.Page.of(env));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	Account createAccount(@Argument String userName, @Argument String password, @Argument List<Role> roles,
			Authentication authentication) {
		return this.accounts.create(authentication.getName(), userName, password, roles(roles));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	Account setAccountRoles(@Argument String userName, @Argument List<Role> roles, Authentication authentication) {
		return this.accounts.setRoles(authentication.getName(), userName, roles(roles));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	Account disableAccount(@Argument String userName, Authentication authentication) {
		return this.accounts.setEnabled(authentication.getName(), userName, false);
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	Account enableAccount(@Argument String userName, Authentication authentication) {
		return this.accounts.setEnabled(authentication.getName(), userName, true);
	}

	@MutationMapping
	@PreAuthorize("isAuthenticated()")
	NewAccessToken createAccessToken(@Argument String name, @Argument Integer expiresInDays,
			Authentication authentication) {
		return this.accounts.createToken(ownAccount(authentication), name, expiresInDays);
	}

	@MutationMapping
	@PreAuthorize("isAuthenticated()")
	AccessToken revokeAccessToken(@Argument String id, Authentication authentication) {
		return this.accounts.revokeToken(ownAccount(authentication), this.tokenNodes.keyIn(id));
	}

	@BatchMapping
	Map<Account, List<AccessToken>> accessTokens(List<Account> accounts) {
		Map<String, List<AccessToken>> tokens = this.accounts
			.tokensOf(accounts.stream().map(Account::userName).toList());
		Map<Account, List<AccessToken>> result = new LinkedHashMap<>();
		for (Account account : accounts) {
			result.put(account, tokens.getOrDefault(account.userName(), List.of()));
		}
		return result;
	}

	@SchemaMapping(typeName = "AccessToken")
	boolean active(AccessToken token) {
		return token.activeAt(this.clock.instant());
	}

	/**
	 * The account of a request: the stored one, or for a user of the identity provider
	 * (who has none) what its token says.
	 */
	private Account current(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return this.accounts.find(authentication.getName()).orElseGet(() -> {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			for (GrantedAuthority authority : authentication.getAuthorities()) {
				for (Role role : Role.values()) {
					if (role.authority().equals(authority.getAuthority())) {
						roles.add(role);
					}
				}
			}
			return new Account(authentication.getName(), roles, true, null);
		});
	}

	/** Tokens belong to stored accounts; a user of the identity provider has none. */
	private String ownAccount(Authentication authentication) {
		return this.accounts.find(authentication.getName())
			.map(Account::userName)
			.orElseThrow(() -> new NotFoundException("viewer", authentication.getName(), "stored account"));
	}

	private static Set<Role> roles(List<Role> roles) {
		return (roles == null || roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

}
