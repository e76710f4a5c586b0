package org.allianceatlas.graphql;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;

/**
 * graphql-java's depth check, with an error that names the limit and its value.
 * Introspection (GraphiQL's schema query is 15 deep) is left to graphql-java's own
 * good-faith introspection checks, so that the limits apply to the data only; the cost
 * and alias limits of {@link RequestLimits} skip it the same way.
 */
final class Limits {

	private Limits() {
	}

	/**
	 * Whether the operation selects nothing but introspection fields ({@code __schema},
	 * {@code __type}).
	 */
	static boolean isIntrospection(InstrumentationExecuteOperationParameters parameters) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		return operation.getSelectionSet()
			.getSelections()
			.stream()
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
			return new RequestLimits.LimitAbort(AtlasErrorType.LIMIT_EXCEEDED, "The query nests its selections " + depth
					+ " levels deep, more than the limit of " + maxDepth + " levels.");
		}

	}

}
