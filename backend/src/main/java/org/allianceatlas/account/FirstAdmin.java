package org.allianceatlas.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.function.Supplier;

import org.allianceatlas.graphql.BadArgumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first admin, as there is no default password:
 * {@code --atlas.admin.create=<user name>} creates an admin account at start-up with the
 * password from the environment variable {@code ATLAS_ADMIN_PASSWORD}, or else one read
 * from the terminal (or the first line of standard input). The password is never written
 * to the log. An account of that name that exists already is left as it is.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final String PASSWORD_VARIABLE = "ATLAS_ADMIN_PASSWORD";

	private final AccountService accounts;

	private final String userName;

	private final Supplier<String> password;

	@Autowired
	FirstAdmin(AccountService accounts, @Value("${atlas.admin.create:}") String userName) {
		this(accounts, userName, FirstAdmin::readPassword);
	}

	FirstAdmin(AccountService accounts, String userName, Supplier<String> password) {
		this.accounts = accounts;
		this.userName = userName;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.userName == null || this.userName.isBlank()) {
			if (!this.accounts.anyAdmin()) {
				log.info("No admin account exists yet: start once with --atlas.admin.create=<user name> "
						+ "(password from {} or the terminal) to create one.", PASSWORD_VARIABLE);
			}
			return;
		}
		String name = AccountService.normalise(this.userName);
		if (this.accounts.find(name).isPresent()) {
			log.warn("--atlas.admin.create: an account named '{}' exists already; it was left unchanged.", name);
			return;
		}
		String secret = this.password.get();
		try {
			this.accounts.create("setup", name, secret, EnumSet.of(Role.ADMIN));
		}
		catch (BadArgumentException ex) {
			throw new IllegalStateException("--atlas.admin.create: " + ex.getMessage(), ex);
		}
		log.info("Admin account '{}' created; sign in at /login.", name);
	}

	private static String readPassword() {
		String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment;
		}
		Console console = System.console();
		if (console != null) {
			char[] typed = console.readPassword("Password for the new admin account (12 to 128 characters): ");
			return (typed != null) ? new String(typed) : "";
		}
		try {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			return (line != null) ? line : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

}
