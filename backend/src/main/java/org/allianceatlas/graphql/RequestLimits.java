package org.allianceatlas.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;

/**
 * What bounds a request while graphql-java runs it, once its document is parsed and
 * validated: its depth ({@link Limits.Depth}, checked first), its estimated cost against
 * the one budget ({@link RequestCost}), its number of aliases, a place among the few
 * expensive requests allowed at once ({@link ExpensiveRequests}), and its deadline,
 * checked before every field that reads data. Finally it puts every error of the result
 * into the documented set of classifications ({@link ErrorClassifications}). It is the
 * endpoint's only instrumentation, given to graphql-java as it is (see
 * {@link GraphQlConfiguration}).
 */
final class RequestLimits extends SimplePerformantInstrumentation {

	/** Root fields that are expensive whatever they select. */
	private static final Set<String> EXPENSIVE_FIELDS = Set.of("neighbourhood", "connection", "overlapMatrix");

	private static final Logger log = LoggerFactory.getLogger(RequestLimits.class);

	private final GraphQlLimits limits;

	private final ExpensiveRequests expensive;

	private final Limits.Depth depth;

	RequestLimits(GraphQlLimits limits, ExpensiveRequests expensive) {
		this.limits = limits;
		this.expensive = expensive;
		this.depth = new Limits.Depth(limits.maxDepth());
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		Object given = parameters.getExecutionInput().getGraphQLContext().get(RequestDeadline.CONTEXT_KEY);
		RequestDeadline deadline = (given instanceof RequestDeadline d) ? d
				: new RequestDeadline(this.limits.timeout());
		return CompletableFuture.completedFuture(new State(deadline));
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		this.depth.beginExecuteOperation(parameters, state);
		ExecutionContext execution = parameters.getExecutionContext();
		State request = (State) state;
		request.deadline.executing(execution.getExecutionInput());
		if (Limits.isIntrospection(parameters)) {
			return SimpleInstrumentationContext.noOp();
		}
		if (Boolean.TRUE.equals(execution.getGraphQLContext().get(GraphQlHttp.GET))
				&& execution.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
			throw new LimitAbort(ErrorType.BAD_REQUEST,
					"GET runs queries only; send a "
							+ execution.getOperationDefinition().getOperation().name().toLowerCase(Locale.ROOT)
							+ " with POST.");
		}
		RequestCost cost = new RequestCost(this.limits, execution.getGraphQLSchema());
		ExecutableNormalizedOperation operation;
		try {
			operation = execution.getNormalizedQueryTree().get();
		}
		catch (AbortExecutionException ex) {
			// graphql-java's own bound on the fields of an operation, its fragments
			// expanded
			throw new LimitAbort(AtlasErrorType.LIMIT_EXCEEDED,
					"The query selects too many fields once its fragments are expanded; select fewer.");
		}
		long estimate = cost.of(operation);
		log.debug("Estimated cost {} and {} aliases for operation {}", estimate, cost.aliases(),
				execution.getOperationDefinition().getName());
		if (cost.aliases() > this.limits.maxAliases()) {
			throw new LimitAbort(AtlasErrorType.LIMIT_EXCEEDED,
					"The query has " + Words.number(cost.aliases()) + " aliased fields, more than the limit of "
							+ Words.number(this.limits.maxAliases()) + " per request.");
		}
		if (estimate > this.limits.maxCost()) {
			throw new LimitAbort(AtlasErrorType.LIMIT_EXCEEDED, "The query's estimated cost is "
					+ Words.number(estimate) + ", more than the budget of " + Words.number(this.limits.maxCost())
					+ " per request. Each field costs 1 and each list multiplies what it selects by the items it can "
					+ "hold: ask for smaller pages, fewer nested lists or a shallower neighbourhood.");
		}
		// a document found to have a large answer is held back only while cheap requests
		// compete: alone, heavy clients are bounded by the deadline and the cost only
		boolean large = this.expensive.known(execution.getExecutionInput().getQuery());
		if (isExpensive(operation, estimate) || (large && this.expensive.competing())) {
			this.expensive.remember(execution.getExecutionInput().getQuery());
			if (execution.getGraphQLContext().get(RequestBodyLimit.BODY) instanceof byte[] body) {
				this.expensive.remember(body);
			}
			ExpensiveRequests.Place place = this.expensive.tryEnter();
			if (place == null) {
				throw new LimitAbort(AtlasErrorType.BUSY, busy(this.expensive));
			}
			request.place = place;
		}
		else if (!large) {
			this.expensive.cheapRequest();
		}
		RequestDeadline.enter(request.deadline);
		return new SimpleInstrumentationContext<>() {

			@Override
			public void onDispatched() {
				RequestDeadline.leave();
			}

		};
	}

	/** The message of a BUSY refusal, in the words of the bounds. */
	static String busy(ExpensiveRequests expensive) {
		String share = (expensive.timeShare() < 1)
				? " and for at most " + Math.round(expensive.timeShare() * 100) + "% of the time" : "";
		return "The service is busy with expensive requests (neighbourhoods, connections, overlap matrices, large queries): "
				+ "it runs at most " + Words.number(expensive.limit()) + " at once" + share + ". Retry in a moment.";
	}

	private boolean isExpensive(ExecutableNormalizedOperation operation, long estimate) {
		return estimate >= this.limits.maxCost() / 10
				|| operation.getTopLevelFields().stream().anyMatch(field -> EXPENSIVE_FIELDS.contains(field.getName()));
	}

	@Override
	public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		if (state instanceof State request) {
			request.fields.incrementAndGet();
		}
		return super.beginFieldExecution(parameters, state);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (parameters.isTrivialDataFetcher() || !(state instanceof State request)) {
			return dataFetcher;
		}
		return (DataFetchingEnvironment env) -> {
			request.deadline.check();
			return dataFetcher.get(env);
		};
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		State request = (State) state;
		if (request != null && request.place != null) {
			request.place.leave();
		}
		else if (request != null && request.fields.get() >= this.limits.expensiveFields()) {
			// found expensive by the size of its answer rather than by its estimate: the
			// next request of the same text or body takes a place among the expensive
			// ones
			log.debug("{} fields answered: expensive from now on", request.fields.get());
			this.expensive.remember(parameters.getExecutionInput().getQuery());
			if (parameters.getGraphQLContext().get(RequestBodyLimit.BODY) instanceof byte[] body) {
				this.expensive.remember(body);
			}
		}
		boolean timedOut = request != null && request.deadline.cancelled();
		return CompletableFuture.completedFuture(ErrorClassifications.classify(result,
				timedOut ? request.deadline.limit() : null, parameters.getSchema()));
	}

	/**
	 * One request's deadline and whether it holds a place among the expensive requests.
	 */
	private static final class State implements InstrumentationState {

		private final RequestDeadline deadline;

		private volatile ExpensiveRequests.Place place;

		/** Fields answered so far, each field of each object counted. */
		private final AtomicInteger fields = new AtomicInteger();

		State(RequestDeadline deadline) {
			this.deadline = deadline;
		}

	}

	/**
	 * Stops a request before it runs. graphql-java answers the errors an abort carries,
	 * so the one error here keeps its classification of the documented set.
	 */
	static final class LimitAbort extends AbortExecutionException {

		LimitAbort(ErrorClassification type, String message) {
			super(List.of(GraphqlErrorBuilder.newError().errorType(type).message(message).build()));
		}

	}

}
