package org.allianceatlas.account;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.allianceatlas.FixedClock;
import org.allianceatlas.Standalone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With an identity provider configured (here by a public key generated for the test, so
 * no network is needed), its JWTs authenticate the API with the roles of a claim, and
 * personal access tokens still work beside them. A JWT signed by another key, or expired,
 * is refused. This needs an application of its own (the suite's has no identity
 * provider), so it starts a second one with its own database, closed afterwards.
 */
@SpringBootTest(properties = { "atlas.security.jwt.user-name-claim=preferred_username",
		"atlas.security.jwt.roles-claim=realm_access.roles" })
@AutoConfigureMockMvc
@Import(FixedClock.class)
@DirtiesContext
@Standalone
class JwtResourceServerTests {

	private static final KeyPair PROVIDER = rsa();

	private static final KeyPair STRANGER = rsa();

	private static final String VIEWER = "{\"query\":\"{ viewer { userName roles } }\"}";

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) throws Exception {
		Path pem = Path.of("target", "jwt-test-" + ProcessHandle.current().pid() + ".pem");
		Files.createDirectories(pem.getParent());
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(PROVIDER.getPublic().getEncoded());
		Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
				() -> "file:" + pem.toAbsolutePath());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	Driver driver;

	@AfterEach
	void tearDown() {
		new TestAccounts(this.accounts, this.driver).removeAll();
	}

	@Test
	void aJwtOfTheProviderAuthenticatesWithTheRolesOfItsClaim() throws Exception {
		String editor = jwt(PROVIDER, "Dana.Editor", List.of("editor", "offline_access"),
				Instant.now().plusSeconds(300));
		graphQl(VIEWER, editor).andExpect(status().isOk())
			.andExpect(jsonPath("$.data.viewer.userName").value("dana.editor"))
			.andExpect(jsonPath("$.data.viewer.roles.length()").value(1))
			.andExpect(jsonPath("$.data.viewer.roles[0]").value("EDITOR"));
		graphQl("{\"query\":\"{ accounts { totalCount } }\"}", editor)
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("FORBIDDEN"));
		String admin = jwt(PROVIDER, "root", List.of("ADMIN"), Instant.now().plusSeconds(300));
		graphQl("{\"query\":\"{ accounts { totalCount } }\"}", admin)
			.andExpect(jsonPath("$.data.accounts.totalCount").isNumber());
	}

	@Test
	void foreignAndExpiredJwtsAreRefused() throws Exception {
		graphQl(VIEWER, jwt(STRANGER, "mallory", List.of("admin"), Instant.now().plusSeconds(300)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"));
		graphQl(VIEWER, jwt(PROVIDER, "late", List.of("admin"), Instant.now().minusSeconds(600)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void personalAccessTokensStillWork() throws Exception {
		String token = new TestAccounts(this.accounts, this.driver).withToken("t-both", Role.CONTRIBUTOR);
		graphQl(VIEWER, token).andExpect(jsonPath("$.data.viewer.userName").value("t-both"));
	}

	private ResultActions graphQl(String body, String token) throws Exception {
		return this.mvc.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.content(body));
	}

	private static String jwt(KeyPair key, String user, List<String> roles, Instant expires) throws JOSEException {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("id-" + user)
			.claim("preferred_username", user)
			.claim("realm_access", Map.of("roles", roles))
			.issueTime(Date.from(expires.minusSeconds(900)))
			.expirationTime(Date.from(expires))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
		return jwt.serialize();
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
