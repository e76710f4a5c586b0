package org.allianceatlas.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

/** graphql-java's depth and complexity checks, with errors that name the limit, its value and its property. */
final class Limits {

	private Limits() {
	}

	static final class Depth extends MaxQueryDepthInstrumentation {

		Depth(int maxDepth) {
			super(maxDepth);
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
		protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
			return new AbortExecutionException("Query complexity " + complexity
					+ " exceeds the maximum query complexity of " + maxComplexity + " (atlas.graphql.max-complexity)");
		}

	}

}
