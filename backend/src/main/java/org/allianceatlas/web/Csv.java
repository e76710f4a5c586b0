package org.allianceatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.allianceatlas.source.Source;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one CSV writer of the pages: RFC 4180 (CRLF line ends; a cell holding a quote,
 * comma or line break is quoted, its quotes doubled), and text that a spreadsheet would
 * read as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return) is prefixed with a single quote, as OWASP advises against CSV
 * injection. Numbers are written as they are.
 */
final class Csv {

	private final StringBuilder text = new StringBuilder();

	/** Appends one record; {@code null} is an empty cell. */
	Csv row(List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.text.append(',');
			}
			this.text.append(cell(cells.get(i)));
		}
		this.text.append("\r\n");
		return this;
	}

	Csv row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

	/** The CSV as a download named {@code filename}. */
	ResponseEntity<String> download(String filename) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(toString());
	}

	/**
	 * The answer of a CSV address asked for something it cannot give: 400 with the
	 * messages, one a line, as plain text (the page shows the same messages).
	 */
	static ResponseEntity<String> refused(List<String> messages) {
		return plain(HttpStatus.BAD_REQUEST, String.join("\n", messages));
	}

	/**
	 * The answer of a CSV address of a table or page that does not exist: 404, saying so.
	 */
	static ResponseEntity<String> notFound(String message) {
		return plain(HttpStatus.NOT_FOUND, message);
	}

	private static ResponseEntity<String> plain(HttpStatus status, String text) {
		return ResponseEntity.status(status)
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(text);
	}

	/**
	 * A download's name from its parts, as the page scripts' {@code fileName} makes it:
	 * lower case, anything but a-z and 0-9 as '-', parts joined by '-', then the
	 * extension: {@code fileName("csv", "CSTO", "members", "2024-06-01")} is
	 * {@code csto-members-2024-06-01.csv}. Null and blank parts are left out.
	 */
	static String fileName(String extension, Object... parts) {
		return Stream.of(parts)
			.filter(Objects::nonNull)
			.map(p -> p.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""))
			.filter(p -> !p.isEmpty())
			.collect(Collectors.joining("-")) + "." + extension;
	}

	/**
	 * The {@code sources} cell: each cited document's title, with its address in brackets
	 * when it has one, {@code "; "}-separated, each document once.
	 */
	static String sources(Collection<Source> sources) {
		return sources.stream()
			.distinct()
			.map(s -> (s.url() == null || s.url().isBlank()) ? s.title() : s.title() + " <" + s.url() + ">")
			.collect(Collectors.joining("; "));
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		boolean quote = text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
