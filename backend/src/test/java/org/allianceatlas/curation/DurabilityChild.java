package org.allianceatlas.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

import org.allianceatlas.AllianceAtlasApplication;
import org.allianceatlas.account.AccountService;
import org.allianceatlas.account.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as it runs, for {@link DurabilityTests}' child JVM. Given
 * {@code --durability.token-file=<file>} on its first start, it creates a contributor's
 * account and a personal access token through the account service, as an admin would, and
 * writes the token's secret to the file for the test to send as
 * {@code Authorization: Bearer}. Requests then pass Spring Security as any client's do.
 */
public final class DurabilityChild {

	static final String USER = "durable-contributor";

	private static final String TOKEN_FILE = "--durability.token-file=";

	private DurabilityChild() {
	}

	public static void main(String[] args) throws IOException {
		System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
		ConfigurableApplicationContext context = SpringApplication.run(AllianceAtlasApplication.class, args);
		for (String arg : args) {
			if (arg.startsWith(TOKEN_FILE)) {
				AccountService accounts = context.getBean(AccountService.class);
				accounts.create("durability-test", USER, "a long and durable password", Set.of(Role.CONTRIBUTOR));
				String secret = accounts.createToken(USER, "durability", 1).secret();
				Path file = Path.of(arg.substring(TOKEN_FILE.length()));
				Path written = Files.writeString(file.resolveSibling(file.getFileName() + ".part"), secret);
				Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
			}
		}
	}

}
