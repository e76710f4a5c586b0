package org.allianceatlas.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a fact of the atlas keeps, whoever writes it: a seed migration (checked by
 * the seed's integrity tests) or a curator's proposal (checked before it is stored).
 * Partial dates carry only the precision known, a period does not end before it starts,
 * roles and statuses come from the model's vocabulary, troop parts add up to their total
 * and addresses are http(s) URLs.
 */
public final class FactRules {

	/**
	 * A year, a year and month, or a day: {@code 1993}, {@code 2003-12},
	 * {@code 1994-04-20}.
	 */
	public static final Pattern PARTIAL_DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");

	/** The roles a membership may have. */
	public static final List<String> ROLES = List.of("MEMBER", "ASSOCIATE_MEMBER", "OBSERVER", "PARLIAMENTARY_OBSERVER",
			"PARTNER", "PARTICIPANT");

	/** How a membership that ended is described after its end. */
	public static final List<String> END_STATUSES = List.of("ENDED", "SUSPENDED");

	/** The statuses that may hold for part of a membership. */
	public static final List<String> STATUS_CHANGES = List.of("FROZEN", "SUSPENDED", "WITHDRAWING",
			"REPRESENTATIVES_RECALLED");

	private FactRules() {
	}

	/** Whether a text is a partial date naming a real day, month or year. */
	public static boolean isPartialDate(String text) {
		if (text == null || !PARTIAL_DATE.matcher(text).matches()) {
			return false;
		}
		try {
			start(text);
			return true;
		}
		catch (DateTimeException | NumberFormatException ex) {
			return false;
		}
	}

	/** The first day of a partial date's period: "2012" is 2012-01-01. */
	public static LocalDate start(String partial) {
		return switch (partial.length()) {
			case 4 -> LocalDate.of(Integer.parseInt(partial), 1, 1);
			case 7 -> YearMonth.parse(partial).atDay(1);
			default -> LocalDate.parse(partial);
		};
	}

	/** The last day of a partial date's period: "2012" is 2012-12-31. */
	public static LocalDate end(String partial) {
		return switch (partial.length()) {
			case 4 -> LocalDate.of(Integer.parseInt(partial), 12, 31);
			case 7 -> YearMonth.parse(partial).atEndOfMonth();
			default -> LocalDate.parse(partial);
		};
	}

	/**
	 * Whether a period from one partial date to another is in order: it may end in the
	 * period it starts in ("2012" to "2012-05"), never before it starts. An open end is
	 * in order.
	 */
	public static boolean inOrder(String from, String to) {
		return from == null || to == null || !start(from).isAfter(end(to));
	}

	/** Whether the parts of a troop figure, all given, add up to its total. */
	public static boolean partsAddUp(Integer active, Integer reserve, Integer paramilitary, Integer total) {
		if (active == null || reserve == null || paramilitary == null || total == null) {
			return true;
		}
		return (long) active + reserve + paramilitary == total;
	}

	/** Whether a text is an absolute http or https address with a host. */
	public static boolean isHttpUrl(String text) {
		if (text == null) {
			return false;
		}
		try {
			URI uri = new URI(text);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
