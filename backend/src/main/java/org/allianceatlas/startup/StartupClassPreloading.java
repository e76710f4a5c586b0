package org.allianceatlas.startup;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the {@link ClassPreloader} as soon as the configuration is known, when the application is about to
 * start its embedded Neo4j: the recorded list is of that start, and most of it is Neo4j's own classes, which
 * an application using an external server ({@code NEO4J_URI}) never loads. Switched off with
 * {@code atlas.startup.preload-classes=false}.
 */
public final class StartupClassPreloading implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupClassPreloading.class);

	/** Measured on this project's two-core machine: two threads beside the main one beat one. */
	private static final int MOST_THREADS = 2;

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (!wanted(event.getEnvironment())) {
			return;
		}
		// Even reading the list (24,000 lines, about 40 ms) is kept off the main thread.
		Thread.ofPlatform().daemon().name("atlas-class-preload-list").start(StartupClassPreloading::preload);
	}

	private static void preload() {
		ClassLoader loader = StartupClassPreloading.class.getClassLoader();
		List<String> classNames;
		try {
			classNames = ClassPreloader.readClassList(loader, ClassPreloader.CLASS_LIST);
		}
		catch (IOException ex) {
			log.debug("Start-up class list unreadable; starting without preloading", ex);
			return;
		}
		if (!classNames.isEmpty()) {
			int threads = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MOST_THREADS);
			new ClassPreloader(loader, classNames).start(threads);
		}
	}

	static boolean wanted(Environment environment) {
		return environment.getProperty("atlas.startup.preload-classes", Boolean.class, true)
				&& !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}

}
