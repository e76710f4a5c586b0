package org.allianceatlas.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data statement of a seed script as it is sent to Neo4j.
 *
 * <p>
 * The seed scripts feed their rows as {@code UNWIND [{...}, {...}] AS row ...}. Neo4j parses, checks and
 * rewrites such a literal node by node, which costs as much as planning and running the rest of the statement
 * (about 5 s of a first start, measured). Passed as a parameter, the same list costs nothing to plan. So a
 * leading {@code UNWIND} list made only of plain values (strings, integers, floats, booleans, null, lists and
 * maps of these) is read here and sent as the parameter {@value #ROWS_PARAMETER}; a statement with anything
 * else in that list (a function call, a variable, a parameter) is sent exactly as written. Either way the
 * statement means the same, and the checksum stays that of the script as written.
 *
 * @param cypher the statement to run
 * @param parameters its parameters; empty when the statement is sent as written
 * @param schemaChange whether it creates or drops a constraint or an index; such statements run in a
 *     transaction of their own
 */
record SeedStatement(String cypher, Map<String, Object> parameters, boolean schemaChange) {

	static final String ROWS_PARAMETER = "atlasSeedRows";

	private static final Pattern LEADING_UNWIND = Pattern.compile("(?is)^\\s*UNWIND\\s*(?=\\[)");

	static SeedStatement of(String statement) {
		if (CypherScript.isSchemaStatement(statement)) {
			return new SeedStatement(statement, Map.of(), true);
		}
		Matcher unwind = LEADING_UNWIND.matcher(statement);
		if (unwind.find()) {
			LiteralReader reader = new LiteralReader(statement, unwind.end());
			Object rows = reader.readValue();
			String rest = (rows == null) ? "" : statement.substring(reader.position());
			// The rest must go on with AS, and must not already use parameters the runner would not pass.
			if (rows != null && rest.matches("(?is)\\s+AS\\s.*") && rest.indexOf('$') < 0) {
				return new SeedStatement("UNWIND $" + ROWS_PARAMETER + rest, Map.of(ROWS_PARAMETER, rows), false);
			}
		}
		return new SeedStatement(statement, Map.of(), false);
	}

	/** Whether the rows travel as a parameter rather than inside the statement. */
	boolean parameterised() {
		return !this.parameters.isEmpty();
	}

	/**
	 * Reads one Cypher literal value. Answers {@code null} for anything it does not fully understand, so the
	 * caller falls back to letting Neo4j read the statement; a Cypher {@code null} value is {@link #NULL}.
	 */
	static final class LiteralReader {

		/** Stands for Cypher's null while reading, so that {@code null} can mean "not a plain literal". */
		private static final Object NULL = new Object();

		private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

		private static final Pattern FLOAT = Pattern.compile("-?[0-9]+(\\.[0-9]+([eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+)");

		private final String text;

		private int position;

		LiteralReader(String text, int position) {
			this.text = text;
			this.position = position;
		}

		int position() {
			return this.position;
		}

		/** The value at the current position, with Cypher null as Java null inside lists and maps. */
		Object readValue() {
			Object value = read();
			return (value == NULL) ? null : value;
		}

		private Object read() {
			skipWhitespace();
			if (this.position >= this.text.length()) {
				return null;
			}
			char c = this.text.charAt(this.position);
			return switch (c) {
				case '[' -> readList();
				case '{' -> readMap();
				case '\'', '"' -> readString();
				default -> (c == '-' || Character.isDigit(c)) ? readNumber() : readWord();
			};
		}

		private Object readList() {
			this.position++;
			List<Object> list = new ArrayList<>();
			skipWhitespace();
			if (consume(']')) {
				return list;
			}
			do {
				Object element = read();
				if (element == null) {
					return null;
				}
				list.add((element == NULL) ? null : element);
				skipWhitespace();
			}
			while (consume(','));
			return consume(']') ? Collections.unmodifiableList(list) : null;
		}

		private Object readMap() {
			this.position++;
			Map<String, Object> map = new LinkedHashMap<>();
			skipWhitespace();
			if (consume('}')) {
				return map;
			}
			do {
				skipWhitespace();
				String key = readKey();
				skipWhitespace();
				if (key == null || map.containsKey(key) || !consume(':')) {
					return null;
				}
				Object value = read();
				if (value == null) {
					return null;
				}
				map.put(key, (value == NULL) ? null : value);
				skipWhitespace();
			}
			while (consume(','));
			return consume('}') ? Collections.unmodifiableMap(map) : null;
		}

		private String readKey() {
			if (this.position < this.text.length() && this.text.charAt(this.position) == '`') {
				StringBuilder key = new StringBuilder();
				int i = this.position + 1;
				while (i < this.text.length()) {
					char c = this.text.charAt(i);
					if (c == '`') {
						if (i + 1 < this.text.length() && this.text.charAt(i + 1) == '`') {
							key.append('`');
							i += 2;
							continue;
						}
						this.position = i + 1;
						return key.toString();
					}
					key.append(c);
					i++;
				}
				return null;
			}
			int start = this.position;
			while (this.position < this.text.length() && isWordCharacter(this.text.charAt(this.position))) {
				this.position++;
			}
			boolean identifier = this.position > start && !Character.isDigit(this.text.charAt(start));
			return identifier ? this.text.substring(start, this.position) : null;
		}

		private Object readString() {
			char quote = this.text.charAt(this.position);
			StringBuilder value = new StringBuilder();
			int i = this.position + 1;
			while (i < this.text.length()) {
				char c = this.text.charAt(i);
				if (c == quote) {
					this.position = i + 1;
					return value.toString();
				}
				if (c != '\\') {
					value.append(c);
					i++;
					continue;
				}
				if (i + 1 >= this.text.length()) {
					return null;
				}
				char escaped = this.text.charAt(i + 1);
				switch (escaped) {
					case '\\', '\'', '"' -> value.append(escaped);
					case 'b' -> value.append('\b');
					case 'f' -> value.append('\f');
					case 'n' -> value.append('\n');
					case 'r' -> value.append('\r');
					case 't' -> value.append('\t');
					case 'u', 'U' -> {
						int digits = (escaped == 'u') ? 4 : 8;
						if (i + 2 + digits > this.text.length()) {
							return null;
						}
						String hex = this.text.substring(i + 2, i + 2 + digits);
						if (!hex.matches("[0-9a-fA-F]+")) {
							return null;
						}
						int codePoint = Integer.parseUnsignedInt(hex, 16);
						if (!Character.isValidCodePoint(codePoint)) {
							return null;
						}
						value.appendCodePoint(codePoint);
						i += digits;
					}
					// Any other escape is for Neo4j to accept or refuse.
					default -> {
						return null;
					}
				}
				i += 2;
			}
			return null;
		}

		private Object readNumber() {
			int start = this.position;
			if (this.text.charAt(this.position) == '-') {
				this.position++;
			}
			while (this.position < this.text.length() && (isWordCharacter(this.text.charAt(this.position))
					|| this.text.charAt(this.position) == '.' || isExponentSign(this.position))) {
				this.position++;
			}
			String number = this.text.substring(start, this.position);
			try {
				if (INTEGER.matcher(number).matches()) {
					return Long.parseLong(number);
				}
				if (FLOAT.matcher(number).matches()) {
					double value = Double.parseDouble(number);
					return Double.isFinite(value) ? value : null;
				}
			}
			catch (NumberFormatException ex) {
				// Beyond a 64-bit integer: Neo4j says what it makes of it.
			}
			// Hexadecimal, octal, underscores and the like are left to Neo4j.
			return null;
		}

		private boolean isExponentSign(int index) {
			char c = this.text.charAt(index);
			char before = this.text.charAt(index - 1);
			return (c == '+' || c == '-') && (before == 'e' || before == 'E');
		}

		private Object readWord() {
			int start = this.position;
			while (this.position < this.text.length() && isWordCharacter(this.text.charAt(this.position))) {
				this.position++;
			}
			return switch (this.text.substring(start, this.position).toLowerCase(Locale.ROOT)) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				case "null" -> NULL;
				// A variable, a function call, a parameter, an operator: not a plain literal.
				default -> null;
			};
		}

		private boolean consume(char expected) {
			if (this.position < this.text.length() && this.text.charAt(this.position) == expected) {
				this.position++;
				return true;
			}
			return false;
		}

		private void skipWhitespace() {
			while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
				this.position++;
			}
		}

		private static boolean isWordCharacter(char c) {
			return Character.isLetterOrDigit(c) || c == '_';
		}

	}

}
