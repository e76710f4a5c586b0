package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR;
import static org.springframework.graphql.execution.ErrorType.NOT_FOUND;

import java.time.Duration;
import java.util.List;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * graphql-java's own errors are put into the documented set; classifications of the API
 * are kept.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorClassificationsTests {

	@Test
	void aFloodOfBusyRefusalsIsLoggedInAtMostOneLineASecond(CapturedOutput output) throws InterruptedException {
		int before = output.getAll().length();
		for (int i = 0; i < 200; i++) {
			ErrorClassifications.logRefusal(AtlasErrorType.BUSY, "The service is busy (flood test).");
		}
		assertThat(output.getAll().substring(before).lines().filter(line -> line.contains("refused (BUSY)")))
			.hasSizeLessThanOrEqualTo(2);
		Thread.sleep(1_100);
		int then = output.getAll().length();
		ErrorClassifications.logRefusal(AtlasErrorType.BUSY, "The service is busy (flood test).");
		assertThat(output.getAll().substring(then)).containsPattern(
				"GraphQL request refused \\(BUSY\\): The service is busy \\(flood test\\)\\. \\(\\d+ more refused so since the line before\\)");
		// other refusals are each logged
		int others = output.getAll().length();
		for (int i = 0; i < 3; i++) {
			ErrorClassifications.logRefusal(AtlasErrorType.LIMIT_EXCEEDED, "Too long (flood test).");
		}
		assertThat(output.getAll().substring(others).lines().filter(line -> line.contains("Too long (flood test)")))
			.hasSize(3);
	}

	@Test
	void graphqlJavasErrorsGetTheNearestDocumentedClassification() {
		List<GraphQLError> errors = classify(null,
				error(ErrorType.ValidationError,
						"Validation error (WrongType@[state/memberships]) : argument 'asOf' with value "
								+ "'StringValue{value='2024-13-45'}' is not a valid 'Date'"),
				error(ErrorType.InvalidSyntax, "Invalid syntax with offending token '<EOF>' at line 1 column 9"),
				error(ErrorType.DataFetchingException, "java.lang.IllegalStateException: MATCH (n) RETURN n"),
				error(ErrorType.ExecutionAborted, "Maximum field count exceeded"));
		assertThat(errors).extracting(e -> e.getErrorType().toString())
			.containsExactly("BAD_REQUEST", "BAD_REQUEST", "INTERNAL_ERROR", "LIMIT_EXCEEDED");
		assertThat(errors.getFirst().getMessage()).isEqualTo("asOf: \"2024-13-45\" is not a date (YYYY-MM-DD)");
		assertThat(errors.getFirst().getExtensions()).containsEntry("argument", "asOf")
			.containsEntry("field", "state/memberships")
			.containsEntry("detail", "ValidationError: WrongType");
		assertThat(errors.get(1).getExtensions()).containsEntry("detail", "InvalidSyntax");
		assertThat(errors.get(2).getMessage()).doesNotContain("java", "MATCH").contains("server log");
	}

	@Test
	void classificationsOfTheApiAndOfOtherResolversAreKept() {
		List<GraphQLError> errors = classify(null, error(OtherResolver.UNAVAILABLE, "The database cannot be reached."),
				error(NOT_FOUND, "No state 'XXX' (argument 'iso3')"), error(AtlasErrorType.BUSY, "busy"));
		assertThat(errors).extracting(e -> e.getErrorType().toString())
			.containsExactly("UNAVAILABLE", "NOT_FOUND", "BUSY");
		assertThat(errors.getFirst().getMessage()).isEqualTo("The database cannot be reached.");
	}

	@Test
	void aClassificationOutsideTheSetBecomesAnInternalError() {
		List<GraphQLError> errors = classify(null, error(OtherResolver.SOMETHING_ELSE, "java.io.IOException: /etc"));
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getErrorType()).isEqualTo(INTERNAL_ERROR);
			assertThat(e.getMessage()).doesNotContain("java", "/etc");
		});
	}

	@Test
	void aTimedOutRequestAnswersOneTimeoutError() {
		List<GraphQLError> errors = classify(Duration.ofSeconds(5),
				error(AtlasErrorType.TIMEOUT, RequestTimeoutException.message(Duration.ofSeconds(5))),
				error(ErrorType.ExecutionAborted, "Execution has been asked to be cancelled"));
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getErrorType()).isEqualTo(AtlasErrorType.TIMEOUT);
			assertThat(e.getMessage()).startsWith("The request did not finish within its time limit of 5 seconds;");
		});
	}

	/**
	 * A classification of another resolver, such as the one for a database that went
	 * away.
	 */
	enum OtherResolver implements ErrorClassification {

		UNAVAILABLE, SOMETHING_ELSE

	}

	private static List<GraphQLError> classify(Duration timedOut, GraphQLError... errors) {
		ExecutionResult result = ExecutionResult.newExecutionResult().errors(List.of(errors)).build();
		return ErrorClassifications.classify(result, timedOut).getErrors();
	}

	private static GraphQLError error(ErrorClassification type, String message) {
		return GraphqlErrorBuilder.newError().errorType(type).message(message).build();
	}

}
