package org.allianceatlas.migration;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has Neo4j plan the coming seed statements ({@code EXPLAIN}) on sessions of their own, several at a time,
 * so that the runner finds their plans in Neo4j's query cache and only executes them. On a fresh JVM,
 * planning a seed statement costs far more than running it, and one thread would do both in turn.
 *
 * <p>
 * Each statement is planned once: planners claim statements in order, and the runner, reaching a statement
 * a planner is working on, waits for that plan rather than making the same one beside it (Neo4j would not
 * share the work). A statement no planner has claimed yet the runner takes itself.
 *
 * <p>
 * Give it only statements that follow the last schema change of the run: a schema change empties the plan
 * cache. A statement that fails to plan is skipped here; the runner reports it when it gets there.
 */
final class PlanAhead implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PlanAhead.class);

	/** Plans statements on one thread; each planner thread makes its own. */
	interface Planner extends AutoCloseable {

		void plan(SeedStatement statement);

		@Override
		void close();

	}

	private final Supplier<Planner> newPlanner;

	private final List<SeedStatement> statements;

	private final int planners;

	/** Where each statement stands in the list; by identity, as two statements may read the same. */
	private final Map<SeedStatement, Integer> positions = new IdentityHashMap<>();

	/** One latch per statement, opened when its planning ends (or was never started by a planner). */
	private final List<CountDownLatch> planned = new ArrayList<>();

	/** The first position nobody has claimed yet. */
	private final AtomicInteger nextUnclaimed = new AtomicInteger();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean stopped;

	PlanAhead(Driver driver, List<SeedStatement> statements, int planners) {
		this(() -> new ExplainPlanner(driver.session()), statements, planners);
	}

	PlanAhead(Supplier<Planner> newPlanner, List<SeedStatement> statements, int planners) {
		this.newPlanner = newPlanner;
		this.statements = statements;
		this.planners = planners;
		for (int i = 0; i < statements.size(); i++) {
			this.positions.put(statements.get(i), i);
			this.planned.add(new CountDownLatch(1));
		}
	}

	/** Starts the planners, from the first statement nobody has claimed. */
	void start() {
		if (!this.threads.isEmpty()) {
			return;
		}
		int count = Math.min(this.planners, this.statements.size());
		for (int i = 0; i < count; i++) {
			this.threads.add(Thread.ofPlatform().name("atlas-seed-plan-ahead-" + i).daemon().start(this::plan));
		}
	}

	/**
	 * Called by the runner just before it runs a statement: waits while a planner is planning it, or claims
	 * it so that no planner starts on it.
	 */
	void beforeRunning(SeedStatement statement) {
		Integer position = this.positions.get(statement);
		if (position == null) {
			return;
		}
		int unclaimed = this.nextUnclaimed.get();
		while (unclaimed <= position) {
			if (this.nextUnclaimed.compareAndSet(unclaimed, position + 1)) {
				return;
			}
			unclaimed = this.nextUnclaimed.get();
		}
		try {
			this.planned.get(position).await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void plan() {
		int claimed = -1;
		try (Planner planner = this.newPlanner.get()) {
			while (!this.stopped && (claimed = this.nextUnclaimed.getAndIncrement()) < this.statements.size()) {
				planOne(planner, claimed);
			}
		}
		catch (RuntimeException ex) {
			log.debug("Planning seed statements ahead stopped", ex);
		}
		finally {
			// A statement claimed but not planned must not keep the runner waiting.
			if (claimed >= 0 && claimed < this.statements.size()) {
				this.planned.get(claimed).countDown();
			}
		}
	}

	private void planOne(Planner planner, int position) {
		try {
			planner.plan(this.statements.get(position));
		}
		finally {
			this.planned.get(position).countDown();
		}
	}

	/** Stops planning and waits for the statements being planned, so nothing outlives the run. */
	@Override
	public void close() {
		this.stopped = true;
		for (Thread thread : this.threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Has Neo4j plan a statement without running it; the plan lands in the query cache the runner uses. */
	private record ExplainPlanner(Session session) implements Planner {

		@Override
		public void plan(SeedStatement statement) {
			if (statement.schemaChange()) {
				return;
			}
			try {
				this.session.run("EXPLAIN " + statement.cypher(), statement.parameters()).consume();
			}
			catch (Neo4jException ex) {
				log.debug("Could not plan a seed statement ahead; the runner will report it", ex);
			}
		}

		@Override
		public void close() {
			this.session.close();
		}

	}

}
