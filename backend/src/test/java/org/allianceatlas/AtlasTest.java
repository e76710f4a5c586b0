package org.allianceatlas;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one Spring test configuration of the suite: the whole application on a random port,
 * over the real embedded Neo4j seeded by the migrations, with a {@code GraphQlTester} and
 * {@code MockMvc}. Every test class that needs the application uses exactly this, so
 * Spring caches one context, and one database starts, per test run. Tests must leave the
 * seeded graph as they found it. "Today" is fixed ({@link FixedClock}). An identity
 * provider is configured by a public key of the test resources (its private key signs the
 * JWTs of {@code JwtResourceServerTests}), so that class needs no application of its own:
 * each distinct configuration would start another context and seed another database.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:identity-provider/public.pem",
		"atlas.security.jwt.user-name-claim=preferred_username", "atlas.security.jwt.roles-claim=realm_access.roles" })
@AutoConfigureGraphQlTester
@AutoConfigureMockMvc
@Import(FixedClock.class)
public @interface AtlasTest {

}
