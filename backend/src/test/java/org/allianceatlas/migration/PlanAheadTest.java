package org.allianceatlas.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The coordination between the runner and the planners; what planning does in Neo4j is covered by
 * {@link MigrationRunnerTest}, which applies the real seed through it.
 */
class PlanAheadTest {

	private final List<SeedStatement> statements = IntStream.range(0, 12)
		.mapToObj(i -> SeedStatement.of("RETURN " + i))
		.toList();

	/** Which planner thread planned which statement, and how often. */
	private final Map<SeedStatement, List<String>> plannedBy = new ConcurrentHashMap<>();

	@Test
	void everyStatementIsPlannedOnceAndTheRunnerWaitsForItsPlan() {
		try (PlanAhead planAhead = new PlanAhead(() -> recordingPlanner(5), this.statements, 3)) {
			planAhead.start();
			for (SeedStatement statement : this.statements) {
				planAhead.beforeRunning(statement);
				assertThat(this.plannedBy).as("planned before the runner runs it").containsKey(statement);
			}
		}

		assertThat(this.plannedBy).hasSize(this.statements.size());
		assertThat(this.plannedBy.values()).allSatisfy(threads -> assertThat(threads).hasSize(1));
		assertThat(this.plannedBy.values().stream().flatMap(List::stream).distinct().count())
			.as("planner threads that did some of the work").isGreaterThan(1);
	}

	@Test
	void aStatementTheRunnerReachesFirstIsLeftToTheRunner() {
		try (PlanAhead planAhead = new PlanAhead(() -> recordingPlanner(0), this.statements, 2)) {
			planAhead.beforeRunning(this.statements.get(0));
			planAhead.beforeRunning(this.statements.get(1));
			planAhead.start();
			this.statements.subList(2, this.statements.size()).forEach(planAhead::beforeRunning);
		}

		assertThat(this.plannedBy).doesNotContainKeys(this.statements.get(0), this.statements.get(1));
		assertThat(this.plannedBy.values()).allSatisfy(threads -> assertThat(threads).hasSize(1));
	}

	@Test
	void aPlannerThatFailsLeavesTheRunnerWaitingForNothing() throws InterruptedException {
		CountDownLatch runnerDone = new CountDownLatch(1);
		List<SeedStatement> reached = new CopyOnWriteArrayList<>();
		PlanAhead planAhead = new PlanAhead(() -> new PlanAhead.Planner() {
			@Override
			public void plan(SeedStatement statement) {
				throw new IllegalStateException("the session broke");
			}

			@Override
			public void close() {
			}
		}, this.statements, 2);
		Thread runner = Thread.ofPlatform().start(() -> {
			planAhead.start();
			this.statements.forEach(statement -> {
				planAhead.beforeRunning(statement);
				reached.add(statement);
			});
			runnerDone.countDown();
		});

		assertThat(runnerDone.await(10, TimeUnit.SECONDS)).as("runner finished").isTrue();
		planAhead.close();
		runner.join();
		assertThat(reached).containsExactlyElementsOf(this.statements);
	}

	@Test
	void closingStopsThePlanners() {
		PlanAhead planAhead = new PlanAhead(() -> recordingPlanner(20), this.statements, 2);
		planAhead.start();
		planAhead.beforeRunning(this.statements.get(0));

		planAhead.close();

		int plannedWhenClosed = this.plannedBy.size();
		assertThat(plannedWhenClosed).isLessThan(this.statements.size());
		sleep(100);
		assertThat(this.plannedBy).hasSize(plannedWhenClosed);
	}

	private PlanAhead.Planner recordingPlanner(long millisPerPlan) {
		return new PlanAhead.Planner() {
			@Override
			public void plan(SeedStatement statement) {
				sleep(millisPerPlan);
				PlanAheadTest.this.plannedBy.computeIfAbsent(statement, s -> new CopyOnWriteArrayList<>())
					.add(Thread.currentThread().getName());
			}

			@Override
			public void close() {
			}
		};
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
