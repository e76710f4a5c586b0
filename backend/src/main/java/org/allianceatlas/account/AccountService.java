package org.allianceatlas.account;

import java.util.Collection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.allianceatlas.audit.AuditEvent;
import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The rules of accounts and their tokens: valid user names and passwords, never a
 * password or token stored in clear, never the last admin removed, and an audit event for
 * every change. Callers (GraphQL, pages) have already checked who may call what.
 */
@Service
public class AccountService {

	static final int MIN_PASSWORD = 12;

	static final int MAX_PASSWORD = 128;

	static final int MAX_TOKEN_NAME = 60;

	static final int MAX_TOKEN_DAYS = 366;

	/** Every token starts with this, so that secret scanners and people recognise one. */
	static final String TOKEN_PREFIX = "atlas_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/** The account of this user name, if there is one. */
	public Optional<Account> find(String userName) {
		return (userName != null) ? this.accounts.find(userName) : Optional.empty();
	}

	/** The accounts of these user names that exist. */
	public List<Account> findAll(Collection<String> userNames) {
		return this.accounts.findAll(userNames);
	}

	/** Every account, by user name. */
	public List<Account> all() {
		return this.accounts.all();
	}

	/** Whether an enabled admin exists. */
	public boolean anyAdmin() {
		return this.accounts.anyAdmin();
	}

	/** Creates an account; the user name must be new. */
	public Account create(String actor, String userName, String password, Set<Role> roles) {
		String name = checkedUserName(userName);
		checkPassword("password", password);
		Set<Role> held = copy(roles);
		if (!this.accounts.create(name, this.passwords.encode(password), held, this.clock.instant())) {
			throw new BadArgumentException("userName", "'" + name + "' is taken by another account");
		}
		publish(actor, "account.created", name, Map.of("roles", describe(held)));
		return this.accounts.find(name).orElseThrow();
	}

	/** Gives an account exactly these roles. */
	public Account setRoles(String actor, String userName, Set<Role> roles) {
		Account account = existing(userName);
		Set<Role> held = copy(roles);
		if (account.may(Role.ADMIN) && !held.contains(Role.ADMIN)) {
			keepAnAdmin(account, "roles");
		}
		this.accounts.setRoles(account.userName(), held);
		publish(actor, "account.roles-changed", account.userName(),
				Map.of("from", describe(account.roles()), "to", describe(held)));
		return this.accounts.find(account.userName()).orElseThrow();
	}

	/**
	 * Disables or enables an account. A disabled account cannot sign in, and none of its
	 * tokens is accepted.
	 */
	public Account setEnabled(String actor, String userName, boolean enabled) {
		Account account = existing(userName);
		if (!enabled && account.enabled() && account.may(Role.ADMIN)) {
			keepAnAdmin(account, "userName");
		}
		this.accounts.setEnabled(account.userName(), enabled);
		publish(actor, enabled ? "account.enabled" : "account.disabled", account.userName(), Map.of());
		return this.accounts.find(account.userName()).orElseThrow();
	}

	/** Changes the signed-in user's own password, which they must confirm. */
	public void changePassword(String userName, String currentPassword, String newPassword) {
		AccountRepository.Credentials credentials = this.accounts.credentials(userName)
			.orElseThrow(() -> new NotFoundException("userName", userName, "account"));
		if (currentPassword == null || !this.passwords.matches(currentPassword, credentials.passwordHash())) {
			throw new BadArgumentException("currentPassword", "is not the account's password");
		}
		checkPassword("newPassword", newPassword);
		this.accounts.setPasswordHash(userName, this.passwords.encode(newPassword));
		publish(userName, "account.password-changed", userName, Map.of());
	}

	/** The tokens of an account, newest first, revoked and expired ones included. */
	public List<AccessToken> tokens(String userName) {
		return this.accounts.tokens(userName);
	}

	/** The tokens of many accounts, each list newest first. */
	public Map<String, List<AccessToken>> tokensOf(Collection<String> userNames) {
		return this.accounts.tokensOf(userNames);
	}

	/**
	 * Creates a personal access token for the account. Its secret is returned this once
	 * and only a hash of it is kept.
	 * @param expiresInDays days until it stops working, or null for never
	 */
	public NewAccessToken createToken(String userName, String name, Integer expiresInDays) {
		Account account = existing(userName);
		String tokenName = (name != null) ? name.strip() : "";
		if (tokenName.isEmpty() || tokenName.length() > MAX_TOKEN_NAME) {
			throw new BadArgumentException("name", "must be 1 to " + MAX_TOKEN_NAME + " characters long");
		}
		if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_TOKEN_DAYS)) {
			throw new BadArgumentException("expiresInDays", "must be between 1 and " + MAX_TOKEN_DAYS);
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String id = UUID.randomUUID().toString();
		Instant now = this.clock.instant();
		Instant expires = (expiresInDays != null) ? now.plus(Duration.ofDays(expiresInDays)) : null;
		this.accounts.createToken(account.userName(), id, tokenName, hash(secret), now, expires);
		publish(account.userName(), "token.created", tokenName,
				Map.of("token", id, "expires", (expires != null) ? expires.toString() : "never"));
		AccessToken token = new AccessToken(id, account.userName(), tokenName, now, null, expires, null);
		return new NewAccessToken(token, secret);
	}

	/** Revokes one of the user's own tokens at once. */
	public AccessToken revokeToken(String userName, String id) {
		if (id == null || !this.accounts.revokeToken(userName, id, this.clock.instant())) {
			throw new NotFoundException("id", String.valueOf(id), "access token of yours");
		}
		AccessToken token = this.accounts.tokens(userName)
			.stream()
			.filter(t -> t.id().equals(id))
			.findFirst()
			.orElseThrow();
		publish(userName, "token.revoked", token.name(), Map.of("token", id));
		return token;
	}

	/**
	 * The account a presented token acts for, when the token is known, neither revoked
	 * nor expired and its account is enabled. Each use is recorded: the token's last use,
	 * and an audit entry.
	 */
	public Optional<Account> authenticateToken(String secret, String remoteAddress) {
		if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
			return Optional.empty();
		}
		Optional<AccountRepository.TokenUse> use = this.accounts.useToken(hash(secret), this.clock.instant());
		if (use.isEmpty()) {
			return Optional.empty();
		}
		AccountRepository.TokenUse found = use.get();
		String action = found.valid() ? "token.used" : "token.refused";
		publish(found.account().userName(), action, found.token().name(),
				Map.of("token", found.token().id(), "remoteAddress", String.valueOf(remoteAddress)));
		return found.valid() ? Optional.of(found.account()) : Optional.empty();
	}

	/**
	 * The hash a token is stored as. A token is 256 random bits, so unlike a password it
	 * cannot be guessed from a list or brute-forced: a fast, unsalted SHA-256 is enough
	 * to make a stolen database useless, and it lets a presented token be found by an
	 * index in one look-up (a salted, slow hash would need a scan and cost every
	 * request).
	 */
	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A user name as typed, in the form accounts are keyed by. */
	static String normalise(String userName) {
		return (userName != null) ? userName.strip().toLowerCase(Locale.ROOT) : "";
	}

	private Account existing(String userName) {
		return this.accounts.find(normalise(userName))
			.orElseThrow(() -> new NotFoundException("userName", String.valueOf(userName), "account"));
	}

	private void keepAnAdmin(Account account, String argument) {
		boolean another = this.accounts.all()
			.stream()
			.anyMatch(
					other -> other.enabled() && other.may(Role.ADMIN) && !other.userName().equals(account.userName()));
		if (!another) {
			throw new BadArgumentException(argument,
					"would leave no enabled admin: '" + account.userName() + "' is the last one");
		}
	}

	private static String checkedUserName(String userName) {
		String name = normalise(userName);
		if (!Account.USER_NAME.matcher(name).matches()) {
			throw new BadArgumentException("userName",
					"must be 3 to 40 lower-case letters, digits, dots, dashes or underscores");
		}
		return name;
	}

	static void checkPassword(String argument, String password) {
		if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
			throw new BadArgumentException(argument,
					"must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long");
		}
		if (password.isBlank()) {
			throw new BadArgumentException(argument, "must not be only spaces");
		}
	}

	private static Set<Role> copy(Set<Role> roles) {
		return (roles == null || roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	private static String describe(Set<Role> roles) {
		return roles.isEmpty() ? "none" : String.join(", ", roles.stream().sorted().map(Role::name).toList());
	}

	private void publish(String actor, String action, String subject, Map<String, String> details) {
		this.events.publishEvent(new AuditEvent(actor, action, subject, details));
	}

}
