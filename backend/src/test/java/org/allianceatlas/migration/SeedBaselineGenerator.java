package org.allianceatlas.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;

/**
 * Writes the {@link SeedBaseline} of a database to which the runner applied the scripts
 * one by one: the scripts as recorded, the schema, and every node and relationship, each
 * list sorted, one entry a line, so that making it again from the same scripts gives the
 * same text byte for byte and a new migration shows as a readable diff.
 * {@link SeedBaselineTests} runs it when given {@code -Datlas.baseline.update=true}.
 */
final class SeedBaselineGenerator {

	private SeedBaselineGenerator() {
	}

	static String generate(Driver driver) {
		try (Session session = driver.session()) {
			List<String> scripts = session.run("""
					MATCH (m:__AtlasMigration)
					RETURN m.version AS version, m.file AS file, m.checksum AS checksum ORDER BY version""").list(r -> {
				Map<String, Object> script = new LinkedHashMap<>();
				script.put("version", r.get("version").asInt());
				script.put("file", r.get("file").asString());
				script.put("checksum", r.get("checksum").asString());
				return SeedBaseline.json(script);
			});
			if (scripts.isEmpty()) {
				throw new IllegalStateException("No migration is recorded; apply the scripts first");
			}
			List<String> schema = new ArrayList<>();
			session.run("""
					SHOW CONSTRAINTS YIELD name, createStatement
					WHERE NOT name IN ['atlas_migration_version', 'atlas_migration_lock']
					RETURN createStatement""").forEachRemaining(r -> schema.add(r.get(0).asString()));
			session.run("""
					SHOW INDEXES YIELD type, owningConstraint, createStatement
					WHERE type <> 'LOOKUP' AND owningConstraint IS NULL
					RETURN createStatement""").forEachRemaining(r -> schema.add(r.get(0).asString()));
			List<String> schemaLines = schema.stream().sorted().map(SeedBaseline::json).toList();

			Map<String, String> nodeById = new HashMap<>();
			session.run("""
					MATCH (n) WHERE NOT n:__AtlasMigration AND NOT n:__AtlasMigrationLock
					RETURN elementId(n) AS id, labels(n) AS labels, n AS node""").forEachRemaining(r -> {
				Map<String, Object> node = new LinkedHashMap<>();
				List<String> labels = r.get("labels").asList(Value::asString).stream().sorted().toList();
				if (labels.isEmpty()) {
					throw new IllegalStateException("A node without labels cannot go into the baseline: " + r);
				}
				node.put("labels", labels);
				node.put("properties", properties(r.get("node").asNode()));
				nodeById.put(r.get("id").asString(), SeedBaseline.json(node));
			});
			List<String> nodes = nodeById.values().stream().sorted().toList();
			Map<String, Integer> position = new HashMap<>();
			for (int i = 0; i < nodes.size(); i++) {
				if (i > 0 && nodes.get(i).equals(nodes.get(i - 1))) {
					// Their relationships could then be written either way round.
					throw new IllegalStateException(
							"Two nodes are identical, so the baseline would not be " + "stable: " + nodes.get(i));
				}
				position.put(nodes.get(i), i);
			}

			List<Map<String, Object>> relationships = new ArrayList<>();
			session.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, r")
				.forEachRemaining((Record r) -> {
					Map<String, Object> relationship = new LinkedHashMap<>();
					relationship.put("type", r.get("r").asRelationship().type());
					relationship.put("from", position.get(nodeById.get(r.get("a").asString())));
					relationship.put("to", position.get(nodeById.get(r.get("b").asString())));
					relationship.put("properties", properties(r.get("r").asRelationship()));
					relationships.add(relationship);
				});
			List<String> relationshipLines = relationships.stream()
				.sorted(Comparator.comparingInt((Map<String, Object> m) -> (Integer) m.get("from"))
					.thenComparingInt(m -> (Integer) m.get("to"))
					.thenComparing(SeedBaseline::json))
				.map(SeedBaseline::json)
				.toList();

			StringBuilder out = new StringBuilder("{\n");
			out.append("  \"generatedBy\": ").append(SeedBaseline.json(SeedBaseline.REGENERATE)).append(",\n");
			section(out, "scripts", scripts, false);
			section(out, "schema", schemaLines, false);
			section(out, "nodes", nodes, false);
			section(out, "relationships", relationshipLines, true);
			return out.append("}\n").toString();
		}
	}

	private static Map<String, Object> properties(Entity entity) {
		Map<String, Object> properties = new TreeMap<>();
		entity.keys().forEach(key -> properties.put(key, SeedBaseline.write(entity.get(key))));
		return properties;
	}

	private static void section(StringBuilder out, String name, List<String> lines, boolean last) {
		out.append("  \"").append(name).append("\": [");
		for (int i = 0; i < lines.size(); i++) {
			out.append((i == 0) ? "\n    " : ",\n    ").append(lines.get(i));
		}
		out.append(lines.isEmpty() ? "]" : "\n  ]").append(last ? "\n" : ",\n");
	}

}
