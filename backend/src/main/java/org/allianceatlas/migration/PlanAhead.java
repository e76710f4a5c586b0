package org.allianceatlas.migration;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has Neo4j plan the coming seed statements ({@code EXPLAIN}) on a session of its own while the runner
 * executes the current one, so that the runner finds their plans in Neo4j's query cache. On a fresh JVM,
 * planning a seed statement costs more than running it, and the runner would otherwise do both in turn.
 *
 * <p>
 * Give it only statements that follow the last schema change of the run: a schema change empties the plan
 * cache. A statement that fails to plan is skipped here; the runner reports it when it gets there.
 */
final class PlanAhead implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PlanAhead.class);

	private final Driver driver;

	private final List<SeedStatement> statements;

	/** Where each statement stands in the list; by identity, as two statements may read the same. */
	private final Map<SeedStatement, Integer> positions = new IdentityHashMap<>();

	/** The position of the statement the runner is at; planning it or anything before is wasted. */
	private final AtomicInteger runnerAt = new AtomicInteger(-1);

	private volatile boolean stopped;

	private Thread thread;

	PlanAhead(Driver driver, List<SeedStatement> statements) {
		this.driver = driver;
		this.statements = statements;
		for (int i = 0; i < statements.size(); i++) {
			this.positions.put(statements.get(i), i);
		}
	}

	/** Starts planning, from the statement after the one the runner is at. */
	void start() {
		if (this.thread == null && !this.statements.isEmpty()) {
			this.thread = Thread.ofPlatform().name("atlas-seed-plan-ahead").daemon().start(this::planAhead);
		}
	}

	/** Tells which statement the runner is about to run. */
	void reached(SeedStatement statement) {
		Integer position = this.positions.get(statement);
		if (position != null) {
			this.runnerAt.accumulateAndGet(position, Math::max);
		}
	}

	private void planAhead() {
		try (Session session = this.driver.session()) {
			for (int i = 0; i < this.statements.size() && !this.stopped; i++) {
				if (i <= this.runnerAt.get() || this.statements.get(i).schemaChange()) {
					continue;
				}
				SeedStatement statement = this.statements.get(i);
				try {
					session.run("EXPLAIN " + statement.cypher(), statement.parameters()).consume();
				}
				catch (Neo4jException ex) {
					log.debug("Could not plan a seed statement ahead; the runner will report it", ex);
				}
			}
		}
		catch (RuntimeException ex) {
			log.debug("Planning seed statements ahead stopped", ex);
		}
	}

	/** Stops planning and waits for the statement being planned, so nothing outlives the run. */
	@Override
	public void close() {
		this.stopped = true;
		if (this.thread != null) {
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
