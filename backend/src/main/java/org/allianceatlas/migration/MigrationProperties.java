package org.allianceatlas.migration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether pending seed migrations are applied at start-up
 * @param location where the {@code V*.cypher} scripts are; the build copies
 * {@code neo4j-seed/} into the application so the packaged jar carries them
 * @param baseline whether an empty database is given the scripts' baseline (see
 * {@link SeedBaseline}) instead of running each script the baseline stands for
 */
@ConfigurationProperties("atlas.migrations")
public record MigrationProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath:neo4j-seed/") String location, @DefaultValue("true") boolean baseline) {
}
