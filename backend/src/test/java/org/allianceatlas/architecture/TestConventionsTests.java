package org.allianceatlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.allianceatlas.AtlasTest;
import org.allianceatlas.Standalone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * How the suite schedules its classes relies on what each says of itself: a
 * {@link Standalone} class runs beside the shared-context classes, so it must not use the
 * shared context itself, nor any context of Spring's test support: Spring starts one test
 * context at a time, and every test on the other thread that asks for its context waits
 * until it has started.
 */
class TestConventionsTests {

	private static final JavaClasses TESTS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("org.allianceatlas");

	/**
	 * {@code @ExtendWith(SpringExtension.class)}, as every Spring test annotation carries
	 * it.
	 */
	private static final DescribedPredicate<JavaAnnotation<?>> SPRING_TEST_CONTEXT = DescribedPredicate.describe(
			"@ExtendWith(SpringExtension.class)",
			(annotation) -> annotation.getRawType().isEquivalentTo(ExtendWith.class)
					&& Arrays.stream((Object[]) annotation.get("value").orElse(new Object[0]))
						.anyMatch((type) -> type instanceof JavaClass javaClass
								&& javaClass.isEquivalentTo(SpringExtension.class)));

	@Test
	void standaloneClassesNeverUseTheSharedContext() {
		noClasses().that()
			.areAnnotatedWith(Standalone.class)
			.should()
			.beMetaAnnotatedWith(AtlasTest.class)
			.because("a standalone class runs beside the classes that share the context and its graph")
			.check(TESTS);
	}

	@Test
	void standaloneClassesStartNoSpringTestContext() {
		noClasses().that()
			.areAnnotatedWith(Standalone.class)
			.should()
			.beMetaAnnotatedWith(SPRING_TEST_CONTEXT)
			.because("while Spring's test support starts a context, every test that asks for its own waits")
			.check(TESTS);
	}

}
