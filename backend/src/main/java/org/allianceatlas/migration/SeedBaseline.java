package org.allianceatlas.migration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.TypeSystem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the seed scripts up to one version leave in an empty database: their versions and
 * checksums, the schema statements, and every node and relationship with its properties.
 * The runner loads it into an empty database instead of running those scripts one by one,
 * which on a first start spends most of its time in Neo4j's Cypher front end reading the
 * scripts' large literal lists; here the same data travels as parameters of three
 * statements. It is generated from the scripts, never written by hand (see
 * {@code docs/startup.md}), and kept as sorted JSON text beside them.
 * <p>
 * Property values keep their Neo4j types in the JSON: strings, integers, floats (always
 * written with a decimal point or an exponent), booleans and lists as themselves; dates
 * and the other temporal types as a one-entry object naming the type, for example
 * {@code {"date": "1992-05-15"}}. Maps cannot be property values, so such an object is
 * never ambiguous.
 *
 * @param scripts the scripts the baseline stands for, by version
 * @param schema the constraints and indexes, as {@code CREATE} statements
 * @param nodes each with {@code labels} (a list) and {@code properties}
 * @param relationships each with {@code type}, {@code from} and {@code to} (positions in
 * {@code nodes}) and {@code properties}
 */
record SeedBaseline(List<Script> scripts, List<String> schema, List<Map<String, Object>> nodes,
		List<Map<String, Object>> relationships) {

	/** Where the baseline lives, relative to the scripts' location. */
	static final String FILE = "baseline/seed-baseline.json";

	/** The command that writes the baseline again from the scripts. */
	static final String REGENERATE = "./mvnw test -Dtest=SeedBaselineTests -Datlas.baseline.update=true";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * One script as the baseline recorded it.
	 *
	 * @param version the script's version
	 * @param file the script's file name
	 * @param checksum the script's checksum when the baseline was made
	 */
	record Script(int version, String file, String checksum) {
	}

	int highestVersion() {
		return this.scripts.stream().mapToInt(Script::version).max().orElse(0);
	}

	/**
	 * Why the baseline does not stand for these scripts, or null when it does: it must
	 * record exactly the scripts up to its highest version, each with its checksum.
	 */
	String mismatch(List<Migration> migrations) {
		Map<Integer, Migration> byVersion = new TreeMap<>();
		migrations.forEach(m -> byVersion.put(m.version(), m));
		for (Script script : this.scripts) {
			Migration migration = byVersion.get(script.version());
			if (migration == null) {
				return script.file() + " is in the baseline but not among the scripts";
			}
			if (!migration.checksum().equals(script.checksum())) {
				return migration.fileName() + " differs from the script the baseline was made from";
			}
		}
		for (Migration migration : migrations) {
			if (migration.version() <= highestVersion()
					&& this.scripts.stream().noneMatch(s -> s.version() == migration.version())) {
				return migration.fileName() + " is not in the baseline";
			}
		}
		return null;
	}

	static SeedBaseline parse(String json) {
		JsonNode root = JSON.readTree(json);
		List<Script> scripts = new ArrayList<>();
		root.get("scripts")
			.values()
			.forEach(s -> scripts.add(new Script(s.get("version").intValue(), s.get("file").stringValue(),
					s.get("checksum").stringValue())));
		List<String> schema = new ArrayList<>();
		root.get("schema").values().forEach(s -> schema.add(s.stringValue()));
		List<Map<String, Object>> nodes = new ArrayList<>();
		for (JsonNode node : root.get("nodes").values()) {
			List<String> labels = new ArrayList<>();
			node.get("labels").values().forEach(l -> labels.add(l.stringValue()));
			nodes.add(Map.of("labels", labels, "properties", properties(node.get("properties"))));
		}
		List<Map<String, Object>> relationships = new ArrayList<>();
		for (JsonNode relationship : root.get("relationships").values()) {
			relationships.add(Map.of("type", relationship.get("type").stringValue(), "from",
					relationship.get("from").intValue(), "to", relationship.get("to").intValue(), "properties",
					properties(relationship.get("properties"))));
		}
		return new SeedBaseline(List.copyOf(scripts), List.copyOf(schema), List.copyOf(nodes),
				List.copyOf(relationships));
	}

	private static Map<String, Object> properties(JsonNode json) {
		Map<String, Object> properties = new LinkedHashMap<>();
		json.properties().forEach(entry -> properties.put(entry.getKey(), read(entry.getValue())));
		return properties;
	}

	/** A property value from its JSON form, as the Java type the driver sends for it. */
	private static Object read(JsonNode json) {
		if (json.isString()) {
			return json.stringValue();
		}
		if (json.isIntegralNumber()) {
			return json.longValue();
		}
		if (json.isFloatingPointNumber()) {
			return json.doubleValue();
		}
		if (json.isBoolean()) {
			return json.booleanValue();
		}
		if (json.isArray()) {
			List<Object> list = new ArrayList<>();
			json.values().forEach(element -> list.add(read(element)));
			return list;
		}
		if (json.isObject() && json.size() == 1) {
			Map.Entry<String, JsonNode> typed = json.properties().iterator().next();
			JsonNode value = typed.getValue();
			return switch (typed.getKey()) {
				case "date" -> LocalDate.parse(value.stringValue());
				case "localTime" -> LocalTime.parse(value.stringValue());
				case "time" -> OffsetTime.parse(value.stringValue());
				case "localDateTime" -> LocalDateTime.parse(value.stringValue());
				case "dateTime" -> ZonedDateTime.parse(value.stringValue());
				case "duration" ->
					Values
						.isoDuration(value.get("months").longValue(), value.get("days").longValue(),
								value.get("seconds").longValue(), value.get("nanoseconds").intValue())
						.asIsoDuration();
				default -> throw new IllegalArgumentException("Unknown property type in the seed baseline: " + json);
			};
		}
		throw new IllegalArgumentException("Unreadable property value in the seed baseline: " + json);
	}

	/**
	 * A property value in its JSON form, the reverse of {@link #read(JsonNode)}: the
	 * generator writes the baseline with it.
	 */
	static Object write(Value value) {
		TypeSystem types = TypeSystem.getDefault();
		if (value.hasType(types.STRING())) {
			return value.asString();
		}
		if (value.hasType(types.INTEGER())) {
			return value.asLong();
		}
		if (value.hasType(types.FLOAT())) {
			return value.asDouble();
		}
		if (value.hasType(types.BOOLEAN())) {
			return value.asBoolean();
		}
		if (value.hasType(types.LIST())) {
			return value.asList(SeedBaseline::write);
		}
		if (value.hasType(types.DATE())) {
			return Map.of("date", value.asLocalDate().toString());
		}
		if (value.hasType(types.LOCAL_TIME())) {
			return Map.of("localTime", value.asLocalTime().toString());
		}
		if (value.hasType(types.TIME())) {
			return Map.of("time", value.asOffsetTime().toString());
		}
		if (value.hasType(types.LOCAL_DATE_TIME())) {
			return Map.of("localDateTime", value.asLocalDateTime().toString());
		}
		if (value.hasType(types.DATE_TIME())) {
			return Map.of("dateTime", value.asZonedDateTime().toString());
		}
		if (value.hasType(types.DURATION())) {
			IsoDuration duration = value.asIsoDuration();
			Map<String, Object> parts = new LinkedHashMap<>();
			parts.put("months", duration.months());
			parts.put("days", duration.days());
			parts.put("seconds", duration.seconds());
			parts.put("nanoseconds", duration.nanoseconds());
			return Map.of("duration", parts);
		}
		throw new IllegalArgumentException("The seed baseline cannot hold a property of type " + value.type().name()
				+ " (" + value + "); teach SeedBaseline to read and write it");
	}

	/** One value of the baseline file's lists, as one line of JSON. */
	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
