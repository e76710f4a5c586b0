package org.allianceatlas.graphql;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * A bulkhead for expensive requests, bounded in two ways so that they cannot take the
 * cores from cheap requests: at most a few run at once, and together they may run for at
 * most a share of the time. A request beyond either bound is refused at once (BUSY),
 * never queued.
 * <p>
 * The share is kept as a bucket of running time: it fills at {@code timeShare} seconds
 * per second for each place, up to one second per place, and each expensive request takes
 * out the time it ran. One slow request can overdraw it; then no expensive request starts
 * until it has filled again. A plain semaphore and a few lines of arithmetic are all this
 * needs: the rate limiters of libraries count requests, and here what counts is time.
 */
final class ExpensiveRequests {

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	private static final int KNOWN_DOCUMENTS = 256;

	private static final byte TEXT = 'T';

	private static final byte BODY = 'B';

	private final int limit;

	private final double timeShare;

	private final Semaphore places;

	private final LongSupplier nanoTime;

	private final long capacity;

	/** Running time left to the expensive requests, in nanoseconds; may be below zero. */
	private long credit;

	private long filledAt;

	/** When a cheap request last came in. */
	private volatile long lastCheapAt;

	ExpensiveRequests(int limit) {
		this(limit, 1.0, System::nanoTime);
	}

	/**
	 * @param limit expensive requests that may run at once
	 * @param timeShare share of the time each place may be busy, above 0 and at most 1
	 * (1: no bound on time)
	 * @param nanoTime the clock, {@link System#nanoTime()} but in tests
	 */
	ExpensiveRequests(int limit, double timeShare, LongSupplier nanoTime) {
		if (limit < 1) {
			throw new IllegalArgumentException("atlas.graphql.max-expensive-requests must be at least 1, not " + limit);
		}
		if (!(timeShare > 0 && timeShare <= 1)) {
			throw new IllegalArgumentException(
					"atlas.graphql.expensive-time-share must be above 0 and at most 1, not " + timeShare);
		}
		this.limit = limit;
		this.timeShare = timeShare;
		this.places = new Semaphore(limit);
		this.nanoTime = nanoTime;
		this.capacity = SECOND * limit;
		this.credit = this.capacity;
		this.filledAt = nanoTime.getAsLong();
		this.lastCheapAt = this.filledAt - 2 * SECOND;
	}

	/**
	 * Requests found expensive lately, by the SHA-256 digest of their document text or of
	 * their whole HTTP body, so that the next request with the same text or body can be
	 * refused before it is even read as JSON or parsed while expensive requests would be
	 * refused anyway (reading, parsing, validating and estimating a refused request cost
	 * cheap requests their core too). A few hundred at most; the oldest found is
	 * forgotten first.
	 */
	private final Map<ByteBuffer, Boolean> knownExpensive = new LinkedHashMap<>(16, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Boolean> eldest) {
			return size() > KNOWN_DOCUMENTS;
		}

	};

	/** A request of this document text was found expensive. */
	void remember(String document) {
		if (document != null && !document.isEmpty()) {
			remember(digest(TEXT, document.getBytes(StandardCharsets.UTF_8)));
		}
	}

	/** A request with this HTTP body was found expensive. */
	void remember(byte[] body) {
		if (body != null && body.length > 0) {
			remember(digest(BODY, body));
		}
	}

	/**
	 * Whether a request of this text, found expensive before, would be refused now: no
	 * place is free, or the share of time is spent while cheap requests compete. Takes
	 * nothing.
	 */
	boolean wouldRefuse(String document) {
		return document != null && refusing() && known(digest(TEXT, document.getBytes(StandardCharsets.UTF_8)));
	}

	/** The same for a request with this HTTP body. */
	boolean wouldRefuse(byte[] body) {
		return body != null && refusing() && known(digest(BODY, body));
	}

	/** Whether a request of this document text was found expensive lately. */
	boolean known(String document) {
		return document != null && known(digest(TEXT, document.getBytes(StandardCharsets.UTF_8)));
	}

	private void remember(ByteBuffer key) {
		synchronized (this.knownExpensive) {
			this.knownExpensive.put(key, Boolean.TRUE);
		}
	}

	private boolean known(ByteBuffer key) {
		synchronized (this.knownExpensive) {
			return this.knownExpensive.containsKey(key);
		}
	}

	/** Whether an expensive request arriving now would be refused. */
	private boolean refusing() {
		if (this.places.availablePermits() == 0) {
			return true;
		}
		if (!boundsTime()) {
			return false;
		}
		synchronized (this) {
			fill();
			return this.credit <= 0 && contended();
		}
	}

	private static ByteBuffer digest(byte kind, byte[] bytes) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(kind);
			return ByteBuffer.wrap(sha256.digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** A cheap request came in: expensive ones now compete with it. */
	void cheapRequest() {
		this.lastCheapAt = this.nanoTime.getAsLong();
	}

	/**
	 * A place if one is free and the expensive requests have running time left, without
	 * waiting; else {@code null}.
	 */
	Place tryEnter() {
		if (!this.places.tryAcquire()) {
			return null;
		}
		if (boundsTime()) {
			synchronized (this) {
				fill();
				if (this.credit <= 0 && contended()) {
					this.places.release();
					return null;
				}
			}
		}
		return new Place(this.nanoTime.getAsLong());
	}

	int limit() {
		return this.limit;
	}

	/** Share of the time each place may be busy (1: as much as it likes). */
	double timeShare() {
		return this.timeShare;
	}

	/** Places taken now. */
	int running() {
		return this.limit - this.places.availablePermits();
	}

	private boolean boundsTime() {
		return this.timeShare < 1;
	}

	/** Whether cheap requests have come in lately, so that expensive ones compete. */
	boolean competing() {
		return contended();
	}

	private boolean contended() {
		return this.nanoTime.getAsLong() - this.lastCheapAt < SECOND;
	}

	private void fill() {
		long now = this.nanoTime.getAsLong();
		long gained = (long) ((now - this.filledAt) * this.timeShare * this.limit);
		this.credit = Math.min(this.capacity, this.credit + gained);
		this.filledAt = now;
	}

	private void spend(long nanos) {
		synchronized (this) {
			fill();
			this.credit -= nanos;
		}
	}

	/**
	 * A place taken by one expensive request; give it back once, when the request ends.
	 */
	final class Place {

		private final long enteredAt;

		private final AtomicBoolean left = new AtomicBoolean();

		private Place(long enteredAt) {
			this.enteredAt = enteredAt;
		}

		void leave() {
			if (!this.left.compareAndSet(false, true)) {
				return;
			}
			// only time that competed with cheap requests counts against the share
			if (boundsTime() && ExpensiveRequests.this.lastCheapAt >= this.enteredAt) {
				spend(ExpensiveRequests.this.nanoTime.getAsLong() - this.enteredAt);
			}
			ExpensiveRequests.this.places.release();
		}

	}

}
