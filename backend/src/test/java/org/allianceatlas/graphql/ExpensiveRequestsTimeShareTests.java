package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 2: expensive requests together keep a place busy for at most their
 * share of the time, so that a steady stream of them leaves cheap requests most of a
 * core.
 */
class ExpensiveRequestsTimeShareTests {

	private long now = 1_000_000_000L;

	private final ExpensiveRequests halfTheTime = new ExpensiveRequests(1, 0.5, () -> this.now);

	@Test
	void afterABurstTheyKeepTheirPlaceBusyForHalfOfTheTime() {
		// the bucket starts full with one second; the first 100 ms request leaves 900 ms
		// and
		// each next one, filling 50 ms while it runs, 50 ms less: nineteen start back to
		// back
		int burst = 0;
		for (ExpensiveRequests.Place place = this.halfTheTime.tryEnter(); place != null
				&& burst < 1000; place = this.halfTheTime.tryEnter()) {
			burst++;
			wait(Duration.ofMillis(100));
			place.leave();
		}
		assertThat(burst).isEqualTo(19);
		// then, with a request knocking every 10 ms, the place is busy half of the time
		long busy = 0;
		long started = this.now;
		while (this.now - started < Duration.ofSeconds(20).toNanos()) {
			ExpensiveRequests.Place place = this.halfTheTime.tryEnter();
			if (place != null) {
				wait(Duration.ofMillis(100));
				busy += Duration.ofMillis(100).toNanos();
				place.leave();
			}
			else {
				wait(Duration.ofMillis(10));
			}
		}
		assertThat((double) busy / (this.now - started)).isBetween(0.45, 0.55);
	}

	@Test
	void aSlowRequestOverdrawsTheBucketAndKeepsTheNextOnesOutUntilItHasFilled() {
		run(this.halfTheTime, Duration.ofSeconds(5));
		// a full bucket of one second, five spent: four overdrawn, eight seconds to fill
		wait(Duration.ofMillis(7_900));
		assertThat(this.halfTheTime.tryEnter()).isNull();
		wait(Duration.ofMillis(200));
		assertThat(this.halfTheTime.tryEnter()).isNotNull();
	}

	@Test
	void aWholeShareBoundsOnlyTheNumberAtOnce() {
		ExpensiveRequests unbounded = new ExpensiveRequests(1, 1.0, () -> this.now);
		run(unbounded, Duration.ofSeconds(30));
		ExpensiveRequests.Place place = unbounded.tryEnter();
		assertThat(place).isNotNull();
		assertThat(unbounded.tryEnter()).as("one at once").isNull();
		place.leave();
		place.leave();
		assertThat(unbounded.running()).as("a place is given back once").isZero();
	}

	@Test
	void aShareOutsideZeroToOneIsRefusedNamingTheSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ExpensiveRequests(1, 0, () -> this.now))
			.withMessage("atlas.graphql.expensive-time-share must be above 0 and at most 1, not 0.0");
		assertThatIllegalArgumentException().isThrownBy(() -> new ExpensiveRequests(1, 1.5, () -> this.now));
	}

	private void run(ExpensiveRequests expensive, Duration time) {
		ExpensiveRequests.Place place = expensive.tryEnter();
		assertThat(place).isNotNull();
		wait(time);
		place.leave();
	}

	private void wait(Duration time) {
		this.now += time.toNanos();
	}

}
