package org.allianceatlas.availability;

import org.neo4j.driver.Driver;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} ("database"), in place of Spring Boot's
 * Neo4j check ({@code management.health.neo4j.enabled=false}), whose failure details name
 * the driver's exception. When the database cannot be reached the status is DOWN with a
 * plain description of why, and nothing else. The driver reconnects by itself, so the
 * status turns UP again as soon as the database is back.
 */
@Component("database")
class DatabaseHealth implements HealthIndicator {

	static final Status UNREACHABLE = new Status(Status.DOWN.getCode(), "The database cannot be reached.");

	static final Status FAILING = new Status(Status.DOWN.getCode(), "The database does not answer as it should.");

	private final Driver driver;

	DatabaseHealth(Driver driver) {
		this.driver = driver;
	}

	@Override
	public Health health() {
		try {
			this.driver.verifyConnectivity();
			return Health.up().build();
		}
		catch (RuntimeException ex) {
			return Health.status(DatabaseOutage.causedBy(ex) ? UNREACHABLE : FAILING).build();
		}
	}

}
