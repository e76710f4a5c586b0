package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

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
			this.halfTheTime.cheapRequest();
			place.leave();
		}
		assertThat(burst).isEqualTo(19);
		// then, with an expensive request knocking every 10 ms and cheap ones coming in,
		// the
		// place is busy half of the time
		long busy = 0;
		long started = this.now;
		while (this.now - started < Duration.ofSeconds(20).toNanos()) {
			ExpensiveRequests.Place place = this.halfTheTime.tryEnter();
			if (place != null) {
				wait(Duration.ofMillis(100));
				busy += Duration.ofMillis(100).toNanos();
				this.halfTheTime.cheapRequest();
				place.leave();
			}
			else {
				wait(Duration.ofMillis(10));
				this.halfTheTime.cheapRequest();
			}
		}
		assertThat((double) busy / (this.now - started)).isBetween(0.45, 0.55);
	}

	@Test
	void aSlowRequestOverdrawsTheBucketAndKeepsTheNextOnesOutUntilItHasFilled() {
		run(this.halfTheTime, Duration.ofSeconds(5), true);
		// a full bucket of one second, five spent: four overdrawn, eight seconds to fill
		wait(Duration.ofMillis(7_900));
		this.halfTheTime.cheapRequest();
		assertThat(this.halfTheTime.tryEnter()).isNull();
		wait(Duration.ofMillis(200));
		this.halfTheTime.cheapRequest();
		assertThat(this.halfTheTime.tryEnter()).isNotNull();
	}

	@Test
	void oneClientAloneIsNeverRefusedForTheShare() {
		for (int i = 0; i < 100; i++) {
			run(this.halfTheTime, Duration.ofSeconds(1), false);
		}
		// and once cheap requests have stopped for a second, an overdrawn bucket refuses
		// no one
		run(this.halfTheTime, Duration.ofSeconds(5), true);
		this.halfTheTime.cheapRequest();
		assertThat(this.halfTheTime.tryEnter()).as("contended and overdrawn").isNull();
		wait(Duration.ofMillis(1_100));
		ExpensiveRequests.Place place = this.halfTheTime.tryEnter();
		assertThat(place).as("nothing competes").isNotNull();
		place.leave();
	}

	@Test
	void aDocumentFoundExpensiveIsRefusedBeforeParsingOnlyWhileItWouldBeRefusedAnyway() {
		String neighbourhood = "{ neighbourhood(key: \"RUS\", depth: 3) { nodes { id } } }";
		assertThat(this.halfTheTime.wouldRefuse(neighbourhood)).as("not known to be expensive").isFalse();
		this.halfTheTime.remember(neighbourhood);
		assertThat(this.halfTheTime.wouldRefuse(neighbourhood)).as("a place is free").isFalse();
		ExpensiveRequests.Place place = this.halfTheTime.tryEnter();
		assertThat(this.halfTheTime.wouldRefuse(neighbourhood)).as("no place is free").isTrue();
		assertThat(this.halfTheTime.wouldRefuse("{ state(iso3: \"ARM\") { name } }")).as("another document").isFalse();
		place.leave();
		assertThat(this.halfTheTime.wouldRefuse(neighbourhood)).as("the place is back").isFalse();
		// the share spent while cheap requests compete: refused too, and no longer once
		// they stop
		run(this.halfTheTime, Duration.ofSeconds(5), true);
		this.halfTheTime.cheapRequest();
		assertThat(this.halfTheTime.wouldRefuse(neighbourhood)).as("share spent").isTrue();
		wait(Duration.ofMillis(1_100));
		assertThat(this.halfTheTime.wouldRefuse(neighbourhood)).as("nothing competes").isFalse();
	}

	@Test
	void aBodyFoundExpensiveIsKnownByItsBytesApartFromDocumentTexts() {
		byte[] body = "{\"query\": \"{ connection(from: \\\"ARM\\\", to: \\\"CHN\\\") { length } }\"}"
			.getBytes(StandardCharsets.UTF_8);
		ExpensiveRequests.Place place = this.halfTheTime.tryEnter();
		assertThat(this.halfTheTime.wouldRefuse(body)).as("not known to be expensive").isFalse();
		this.halfTheTime.remember(body);
		assertThat(this.halfTheTime.wouldRefuse(body)).as("known, no place free").isTrue();
		assertThat(this.halfTheTime.wouldRefuse(Arrays.copyOf(body, body.length - 1))).as("other bytes").isFalse();
		assertThat(this.halfTheTime.wouldRefuse(new String(body, StandardCharsets.UTF_8)))
			.as("the same characters as a document text")
			.isFalse();
		place.leave();
		assertThat(this.halfTheTime.wouldRefuse(body)).as("the place is back").isFalse();
	}

	@Test
	void aWholeShareBoundsOnlyTheNumberAtOnce() {
		ExpensiveRequests unbounded = new ExpensiveRequests(1, 1.0, () -> this.now);
		run(unbounded, Duration.ofSeconds(30), true);
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

	/** One expensive request of this length, with or without cheap requests meanwhile. */
	private void run(ExpensiveRequests expensive, Duration time, boolean contended) {
		ExpensiveRequests.Place place = expensive.tryEnter();
		assertThat(place).isNotNull();
		wait(time);
		if (contended) {
			expensive.cheapRequest();
		}
		place.leave();
	}

	private void wait(Duration time) {
		this.now += time.toNanos();
	}

}
