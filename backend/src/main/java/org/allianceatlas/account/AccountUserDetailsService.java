package org.allianceatlas.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signing in with a user name and password: the accounts stored in the graph. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountRepository.Credentials credentials = this.accounts.credentials(AccountService.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		Account account = credentials.account();
		return User.withUsername(account.userName())
			.password(credentials.passwordHash())
			.disabled(!account.enabled())
			.authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
			.build();
	}

}
