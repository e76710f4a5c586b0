package org.allianceatlas;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one Spring test configuration of the API tests: the whole application with the embedded Neo4j
 * seeded by the migrations, a {@code GraphQlTester} and {@code MockMvc}. Every API test class uses
 * exactly this, so the context and the database start once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureGraphQlTester
@AutoConfigureMockMvc
public @interface AtlasApiTest {

}
