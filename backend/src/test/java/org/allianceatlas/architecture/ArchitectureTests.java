package org.allianceatlas.architecture;

import java.time.LocalDate;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.allianceatlas.query.CypherQueries;
import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering the README's architecture section describes, checked on the main classes.
 */
@AnalyzeClasses(packages = "org.allianceatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/**
	 * The migration runner and the database start-up talk to Neo4j themselves; features
	 * go through repositories.
	 */
	private static final String[] INFRASTRUCTURE = { "org.allianceatlas.query..", "org.allianceatlas.migration..",
			"org.allianceatlas.database.." };

	@ArchTest
	static final ArchRule cypherOnlyInRepositories = noClasses().that()
		.areNotAnnotatedWith(Repository.class)
		.and()
		.resideOutsideOfPackages(INFRASTRUCTURE)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(CypherQueries.class)
		.orShould()
		.dependOnClassesThat()
		.areAssignableTo(Neo4jClient.class)
		.because("Cypher lives in repositories only");

	@ArchTest
	static final ArchRule repositoriesOpenNoSessionOfTheirOwn = noClasses().that()
		.areAnnotatedWith(Repository.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Driver.class)
		.because("CypherQueries gives reads and write sessions one bookmark manager, so that on a cluster "
				+ "a read after a write sees it");

	@ArchTest
	static final ArchRule pagesNeverUseRepositories = noClasses().that()
		.resideInAPackage("org.allianceatlas.web..")
		.should()
		.dependOnClassesThat()
		.areAnnotatedWith(Repository.class)
		.because("pages read through the feature services");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areMetaAnnotatedWith(Controller.class)
		.should()
		.notBePublic()
		.because("a controller is reached through its mappings, never called from another package");

	@ArchTest
	static final ArchRule todayComesFromTheClock = noClasses().should()
		.callMethod(LocalDate.class, "now")
		.because("the injected Clock decides what today is");

}
