package org.allianceatlas.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned script from {@code neo4j-seed/}, named
 * {@code V0001__Describe_change.cypher}.
 *
 * @param version the number after {@code V}; scripts apply in ascending order
 * @param description the words after {@code __}, underscores read as spaces
 * @param fileName the script's file name, for messages
 * @param checksum SHA-256 of the script with line endings normalised, so a checkout's
 * line-ending setting does not look like an edit
 * @param statements the script's statements in order
 */
record Migration(int version, String description, String fileName, String checksum, List<String> statements) {

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	static boolean isMigrationFileName(String fileName) {
		return FILE_NAME.matcher(fileName).matches();
	}

	static Migration parse(String fileName, String script) {
		Matcher matcher = FILE_NAME.matcher(fileName);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"Migration file " + fileName + " is not named like V0001__Describe_change.cypher");
		}
		String normalised = script.replace("\r\n", "\n");
		List<String> statements;
		try {
			statements = CypherScript.statements(normalised);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Migration file " + fileName + ": " + ex.getMessage(), ex);
		}
		return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), fileName,
				sha256(normalised), statements);
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
