package org.allianceatlas.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The day a page shows, read from its {@code date} parameter. */
final class PageDay {

	private PageDay() {
	}

	/**
	 * The day asked for, or today when none is asked for; a day that is not one, or lies
	 * outside {@code first}..today, adds a message saying so and gives today.
	 */
	static LocalDate read(String date, LocalDate first, LocalDate today, List<String> messages) {
		if (date == null || date.isBlank()) {
			return today;
		}
		try {
			LocalDate day = LocalDate.parse(date.strip());
			if (day.isBefore(first) || day.isAfter(today)) {
				messages.add("Choose a day between " + first + " and today (" + today + "); showing today.");
				return today;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			messages.add("“" + date + "” is not a day (use YYYY-MM-DD); showing today.");
			return today;
		}
	}

}
