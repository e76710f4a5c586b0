package org.allianceatlas.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
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
import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With an identity provider configured (in every {@link AtlasTest} application, by the
 * public key in {@code identity-provider/public.pem} of the test resources, so no network
 * is needed), its JWTs authenticate the API with the roles of a claim, and personal
 * access tokens still work beside them. A JWT signed by another key, or expired, is
 * refused.
 */
@AtlasTest
class JwtResourceServerTests {

	/** The provider's key: the private half of the key the test applications trust. */
	private static final RSAPrivateKey PROVIDER = privateKey("identity-provider/private.pem");

	private static final RSAPrivateKey STRANGER = (RSAPrivateKey) rsa().getPrivate();

	private static final String VIEWER = "{\"query\":\"{ viewer { userName roles } }\"}";

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

	private static String jwt(RSAPrivateKey key, String user, List<String> roles, Instant expires)
			throws JOSEException {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("id-" + user)
			.claim("preferred_username", user)
			.claim("realm_access", Map.of("roles", roles))
			.issueTime(Date.from(expires.minusSeconds(900)))
			.expirationTime(Date.from(expires))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static RSAPrivateKey privateKey(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
			String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
			return (RSAPrivateKey) KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
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
