package org.allianceatlas.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded database as Neo4j itself reports its settings, read over Bolt like any client would. */
@AtlasTest
class EmbeddedNeo4jTest {

	@Autowired
	Driver driver;

	@Test
	void sendsNothingHomeAndListensOnLoopbackWithoutAuthentication() {
		Map<String, String> settings = new HashMap<>();
		try (Session session = this.driver.session()) {
			session.run("""
					SHOW SETTINGS YIELD name, value
					WHERE name IN ['dbms.usage_report.enabled', 'dbms.fleet_manager.enabled',
					               'dbms.security.auth_enabled', 'server.bolt.listen_address']
					RETURN name, value""")
				.forEachRemaining(row -> settings.put(row.get("name").asString(), row.get("value").asString()));
		}

		assertThat(settings).containsEntry("dbms.usage_report.enabled", "false")
			.containsEntry("dbms.fleet_manager.enabled", "false")
			.containsEntry("dbms.security.auth_enabled", "false");
		assertThat(settings.get("server.bolt.listen_address")).startsWith("127.0.0.1:");
	}

}
