package org.allianceatlas.curation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.test.context.TestPropertySource;

/**
 * The application as {@link AtlasTest} starts it, over a database of its own: curation
 * tests change the graph, which the other tests share and expect as seeded. All curation
 * tests use this one configuration, so they share one context and one database. Having
 * nothing to do with the shared graph, they run beside the other {@link AtlasTest}
 * classes, one curation class at a time (the lock) since they share their own graph,
 * after the {@link org.allianceatlas.Standalone} classes on that thread. One of them
 * ({@link ProposalReviewTests}) runs first on the main thread instead, so that this
 * application starts while the second thread is busy with standalone classes
 * ({@code junit-platform.properties}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AtlasTest
@TestPropertySource(properties = "atlas.embedded.data-dir=./target/test-neo4j-curation/${random.uuid}")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("curation database")
@Order(200)
public @interface CurationTest {

}
