package org.allianceatlas.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.util.StringUtils;

/**
 * The password of the embedded database's {@code neo4j} user: the one given by
 * {@code atlas.embedded.password}, or else one generated at the first start and kept,
 * readable by its owner only, in the data directory.
 *
 * @param user the user name tools log in with
 * @param password the password; never logged
 * @param file where a generated password is kept, or null when the password comes from
 * configuration
 */
record EmbeddedCredentials(String user, String password, Path file) {

	static final String USER = "neo4j";

	/** The file in the data directory that holds a generated password. */
	static final String FILE_NAME = "neo4j-password";

	/** Neo4j's own minimum ({@code dbms.security.auth_minimum_password_length}). */
	static final int MIN_LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public String toString() {
		return "EmbeddedCredentials[user=" + this.user + ", file=" + this.file + "]";
	}

	/**
	 * The configured password, or the kept one, or a new one written to the data
	 * directory.
	 */
	static EmbeddedCredentials resolve(String configured, Path dataDir) {
		if (StringUtils.hasText(configured)) {
			if (configured.length() < MIN_LENGTH) {
				throw new StartupProblem("atlas.embedded.password must have at least " + MIN_LENGTH
						+ " characters. Choose a longer one, or leave it unset to have one generated.");
			}
			return new EmbeddedCredentials(USER, configured, null);
		}
		Path file = dataDir.resolve(FILE_NAME);
		try {
			if (!Files.exists(file)) {
				write(file, generate());
			}
			String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (kept.length() < MIN_LENGTH) {
				throw new StartupProblem("The password file " + file + " holds fewer than " + MIN_LENGTH
						+ " characters. Delete it to have a new password generated.");
			}
			return new EmbeddedCredentials(USER, kept, file);
		}
		catch (IOException ex) {
			throw new StartupProblem("The password file " + file + " cannot be read or written: "
					+ ex.getClass().getSimpleName() + " " + ex.getMessage() + ".", ex);
		}
	}

	/** 24 random bytes, URL-safe Base64: 32 characters, 192 bits. */
	static String generate() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void write(Path file, String password) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the directory's own permissions protect it
			Files.createFile(file);
		}
		catch (FileAlreadyExistsException ex) {
			return;
		}
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
	}

}
