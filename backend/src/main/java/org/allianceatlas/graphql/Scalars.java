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

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("An ISO-8601 calendar day, e.g. \"2008-06-01\".")
		.coercing(new Coercing<LocalDate, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate date) {
					return date.toString();
				}
				throw new CoercingSerializeException("Not a day: " + value.getClass().getSimpleName());
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				return parse(input, CoercingParseValueException::new);
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (!(input instanceof StringValue string)) {
					throw new CoercingParseLiteralException(problem(input, DATE_WORDS));
				}
				return parse(string.getValue(), CoercingParseLiteralException::new);
			}

		})
		.build();

	static final GraphQLScalarType PARTIAL_DATE_TYPE = GraphQLScalarType.newScalar()
		.name("PartialDate")
		.description("An ISO-8601 date with only the precision known: \"1993\", \"2003-12\" or \"1994-04-20\".")
		.coercing(new Coercing<String, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				return value.toString();
			}

			@Override
			public String parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof String s && PARTIAL_DATE.matcher(s).matches()) {
					return s;
				}
				throw new CoercingParseValueException(problem(input, PARTIAL_DATE_WORDS));
			}

			@Override
			public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue s && PARTIAL_DATE.matcher(s.getValue()).matches()) {
					return s.getValue();
				}
				throw new CoercingParseLiteralException(problem(input, PARTIAL_DATE_WORDS));
			}

		})
		.build();

	private static <E extends RuntimeException> LocalDate parse(Object input, Function<String, E> error) {
		if (input instanceof String text) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				// falls through to the message
			}
		}
		throw error.apply(problem(input, DATE_WORDS));
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
