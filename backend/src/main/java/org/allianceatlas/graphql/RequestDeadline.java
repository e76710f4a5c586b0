package org.allianceatlas.graphql;

import java.time.Duration;
import java.util.Optional;

import graphql.ExecutionInput;

/**
 * When one GraphQL request must be done. It is created as the request arrives (or as its
 * execution starts, for requests made inside the application), travels in the request's
 * {@code GraphQLContext} and, while the request's own thread executes it, in a
 * thread-local, so that every database read can take only the time that is left
 * ({@code CypherQueries}). When it passes, the execution is cancelled: graphql-java
 * fetches no further field and the reads still running end with their transaction
 * timeout.
 */
public final class RequestDeadline {

	static final String CONTEXT_KEY = RequestDeadline.class.getName();

	private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

	private final Duration limit;

	private final long end;

	private volatile ExecutionInput execution;

	private volatile boolean cancelled;

	RequestDeadline(Duration limit) {
		this.limit = limit;
		this.end = System.nanoTime() + limit.toNanos();
	}

	/**
	 * The deadline of the request the calling thread is executing, if it is executing
	 * one.
	 */
	public static Optional<RequestDeadline> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	static void enter(RequestDeadline deadline) {
		CURRENT.set(deadline);
	}

	static void leave() {
		CURRENT.remove();
	}

	/** The time limit of the whole request. */
	public Duration limit() {
		return this.limit;
	}

	/** Time left, never negative. */
	public Duration remaining() {
		return Duration.ofNanos(Math.max(0, this.end - System.nanoTime()));
	}

	public boolean passed() {
		return this.cancelled || this.end - System.nanoTime() <= 0;
	}

	/**
	 * Fails with a TIMEOUT error, and cancels the execution, once the deadline has
	 * passed.
	 */
	public void check() {
		if (passed()) {
			cancel();
			throw new RequestTimeoutException(this.limit);
		}
	}

	void executing(ExecutionInput input) {
		this.execution = input;
		if (this.cancelled) {
			input.cancel();
		}
	}

	/** Stops the execution: graphql-java fetches nothing more for it. */
	void cancel() {
		this.cancelled = true;
		ExecutionInput input = this.execution;
		if (input != null) {
			input.cancel();
		}
	}

	boolean cancelled() {
		return this.cancelled;
	}

}
