package org.allianceatlas.graphql;

import static org.springframework.graphql.execution.ErrorType.BAD_REQUEST;
import static org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR;
import static org.springframework.graphql.execution.ErrorType.NOT_FOUND;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts every error of a result into the documented set of classifications (the README's
 * table): BAD_REQUEST, NOT_FOUND, LIMIT_EXCEEDED, TIMEOUT, BUSY, UNAVAILABLE and
 * INTERNAL_ERROR, with UNAUTHORIZED, FORBIDDEN and CONFLICT kept for writes.
 * graphql-java's own errors (a syntax or validation error, an aborted execution, a
 * persisted query it does not know) get the nearest of them, graphql-java's kind in
 * {@code extensions.detail}, the argument at fault in {@code extensions.argument}, and
 * messages in the client's terms ({@code asOf: "2022-13-01" is not a date (YYYY-MM-DD)},
 * never {@code StringValue{value='2022-13-01'}}). A request refused by a limit is logged
 * in one line.
 */
final class ErrorClassifications {

	private static final Logger log = LoggerFactory.getLogger(ErrorClassifications.class);

	private static final long BUSY_LINE_INTERVAL = Duration.ofSeconds(1).toNanos();

	/** When the last BUSY refusal was logged. */
	private static final AtomicLong lastBusyLine = new AtomicLong(System.nanoTime() - BUSY_LINE_INTERVAL);

	/** BUSY refusals not logged since then. */
	private static final AtomicLong busyLeftOut = new AtomicLong();

	/**
	 * graphql-java's notation of literal values in validation messages, and what a client
	 * wrote instead.
	 */
	private static final List<Map.Entry<Pattern, String>> VALUE_NOTATION = List.of(
			Map.entry(Pattern.compile("StringValue\\{value='(.*?)'}"), "\"$1\""),
			Map.entry(Pattern.compile("(?:Int|Float)Value\\{value=([-+.\\deE]+)}"), "$1"),
			Map.entry(Pattern.compile("BooleanValue\\{value=(true|false)}"), "$1"),
			Map.entry(Pattern.compile("EnumValue\\{name='(\\w*)'}"), "$1"),
			Map.entry(Pattern.compile("VariableReference\\{name='(\\w*)'}"), "\\$$1"),
			Map.entry(Pattern.compile("NullValue\\{}"), "null"),
			Map.entry(Pattern.compile("ObjectField\\{name='(\\w*)', value=([^{}]*?)}"), "$1: $2"),
			Map.entry(Pattern.compile("ArrayValue\\{values=\\[([^{}\\[\\]]*)]}"), "[$1]"),
			Map.entry(Pattern.compile("ObjectValue\\{objectFields=\\[([^{}\\[\\]]*)]}"), "{$1}"));

	/** "Validation error (WrongType@[state/memberships]) : " */
	private static final Pattern VALIDATION_PREFIX = Pattern
		.compile("^Validation error \\((\\w+)(?:@\\[([^\\]]*)])?\\) ?: ");

	/**
	 * "argument 'asOf' with value 'StringValue{value='2022-13-01'}' is not a valid 'Date'
	 * - ..."
	 */
	private static final Pattern WRONG_TYPE = Pattern
		.compile("argument '([\\w\\[\\].]+)' with value '(.*)' is not a valid '(\\w+)'(?: - .*)?", Pattern.DOTALL);

	/** "Missing field argument 'iso3'" */
	private static final Pattern MISSING_ARGUMENT = Pattern.compile("Missing field argument '(\\w+)'");

	/** "Variable 'd' has an invalid value: ..." */
	private static final Pattern INVALID_VARIABLE = Pattern.compile("Variable '(\\w+)' has an invalid value: (.*)",
			Pattern.DOTALL);

	/** "Invalid input for enum 'MembershipRole'. No value found for name 'FOO'" */
	private static final Pattern NO_ENUM_VALUE = Pattern
		.compile("Invalid input for enum '(\\w+)'\\. No value found for name '(.*)'", Pattern.DOTALL);

	/** Classifications a client may meet: the README's table. */
	private static final Set<String> DOCUMENTED = Set.of("BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND",
			"CONFLICT", "LIMIT_EXCEEDED", "TIMEOUT", "BUSY", "UNAVAILABLE", "INTERNAL_ERROR");

	private ErrorClassifications() {
	}

	/**
	 * @param timedOut the time limit of the request when it ran out of time, else null
	 */
	static ExecutionResult classify(ExecutionResult result, Duration timedOut) {
		return classify(result, timedOut, null);
	}

	/**
	 * @param timedOut the time limit of the request when it ran out of time, else null
	 * @param schema the schema the request ran against, to name an enum's values; null if
	 * unknown
	 */
	static ExecutionResult classify(ExecutionResult result, Duration timedOut, GraphQLSchema schema) {
		if (result.getErrors().isEmpty()) {
			return result;
		}
		List<GraphQLError> errors = new ArrayList<>();
		for (GraphQLError error : result.getErrors()) {
			errors.add(classify(error, timedOut, schema));
		}
		List<GraphQLError> answered = (timedOut != null) ? onlyOneTimeout(errors) : errors;
		answered.stream()
			.filter(e -> e.getErrorType() instanceof AtlasErrorType)
			.findFirst()
			.ifPresent(e -> logRefusal(e.getErrorType(), e.getMessage()));
		return result.transform(builder -> builder.errors(List.copyOf(answered)));
	}

	private static GraphQLError classify(GraphQLError error, Duration timedOut, GraphQLSchema schema) {
		ErrorClassification type = error.getErrorType();
		if (type instanceof PersistedQueryNotFound) {
			// Apollo's clients recognise the message and the code, and then send the
			// query text with its hash
			return rebuild(error, NOT_FOUND, "PersistedQueryNotFound", Map.of("code", "PERSISTED_QUERY_NOT_FOUND",
					"detail", "No query with this sha256Hash is known here (yet); send it again with its query text."));
		}
		if (type instanceof PersistedQueryIdInvalid) {
			return rebuild(error, BAD_REQUEST,
					"extensions.persistedQuery.sha256Hash is not the SHA-256 hash of the query text sent with it.",
					Map.of("code", "PERSISTED_QUERY_ID_INVALID", "argument", "extensions.persistedQuery.sha256Hash"));
		}
		if (type instanceof PersistedQueryError) {
			return rebuild(error, BAD_REQUEST, "The persisted query could not be used: " + type, Map.of());
		}
		if (type != null && !(type instanceof ErrorType)) {
			if (DOCUMENTED.contains(type.toString())) {
				// ours, Spring's and any other resolver's (UNAVAILABLE) already speak to
				// the client
				return error;
			}
			log.warn("GraphQL error of an undocumented classification {} at {}: {}", type, error.getPath(),
					oneLine(error.getMessage()));
			return internal(error);
		}
		if (type == ErrorType.ValidationError) {
			return validation(error, schema);
		}
		if (type == ErrorType.InvalidSyntax || type == ErrorType.OperationNotSupported) {
			return rebuild(error, BAD_REQUEST, readable(error.getMessage()), Map.of("detail", type.toString()));
		}
		if (type == ErrorType.ExecutionAborted) {
			if (timedOut != null) {
				return rebuild(error, AtlasErrorType.TIMEOUT, RequestTimeoutException.message(timedOut), Map.of());
			}
			return rebuild(error, AtlasErrorType.LIMIT_EXCEEDED, readable(error.getMessage()), Map.of());
		}
		log.warn("Unexpected GraphQL error at {}: {}", error.getPath(), oneLine(error.getMessage()));
		return internal(error);
	}

	private static GraphQLError internal(GraphQLError error) {
		String at = (error.getPath() != null && !error.getPath().isEmpty())
				? " while reading '" + error.getPath().getLast() + "'" : "";
		return rebuild(error, INTERNAL_ERROR, "Internal error" + at + "; the server log has the details.", Map.of());
	}

	/**
	 * A validation error in the client's terms: the argument or variable at fault and
	 * what it must look like, e.g. {@code asOf: "2022-13-01" is not a date (YYYY-MM-DD)},
	 * with the argument (or variable) and graphql-java's rule in the extensions.
	 */
	private static GraphQLError validation(GraphQLError error, GraphQLSchema schema) {
		String message = (error.getMessage() != null) ? error.getMessage() : "";
		Map<String, Object> extensions = new LinkedHashMap<>();
		Matcher variable = INVALID_VARIABLE.matcher(message);
		if (variable.matches()) {
			extensions.put("variable", variable.group(1));
			extensions.put("detail", "ValidationError: invalid variable value");
			return rebuild(error, BAD_REQUEST, "$" + variable.group(1) + ": " + enumProblem(variable.group(2), schema),
					extensions);
		}
		Matcher prefix = VALIDATION_PREFIX.matcher(message);
		if (!prefix.find()) {
			extensions.put("detail", "ValidationError");
			return rebuild(error, BAD_REQUEST, readable(message), extensions);
		}
		String rule = prefix.group(1);
		String rest = message.substring(prefix.end());
		extensions.put("detail", "ValidationError: " + rule);
		if (prefix.group(2) != null && !prefix.group(2).isEmpty()) {
			extensions.put("field", prefix.group(2));
		}
		Matcher wrong = WRONG_TYPE.matcher(rest);
		if (wrong.matches()) {
			extensions.put("argument", argumentName(wrong.group(1)));
			return rebuild(error, BAD_REQUEST,
					wrong.group(1) + ": " + readable(wrong.group(2)) + " is not " + expected(wrong.group(3), schema),
					extensions);
		}
		Matcher missing = MISSING_ARGUMENT.matcher(rest);
		if (missing.find()) {
			extensions.put("argument", missing.group(1));
		}
		return rebuild(error, BAD_REQUEST, readable(message), extensions);
	}

	/**
	 * {@code roles[1]} and {@code where.name} are arguments {@code roles} and
	 * {@code where}.
	 */
	private static String argumentName(String path) {
		int end = path.length();
		for (char stop : new char[] { '[', '.' }) {
			int at = path.indexOf(stop);
			if (at > 0 && at < end) {
				end = at;
			}
		}
		return path.substring(0, end);
	}

	/** What a value of the type looks like, in words. */
	static String expected(String type, GraphQLSchema schema) {
		return switch (type) {
			case "Date" -> "a date (YYYY-MM-DD)";
			case "PartialDate" -> "a partial date (YYYY, YYYY-MM or YYYY-MM-DD)";
			case "Int" -> "an integer";
			case "Float" -> "a number";
			case "String" -> "a string";
			case "Boolean" -> "true or false";
			case "ID" -> "an ID (a string)";
			default -> {
				if (schema != null && schema.getType(type) instanceof GraphQLEnumType values) {
					yield "a " + type + " (one of "
							+ String.join(", ",
									values.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList())
							+ ")";
				}
				yield "a valid " + type;
			}
		};
	}

	/** graphql-java's words for a variable that names no value of an enum. */
	private static String enumProblem(String problem, GraphQLSchema schema) {
		Matcher noValue = NO_ENUM_VALUE.matcher(problem);
		if (noValue.matches()) {
			return "\"" + noValue.group(2) + "\" is not " + expected(noValue.group(1), schema);
		}
		return readable(problem);
	}

	/**
	 * A timed-out request answers one TIMEOUT error, not one per field it could not read.
	 */
	private static List<GraphQLError> onlyOneTimeout(List<GraphQLError> errors) {
		List<GraphQLError> kept = new ArrayList<>();
		boolean timeout = false;
		for (GraphQLError error : errors) {
			if (error.getErrorType() == AtlasErrorType.TIMEOUT) {
				if (timeout) {
					continue;
				}
				timeout = true;
			}
			kept.add(error);
		}
		return kept;
	}

	private static GraphQLError rebuild(GraphQLError error, ErrorClassification type, String message,
			Map<String, Object> added) {
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().errorType(type).message(message);
		if (error.getLocations() != null && !error.getLocations().isEmpty()) {
			builder.locations(error.getLocations());
		}
		if (error.getPath() != null) {
			builder.path(error.getPath());
		}
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
			extensions.remove("classification");
			// graphql-java signs its persisted-query errors; the client needs no library
			// name
			extensions.remove("generatedBy");
		}
		extensions.putAll(added);
		if (!extensions.isEmpty()) {
			builder.extensions(extensions);
		}
		return builder.build();
	}

	/** A validation message without graphql-java's notation of values and rule names. */
	static String readable(String message) {
		if (message == null) {
			return "The request is not a valid query.";
		}
		String text = message;
		Matcher prefix = VALIDATION_PREFIX.matcher(text);
		if (prefix.find()) {
			text = ((prefix.group(2) != null && !prefix.group(2).isEmpty())
					? "Invalid query at '" + prefix.group(2) + "': " : "Invalid query: ")
					+ text.substring(prefix.end());
		}
		String before;
		do {
			before = text;
			for (Map.Entry<Pattern, String> notation : VALUE_NOTATION) {
				text = notation.getKey().matcher(text).replaceAll(notation.getValue());
			}
		}
		while (!text.equals(before));
		return text;
	}

	/**
	 * One line in the log for a request refused by a limit, its deadline or the bulkhead.
	 * Refusals as BUSY come in floods while expensive requests are held back (each client
	 * retrying), so they get at most one line a second, which counts those left out since
	 * the line before.
	 */
	static void logRefusal(graphql.ErrorClassification type, String message) {
		if (type == AtlasErrorType.BUSY) {
			long now = System.nanoTime();
			long last = lastBusyLine.get();
			if (now - last < BUSY_LINE_INTERVAL || !lastBusyLine.compareAndSet(last, now)) {
				busyLeftOut.incrementAndGet();
				return;
			}
			long leftOut = busyLeftOut.getAndSet(0);
			if (leftOut > 0) {
				log.info("GraphQL request refused ({}): {} ({} more refused so since the line before)", type,
						oneLine(message), leftOut);
				return;
			}
		}
		log.info("GraphQL request refused ({}): {}", type, oneLine(message));
	}

	/** Log text on one line, whatever a client put in it. */
	static String oneLine(String text) {
		if (text == null) {
			return "";
		}
		String line = text.replaceAll("[\\r\\n\\t]+", " ");
		return (line.length() > 300) ? line.substring(0, 300) + "..." : line;
	}

}
