package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.List;

import graphql.GraphQLError;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/** Unexpected failures reach the client only as a neutral INTERNAL_ERROR. */
class AtlasExceptionResolverTests {

	private final AtlasExceptionResolver resolver = new AtlasExceptionResolver();

	@Test
	void unexpectedErrorsHideTheirTextAndCypher() {
		GraphQLError error = resolve(new IllegalStateException(
				"Neo.ClientError.Statement.SyntaxError: Invalid input 'MATCH (n:Secret) RETURN n'"));
		assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
		assertThat(error.getMessage()).doesNotContain("MATCH", "Neo", "Secret", "Exception").contains("'organisation'");
		assertThat(error.toSpecification().toString()).doesNotContain("MATCH", "stackTrace", "SyntaxError");
	}

	@Test
	void ourErrorsKeepTheirClassificationAndMessage() {
		assertThat(resolve(new NotFoundException("iso3", "XXX", "state")).getErrorType())
			.isEqualTo(ErrorType.NOT_FOUND);
		GraphQLError bad = resolve(new BadArgumentException("first", "is too large"));
		assertThat(bad.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(bad.getMessage()).isEqualTo("Argument 'first' is too large");
		GraphQLError limit = resolve(
				new LimitExceededException("first", "is 1000, more than the largest page of 100 items"));
		assertThat(limit.getErrorType()).isEqualTo(AtlasErrorType.LIMIT_EXCEEDED);
		assertThat(limit.getMessage()).isEqualTo("Argument 'first' is 1000, more than the largest page of 100 items");
		GraphQLError timeout = resolve(new RequestTimeoutException(Duration.ofMillis(1500)));
		assertThat(timeout.getErrorType()).isEqualTo(AtlasErrorType.TIMEOUT);
		assertThat(timeout.getMessage()).startsWith("The request did not finish within its time limit of 1.5 seconds;");
	}

	private GraphQLError resolve(Exception ex) {
		DataFetchingEnvironment env = mock(DataFetchingEnvironment.class);
		ExecutionStepInfo stepInfo = mock(ExecutionStepInfo.class);
		given(stepInfo.getPath()).willReturn(ResultPath.rootPath().segment("organisation"));
		given(env.getExecutionStepInfo()).willReturn(stepInfo);
		given(env.getField()).willReturn(new Field("organisation"));
		List<GraphQLError> errors = this.resolver.resolveException(ex, env).block();
		assertThat(errors).hasSize(1);
		return errors.getFirst();
	}

}
