package org.allianceatlas.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a recorded list of class names on background threads, in the order a start needs them, without
 * initialising any of them. Start-up is mostly class loading (about 24,000 classes for Spring, Neo4j and its
 * Cypher compiler), and the main thread does it one class at a time while the second core waits; with the
 * loading shared, the main thread mostly finds its classes ready. Nothing depends on the list being exact:
 * a name that is missing from the class path is skipped, and a class the list lacks is loaded as usual.
 */
final class ClassPreloader {

	private static final Logger log = LoggerFactory.getLogger(ClassPreloader.class);

	/** Recorded by {@code bench/record-startup-classes.sh}. */
	static final String CLASS_LIST = "META-INF/alliance-atlas/startup-classes.list";

	/** A list with more names missing than this share was recorded for other dependencies. */
	private static final double STALE_SHARE = 0.05;

	private final ClassLoader loader;

	private final List<String> classNames;

	private final AtomicInteger loaded = new AtomicInteger();

	private final AtomicInteger missing = new AtomicInteger();

	ClassPreloader(ClassLoader loader, List<String> classNames) {
		this.loader = loader;
		this.classNames = List.copyOf(classNames);
	}

	/** The class names of a list resource: one per line, blank lines and {@code #} comments ignored. */
	static List<String> readClassList(ClassLoader loader, String resource) throws IOException {
		List<String> names = new ArrayList<>();
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				return names;
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String name = line.strip();
				if (!name.isEmpty() && !name.startsWith("#")) {
					names.add(name);
				}
			}
		}
		return names;
	}

	/**
	 * Starts {@code threads} daemon threads that share the list, each taking every {@code threads}-th name,
	 * so together they keep to the recorded order.
	 */
	List<Thread> start(int threads) {
		long started = System.nanoTime();
		AtomicInteger running = new AtomicInteger(threads);
		List<Thread> threadsStarted = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			int offset = i;
			threadsStarted.add(Thread.ofPlatform().daemon().name("atlas-class-preload-" + i).start(() -> {
				load(offset, threads);
				if (running.decrementAndGet() == 0) {
					report(System.nanoTime() - started);
				}
			}));
		}
		return threadsStarted;
	}

	/** Loads, without initialising, the names at {@code offset}, {@code offset + stride}, and so on. */
	void load(int offset, int stride) {
		for (int i = offset; i < this.classNames.size(); i += stride) {
			try {
				Class.forName(this.classNames.get(i), false, this.loader);
				this.loaded.incrementAndGet();
			}
			catch (ClassNotFoundException | LinkageError ex) {
				// Not on this class path (a dependency changed since the list was recorded), or it
				// cannot be loaded here; the application would load it itself if it needed it.
				this.missing.incrementAndGet();
			}
		}
	}

	int loaded() {
		return this.loaded.get();
	}

	int missing() {
		return this.missing.get();
	}

	private void report(long nanos) {
		int total = this.classNames.size();
		if (this.missing.get() > total * STALE_SHARE) {
			log.info("{} of the {} classes in {} are not on the class path; the list is out of date for these "
					+ "dependencies and start-up is slower than it could be. Record it again with "
					+ "bench/record-startup-classes.sh.", this.missing.get(), total, CLASS_LIST);
		}
		else {
			log.debug("Preloaded {} of {} start-up classes in {} ms", this.loaded.get(), total, nanos / 1_000_000);
		}
	}

}
