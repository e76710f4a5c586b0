package org.allianceatlas.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker-compose.yml is checked by reading it: it must
 * agree with the build (Neo4j version, the variables the app reads, ports, the jar the
 * Dockerfile copies).
 */
class DockerComposeTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static Map<String, Object> compose;

	private static Map<String, Object> neo4j;

	private static Map<String, Object> app;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void readCompose() throws IOException {
		try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
			compose = new Yaml().load(reader);
		}
		Map<String, Object> services = (Map<String, Object>) compose.get("services");
		neo4j = (Map<String, Object>) services.get("neo4j");
		app = (Map<String, Object>) services.get("app");
		assertThat(neo4j).as("a neo4j service").isNotNull();
		assertThat(app).as("an app service").isNotNull();
	}

	@Test
	void runsTheNeo4jVersionTheAppEmbeds() throws Exception {
		String pomVersion = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(ROOT.resolve("pom.xml").toFile())
			.getElementsByTagName("neo4j.version")
			.item(0)
			.getTextContent()
			.strip();
		assertThat(neo4j.get("image")).isEqualTo("neo4j:" + pomVersion);
	}

	@Test
	@SuppressWarnings("unchecked")
	void keepsNeo4jDataInANamedVolumeAndChecksItsHealth() {
		List<String> volumes = (List<String>) neo4j.get("volumes");
		String named = volumes.stream().filter(v -> v.endsWith(":/data")).findFirst().orElseThrow();
		String volumeName = named.substring(0, named.indexOf(':'));
		assertThat(volumeName).doesNotStartWith(".").doesNotStartWith("/");
		assertThat((Map<String, Object>) compose.get("volumes")).containsKey(volumeName);

		Map<String, Object> healthcheck = (Map<String, Object>) neo4j.get("healthcheck");
		assertThat(healthcheck).containsKeys("test", "interval", "retries");
		assertThat(healthcheck.get("test").toString()).contains("cypher-shell");
		assertThat((List<String>) neo4j.get("ports")).as("published on loopback only")
			.contains("127.0.0.1:7687:7687")
			.allMatch(p -> p.startsWith("127.0.0.1:"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void wiresTheAppToNeo4jThroughTheVariablesTheAppReads() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
			properties.load(reader);
		}
		assertThat(properties.getProperty("spring.neo4j.uri")).isEqualTo("${NEO4J_URI:}");
		assertThat(properties.getProperty("spring.neo4j.authentication.username")).startsWith("${NEO4J_USERNAME");
		assertThat(properties.getProperty("spring.neo4j.authentication.password")).startsWith("${NEO4J_PASSWORD");

		Map<String, Object> environment = (Map<String, Object>) app.get("environment");
		assertThat(environment.get("NEO4J_URI")).isEqualTo("bolt://neo4j:7687");
		assertThat(environment.get("NEO4J_USERNAME")).isEqualTo("neo4j");
		String auth = (String) ((Map<String, Object>) neo4j.get("environment")).get("NEO4J_AUTH");
		assertThat(auth).isEqualTo("neo4j/" + environment.get("NEO4J_PASSWORD"));
		// No default password: compose stops with a message unless NEO4J_PASSWORD is set.
		assertThat(environment.get("NEO4J_PASSWORD").toString()).startsWith("${NEO4J_PASSWORD:?").doesNotContain(":-");

		Map<String, Object> dependsOn = (Map<String, Object>) app.get("depends_on");
		assertThat((Map<String, Object>) dependsOn.get("neo4j")).containsEntry("condition", "service_healthy");

		String serverPort = properties.getProperty("server.port");
		assertThat((List<String>) app.get("ports")).anyMatch(p -> p.endsWith(":" + serverPort));
	}

	@Test
	void buildsTheAppImageFromTheJarThisBuildProduces() throws Exception {
		assertThat(app.get("build")).isEqualTo(".");
		String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
		String finalName = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(Path.of("pom.xml").toFile())
			.getElementsByTagName("finalName")
			.item(0)
			.getTextContent()
			.strip();
		assertThat(dockerfile).contains("backend/target/" + finalName + ".jar");
		Matcher jdk = Pattern.compile("FROM eclipse-temurin:(\\d+)-jdk").matcher(dockerfile);
		assertThat(jdk.find()).isTrue();
		assertThat(Integer.parseInt(jdk.group(1))).isGreaterThanOrEqualTo(21);
		for (String copied : List.of("backend/", "frontend-templates/", "neo4j-seed/", "mvnw")) {
			assertThat(dockerfile).contains("COPY " + copied);
		}
	}

}
