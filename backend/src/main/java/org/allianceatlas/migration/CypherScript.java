package org.allianceatlas.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a Cypher script into statements at semicolons outside strings, identifiers and
 * comments.
 */
final class CypherScript {

	private static final Pattern SCHEMA_STATEMENT = Pattern.compile(
			"^(CREATE|DROP)\\s+(OR\\s+REPLACE\\s+)?((UNIQUE|RANGE|TEXT|POINT|FULLTEXT|LOOKUP|VECTOR)\\s+)?(CONSTRAINT|INDEX)\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private CypherScript() {
	}

	static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean meaningful = false;
		int i = 0;
		int length = script.length();
		while (i < length) {
			char c = script.charAt(i);
			char next = (i + 1 < length) ? script.charAt(i + 1) : '\0';
			if (c == '/' && next == '/') {
				int end = script.indexOf('\n', i);
				i = (end < 0) ? length : end;
				continue;
			}
			if (c == '/' && next == '*') {
				int end = script.indexOf("*/", i + 2);
				if (end < 0) {
					throw new IllegalArgumentException("unterminated /* comment");
				}
				i = end + 2;
				current.append(' ');
				continue;
			}
			if (c == '\'' || c == '"' || c == '`') {
				int end = endOfQuoted(script, i, c);
				current.append(script, i, end);
				meaningful = true;
				i = end;
				continue;
			}
			if (c == ';') {
				addIfMeaningful(statements, current, meaningful);
				current.setLength(0);
				meaningful = false;
				i++;
				continue;
			}
			current.append(c);
			meaningful |= !Character.isWhitespace(c);
			i++;
		}
		addIfMeaningful(statements, current, meaningful);
		return statements;
	}

	/**
	 * Schema commands cannot share a transaction with data writes, so they run on their
	 * own.
	 */
	static boolean isSchemaStatement(String statement) {
		return SCHEMA_STATEMENT.matcher(statement.strip()).matches();
	}

	private static int endOfQuoted(String script, int start, char quote) {
		int i = start + 1;
		while (i < script.length()) {
			char c = script.charAt(i);
			if (c == '\\' && quote != '`') {
				i += 2;
				continue;
			}
			if (c == quote) {
				// A doubled backtick escapes itself inside an identifier.
				if (quote == '`' && i + 1 < script.length() && script.charAt(i + 1) == '`') {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		throw new IllegalArgumentException("unterminated " + quote + " quote starting at offset " + start);
	}

	private static void addIfMeaningful(List<String> statements, StringBuilder current, boolean meaningful) {
		if (meaningful) {
			statements.add(current.toString().strip());
		}
	}

}
