package org.allianceatlas;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A test class that uses nothing of the suite's shared application context: it starts its
 * own database, its own application or child JVMs. The {@link AtlasTest} classes run one
 * after another on one thread (they share one context and one graph); standalone classes
 * run on a second thread beside them, so the machine's second core is not idle while the
 * first runs the shared-context tests ({@code junit-platform.properties} turns this on).
 * A standalone class must never be an {@link AtlasTest} too, nor use Spring's test
 * context at all: Spring starts one test context at a time, and every test asking for its
 * context waits meanwhile, on either thread. Standalone classes run before the curation
 * classes on their thread ({@code junit-platform.properties}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@Order(100)
public @interface Standalone {

}
