package org.allianceatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Assertions on the errors of a response. */
public final class GraphQlErrors {

	private GraphQlErrors() {
	}

	/** Exactly one error, of this classification, whose message names the argument. */
	public static Consumer<List<ResponseError>> oneError(ErrorType type, String argument) {
		return errors -> {
			assertThat(errors).hasSize(1);
			ResponseError error = errors.getFirst();
			assertThat(error.getErrorType()).isEqualTo(type);
			assertThat(error.getMessage()).contains("'" + argument + "'");
			assertThat(error.getMessage()).doesNotContain("MATCH", "Exception", "at org.");
		};
	}

	public static GraphQlTester.Response expectError(GraphQlTester.Response response, ErrorType type, String argument) {
		response.errors().satisfy(oneError(type, argument));
		return response;
	}

}
