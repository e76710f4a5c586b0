package org.allianceatlas.database;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded database when {@code NEO4J_URI} is not set, and connects the driver
 * to it. With {@code NEO4J_URI} set, this stays inactive and Spring Boot builds the
 * driver from {@code spring.neo4j.*}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.start(properties);
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(EmbeddedNeo4j embeddedNeo4j,
			@Value("${spring.neo4j.max-transaction-retry-time:500ms}") Duration maxRetryTime) {
		return GraphDatabase.driver(embeddedNeo4j.boltUri(),
				AuthTokens.basic(embeddedNeo4j.user(), embeddedNeo4j.password()),
				Config.builder()
					.withLogging(Logging.slf4j())
					.withMaxTransactionRetryTime(maxRetryTime.toMillis(), TimeUnit.MILLISECONDS)
					.build());
	}

}
