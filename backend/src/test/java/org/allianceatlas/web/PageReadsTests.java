package org.allianceatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * Issue 15: a page's independent reads run at the same time, and fail as they would
 * alone.
 */
class PageReadsTests {

	private final PageReads reads = new PageReads(2);

	@AfterEach
	void close() {
		this.reads.destroy();
	}

	@Test
	void independentReadsRunAtTheSameTime() {
		CountDownLatch bothStarted = new CountDownLatch(2);
		// each read finishes only once the other has started: run one after the other,
		// the first would wait in vain
		CompletableFuture<Boolean> first = this.reads.read(() -> meet(bothStarted));
		CompletableFuture<Boolean> second = this.reads.read(() -> meet(bothStarted));
		assertThat(PageReads.join(first)).isTrue();
		assertThat(PageReads.join(second)).isTrue();
	}

	@Test
	void aFailedReadIsRethrownAsTheDatabaseRaisedIt() {
		ServiceUnavailableException down = new ServiceUnavailableException("Neo4j is not reachable");
		CompletableFuture<String> read = this.reads.read(() -> {
			throw down;
		});
		assertThatThrownBy(() -> PageReads.join(read)).isSameAs(down);
	}

	@Test
	void aDependentReadsFailureReachesTheRequestToo() {
		IllegalStateException broken = new IllegalStateException("broken");
		CompletableFuture<String> chained = this.reads.read(() -> "CSTO").thenCompose(key -> this.reads.read(() -> {
			throw broken;
		}));
		assertThatThrownBy(() -> PageReads.join(chained)).isSameAs(broken);
	}

	@Test
	void thePoolHasAtLeastOneThread() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PageReads(0))
			.withMessageContaining("atlas.pages.read-threads");
	}

	private static boolean meet(CountDownLatch latch) {
		latch.countDown();
		try {
			return latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
