package org.allianceatlas.graphql;

import static org.springframework.graphql.execution.ErrorType.BAD_REQUEST;
import static org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts every error of a result into the documented set of classifications: BAD_REQUEST,
 * NOT_FOUND, LIMIT_EXCEEDED, TIMEOUT, BUSY, UNAVAILABLE and INTERNAL_ERROR.
 * graphql-java's own errors (a syntax or validation error, an aborted execution) get the
 * nearest of them, and their messages lose graphql-java's internal notation of values
 * ({@code StringValue{value='2022-13-01'}} becomes {@code "2022-13-01"}). A request
 * refused by a limit is logged in one line.
 */
final class ErrorClassifications {

	private static final Logger log = LoggerFactory.getLogger(ErrorClassifications.class);

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
		.compile("^Validation error \\((\\w+)(?:@\\[([^\\]]*)])?\\) : ");

	private ErrorClassifications() {
	}

	/**
	 * @param timedOut the time limit of the request when it ran out of time, else null
	 */
	static ExecutionResult classify(ExecutionResult result, Duration timedOut) {
		if (result.getErrors().isEmpty()) {
			return result;
		}
		List<GraphQLError> errors = new ArrayList<>();
		for (GraphQLError error : result.getErrors()) {
			errors.add(classify(error, timedOut));
		}
		List<GraphQLError> answered = (timedOut != null) ? onlyOneTimeout(errors) : errors;
		answered.stream()
			.filter(e -> e.getErrorType() instanceof AtlasErrorType)
			.findFirst()
			.ifPresent(e -> logRefusal(e.getErrorType(), e.getMessage()));
		return result.transform(builder -> builder.errors(List.copyOf(answered)));
	}

	private static GraphQLError classify(GraphQLError error, Duration timedOut) {
		ErrorClassification type = error.getErrorType();
		if (type != null && !(type instanceof ErrorType)) {
			// ours, Spring's and any other resolver's (UNAVAILABLE) already speak to the
			// client
			return error;
		}
		if (type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax
				|| type == ErrorType.OperationNotSupported) {
			return rebuild(error, BAD_REQUEST, readable(error.getMessage()));
		}
		if (type == ErrorType.ExecutionAborted) {
			if (timedOut != null) {
				return rebuild(error, AtlasErrorType.TIMEOUT, RequestTimeoutException.message(timedOut));
			}
			return rebuild(error, AtlasErrorType.LIMIT_EXCEEDED, readable(error.getMessage()));
		}
		log.warn("Unexpected GraphQL error at {}: {}", error.getPath(), oneLine(error.getMessage()));
		String at = (error.getPath() != null && !error.getPath().isEmpty())
				? " while reading '" + error.getPath().getLast() + "'" : "";
		return rebuild(error, INTERNAL_ERROR, "Internal error" + at + "; the server log has the details.");
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

	private static GraphQLError rebuild(GraphQLError error, ErrorClassification type, String message) {
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().errorType(type).message(message);
		if (error.getLocations() != null && !error.getLocations().isEmpty()) {
			builder.locations(error.getLocations());
		}
		if (error.getPath() != null) {
			builder.path(error.getPath());
		}
		if (error.getExtensions() != null && !error.getExtensions().isEmpty()) {
			Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
			extensions.remove("classification");
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
	 */
	static void logRefusal(graphql.ErrorClassification type, String message) {
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
