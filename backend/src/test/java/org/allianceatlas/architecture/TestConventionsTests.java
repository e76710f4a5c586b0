package org.allianceatlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.allianceatlas.AtlasTest;
import org.allianceatlas.Standalone;
import org.junit.jupiter.api.Test;

/**
 * How the suite schedules its classes relies on what each says of itself: a
 * {@link Standalone} class runs beside the shared-context classes, so it must not use the
 * shared context itself.
 */
class TestConventionsTests {

	private static final JavaClasses TESTS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("org.allianceatlas");

	@Test
	void standaloneClassesNeverUseTheSharedContext() {
		noClasses().that()
			.areAnnotatedWith(Standalone.class)
			.should()
			.beMetaAnnotatedWith(AtlasTest.class)
			.because("a standalone class runs beside the classes that share the context and its graph")
			.check(TESTS);
	}

}
