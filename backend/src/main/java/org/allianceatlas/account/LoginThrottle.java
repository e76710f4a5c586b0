package org.allianceatlas.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per user name and per remote address. After too many failures
 * within the window, that name (or address) is refused until the window has passed since
 * the oldest failure counted, even with the right password; a success clears the name's
 * count.
 * <p>
 * Home-made rather than resilience4j's {@code RateLimiter}: that limits every call to a
 * rate, while this must count failures only, forget them on success, say when the lock
 * ends, and read time from the application's {@link Clock} so tests can move it. That is
 * a few dozen lines.
 */
@Component
class LoginThrottle {

	/** Entries kept at most; beyond it, keys whose failures have all expired go first. */
	private static final int MAX_KEYS = 100_000;

	private final Clock clock;

	private final int maxPerUser;

	private final int maxPerAddress;

	private final Duration window;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	LoginThrottle(Clock clock, @Value("${atlas.security.login.max-failures-per-user:5}") int maxPerUser,
			@Value("${atlas.security.login.max-failures-per-address:20}") int maxPerAddress,
			@Value("${atlas.security.login.lock-window:15m}") Duration window) {
		this.clock = clock;
		this.maxPerUser = maxPerUser;
		this.maxPerAddress = maxPerAddress;
		this.window = window;
	}

	/** How long sign-ins of this name or from this address are refused, if they are. */
	Optional<Duration> locked(String userName, String address) {
		Instant now = this.clock.instant();
		Duration user = lockOf("user:" + userName, this.maxPerUser, now);
		Duration remote = lockOf("address:" + address, this.maxPerAddress, now);
		Duration longest = (user.compareTo(remote) >= 0) ? user : remote;
		return longest.isZero() ? Optional.empty() : Optional.of(longest);
	}

	void failed(String userName, String address) {
		Instant now = this.clock.instant();
		if (this.failures.size() >= MAX_KEYS) {
			this.failures.values().removeIf(times -> expired(times, now));
		}
		record("user:" + userName, now);
		record("address:" + address, now);
	}

	void succeeded(String userName) {
		this.failures.remove("user:" + userName);
	}

	private void record(String key, Instant now) {
		this.failures.compute(key, (k, times) -> {
			Deque<Instant> kept = (times != null) ? times : new ArrayDeque<>();
			prune(kept, now);
			kept.addLast(now);
			return kept;
		});
	}

	private Duration lockOf(String key, int max, Instant now) {
		Duration[] lock = { Duration.ZERO };
		this.failures.computeIfPresent(key, (k, times) -> {
			prune(times, now);
			if (times.size() >= max) {
				// locked until the oldest failure that still counts leaves the window
				Instant oldest = times.stream().skip(times.size() - max).findFirst().orElseThrow();
				lock[0] = Duration.between(now, oldest.plus(this.window));
			}
			return times.isEmpty() ? null : times;
		});
		return lock[0];
	}

	private void prune(Deque<Instant> times, Instant now) {
		Instant start = now.minus(this.window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
			times.removeFirst();
		}
	}

	private boolean expired(Deque<Instant> times, Instant now) {
		synchronized (times) {
			return times.isEmpty() || !times.peekLast().isAfter(now.minus(this.window));
		}
	}

}
