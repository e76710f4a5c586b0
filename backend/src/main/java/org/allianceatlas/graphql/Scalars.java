package org.allianceatlas.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The two date scalars: a full day ({@code Date}) and a date with the precision known
 * ({@code PartialDate}).
 */
final class Scalars {

	private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?");

	private static final String DATE_WORDS = ErrorClassifications.expected("Date", null);

	private static final String PARTIAL_DATE_WORDS = ErrorClassifications.expected("PartialDate", null);

	private Scalars() {
	}

	static final GraphQLScalarType DATE = written("Date", "An ISO-8601 calendar day, e.g. \"2008-06-01\".", DATE_WORDS,
			(value) -> {
				if (value instanceof LocalDate date) {
					return date.toString();
				}
				throw new CoercingSerializeException("Not a day: " + value.getClass().getSimpleName());
			}, Scalars::day);

	static final GraphQLScalarType PARTIAL_DATE_TYPE = written("PartialDate",
			"An ISO-8601 date with only the precision known: \"1993\", \"2003-12\" or \"1994-04-20\".",
			PARTIAL_DATE_WORDS, Object::toString, (text) -> PARTIAL_DATE.matcher(text).matches() ? text : null);

	/**
	 * A scalar written as a string, in variables and in the query alike: read turns the
	 * text into the value, or gives null when the text is not one; anything else (a
	 * number, a list) is refused with the same message.
	 */
	private static <T> GraphQLScalarType written(String name, String description, String expected,
			Function<Object, String> write, Function<String, T> read) {
		return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<T, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				return write.apply(value);
			}

			@Override
			public T parseValue(Object input, GraphQLContext context, Locale locale) {
				T value = (input instanceof String text) ? read.apply(text) : null;
				if (value == null) {
					throw new CoercingParseValueException(problem(input, expected));
				}
				return value;
			}

			@Override
			public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				T value = (input instanceof StringValue text) ? read.apply(text.getValue()) : null;
				if (value == null) {
					throw new CoercingParseLiteralException(problem(input, expected));
				}
				return value;
			}

		}).build();
	}

	/** The day an ISO-8601 text names; null if it names none. */
	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * What is wrong with a value, in the words of the README's errors paragraph:
	 * {@code "2022-13-01" is not a date (YYYY-MM-DD)}.
	 */
	private static String problem(Object input, String expected) {
		Object value = (input instanceof StringValue string) ? string.getValue() : input;
		String written = (value instanceof String text) ? "\"" + text + "\""
				: (value instanceof Value<?>) ? "that value" : String.valueOf(value);
		return written + " is not " + expected;
	}

}
