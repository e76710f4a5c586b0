package org.allianceatlas.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lock on failed sign-ins, and its end, on a clock the test moves. */
class LoginThrottleTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2025-06-01T12:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(this.clock, 5, 20, Duration.ofMinutes(15));

	@Test
	void fiveFailuresLockTheNameUntilTheOldestLeavesTheWindow() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("ana", "10.0.0." + i);
			this.clock.advance(Duration.ofMinutes(1));
		}
		assertThat(this.throttle.locked("ana", "10.0.0.9")).isEmpty();
		this.throttle.failed("ana", "10.0.0.5");
		// failures at 0, 1, 2, 3 and 4 minutes: locked until 15 minutes after the first
		assertThat(this.throttle.locked("ana", "10.0.0.9")).contains(Duration.ofMinutes(11));
		assertThat(this.throttle.locked("bob", "10.0.0.9")).isEmpty();
		this.clock.advance(Duration.ofMinutes(11).minusSeconds(1));
		assertThat(this.throttle.locked("ana", "10.0.0.9")).contains(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.locked("ana", "10.0.0.9")).isEmpty();
		// four failures still count: one more locks again, until the second leaves
		this.throttle.failed("ana", "10.0.0.9");
		assertThat(this.throttle.locked("ana", "10.0.0.9")).contains(Duration.ofMinutes(1));
	}

	@Test
	void aSuccessClearsTheNameButNotTheAddress() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("ana", "10.0.0.1");
		}
		this.throttle.succeeded("ana");
		this.throttle.failed("ana", "10.0.0.1");
		assertThat(this.throttle.locked("ana", "10.0.0.2")).isEmpty();
		for (int i = 0; i < 15; i++) {
			this.throttle.failed("user" + i, "10.0.0.1");
		}
		// 20 failures from one address lock it for every name
		assertThat(this.throttle.locked("carol", "10.0.0.1")).contains(Duration.ofMinutes(15));
		assertThat(this.throttle.locked("carol", "10.0.0.2")).isEmpty();
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(this.throttle.locked("carol", "10.0.0.1")).isEmpty();
	}

	@Test
	void theMessageSaysHowLongToWait() {
		assertThat(new ThrottledLogin.TooManyAttemptsException(Duration.ofSeconds(61)).getMessage())
			.isEqualTo("Too many failed sign-in attempts; try again in 2 minutes.");
		assertThat(new ThrottledLogin.TooManyAttemptsException(Duration.ofSeconds(5)).getMessage())
			.isEqualTo("Too many failed sign-in attempts; try again in 1 minute.");
	}

	/** A clock that moves only when told. */
	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
