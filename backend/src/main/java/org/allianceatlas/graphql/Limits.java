package org.allianceatlas.graphql;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;

/**
 * graphql-java's depth and complexity checks, with errors that name the limit, its value and its
 * property. Introspection (GraphiQL's schema query is 15 deep) is left to graphql-java's own
 * good-faith introspection checks, so that the limits apply to the data only.
 */
final class Limits {

	private Limits() {
	}

	/** Whether the operation selects nothing but introspection fields ({@code __schema}, {@code __type}). */
	static boolean isIntrospection(InstrumentationExecuteOperationParameters parameters) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		return operation.getSelectionSet().getSelections().stream()
			.allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	static final class Depth extends MaxQueryDepthInstrumentation {

		Depth(int maxDepth) {
			super(maxDepth);
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			return isIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
					: super.beginExecuteOperation(parameters, state);
		}

		@Override
		protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
			return new AbortExecutionException("Query depth " + depth + " exceeds the maximum query depth of "
					+ maxDepth + " (atlas.graphql.max-depth)");
		}

	}

	static final class Complexity extends MaxQueryComplexityInstrumentation {

		Complexity(int maxComplexity) {
			super(maxComplexity);
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			return isIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
					: super.beginExecuteOperation(parameters, state);
		}

		@Override
		protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
			return new AbortExecutionException("Query complexity " + complexity
					+ " exceeds the maximum query complexity of " + maxComplexity + " (atlas.graphql.max-complexity)");
		}

	}

}
