package org.allianceatlas.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ClassPreloaderTest {

	/** Set by {@link Initialised}'s static initialiser, which preloading must not run. */
	static volatile boolean initialised;

	static final class Initialised {

		static {
			initialised = true;
		}

	}

	private static final String IDENTIFIER = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";

	/** A binary class name, package annotations ({@code package-info}) included. */
	private static final Pattern BINARY_CLASS_NAME = Pattern
		.compile("(" + IDENTIFIER + "\\.)*(" + IDENTIFIER + "|package-info)");

	@Test
	void loadsTheListedClassesWithoutInitialisingThemAndSkipsTheMissing() {
		ClassPreloader preloader = new ClassPreloader(getClass().getClassLoader(),
				List.of(Initialised.class.getName(), "org.allianceatlas.NoSuchClass", "java.util.zip.Deflater"));

		preloader.load(0, 1);

		assertThat(preloader.loaded()).isEqualTo(2);
		assertThat(preloader.missing()).isEqualTo(1);
		assertThat(initialised).as("static initialiser run").isFalse();
	}

	@Test
	void threadsShareTheListWithoutLoadingANameTwice() throws InterruptedException {
		List<String> names = List.of("java.util.zip.CRC32", "java.util.zip.Adler32", "java.util.zip.Inflater",
				"java.util.zip.ZipEntry", "no.such.Thing");
		ClassPreloader preloader = new ClassPreloader(getClass().getClassLoader(), names);

		for (Thread thread : preloader.start(2)) {
			thread.join();
		}

		assertThat(preloader.loaded() + preloader.missing()).isEqualTo(names.size());
		assertThat(preloader.missing()).isEqualTo(1);
	}

	@Test
	void theRecordedListFitsTheseDependencies() throws IOException {
		ClassLoader loader = getClass().getClassLoader();
		List<String> names = ClassPreloader.readClassList(loader, ClassPreloader.CLASS_LIST);

		assertThat(names).hasSizeGreaterThan(10_000).doesNotHaveDuplicates();
		assertThat(names.stream().filter(name -> !BINARY_CLASS_NAME.matcher(name).matches()))
			.as("lines that are not binary class names").isEmpty();
		assertThat(names).contains("org.neo4j.graphdb.factory.module.GlobalModule",
				"org.springframework.boot.SpringApplication", "org.allianceatlas.migration.MigrationRunner");
		// Looked up, not loaded. When this fails, a dependency changed: run bench/record-startup-classes.sh.
		long missing = names.stream()
			.filter(name -> loader.getResource(name.replace('.', '/') + ".class") == null)
			.count();
		assertThat(missing).as("listed classes not on the class path (of %d)", names.size())
			.isLessThan(names.size() / 50);
	}

	@Test
	void preloadsOnlyForTheEmbeddedDatabaseAndCanBeSwitchedOff() {
		assertThat(StartupClassPreloading.wanted(new MockEnvironment())).isTrue();
		assertThat(StartupClassPreloading.wanted(new MockEnvironment().withProperty("spring.neo4j.uri", ""))).isTrue();
		assertThat(StartupClassPreloading
			.wanted(new MockEnvironment().withProperty("spring.neo4j.uri", "neo4j://db.example:7687"))).isFalse();
		assertThat(StartupClassPreloading
			.wanted(new MockEnvironment().withProperty("atlas.startup.preload-classes", "false"))).isFalse();
	}

}
