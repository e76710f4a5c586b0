package org.allianceatlas.graphql;

import java.util.concurrent.Semaphore;

/**
 * A bulkhead for expensive requests: at most a few run at once, and one more is refused
 * at once (BUSY) rather than queued, so that they cannot take every thread and core from
 * cheap requests. A plain non-blocking semaphore is all this needs.
 */
final class ExpensiveRequests {

	private final int limit;

	private final Semaphore places;

	ExpensiveRequests(int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("atlas.graphql.max-expensive-requests must be at least 1, not " + limit);
		}
		this.limit = limit;
		this.places = new Semaphore(limit);
	}

	/** Takes a place if one is free, without waiting. */
	boolean tryEnter() {
		return this.places.tryAcquire();
	}

	void leave() {
		this.places.release();
	}

	int limit() {
		return this.limit;
	}

	/** Places taken now. */
	int running() {
		return this.limit - this.places.availablePermits();
	}

}
