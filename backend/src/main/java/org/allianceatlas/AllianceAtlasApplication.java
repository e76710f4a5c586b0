package org.allianceatlas;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Alliance Atlas: a sourced graph of Eurasian alliances, served over GraphQL and web
 * dashboards.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AllianceAtlasApplication {

	/**
	 * What "today" is for every rule that needs it (the status of a membership, the
	 * pages' default day).
	 */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	public static void main(String[] args) {
		// Neo4j ships a second SLF4J provider; naming ours keeps start-up free of the
		// warning.
		System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
		SpringApplication.run(AllianceAtlasApplication.class, args);
	}

}
