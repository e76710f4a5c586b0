package org.allianceatlas.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.graphql.OrderDirection;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.query.Along;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.allianceatlas.query.Where;
import org.allianceatlas.query.Windows;
import org.allianceatlas.state.State;
import org.springframework.stereotype.Repository;

/** Organisations and what hangs off them, many organisations per round trip. */
@Repository
class OrganisationRepository {

	private final CypherQueries cypher;

	OrganisationRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	Optional<Organisation> find(String abbreviation) {
		return this.cypher
			.rows("MATCH (o:Organisation {abbreviation: $abbreviation}) RETURN o{.*} AS o",
					Map.of("abbreviation", abbreviation))
			.stream()
			.map(r -> Organisation.from(r.row("o")))
			.findFirst();
	}

	Map<String, Organisation> byKeys(Collection<String> abbreviations) {
		return this.cypher.byKey("MATCH (o:Organisation) WHERE o.abbreviation IN $keys RETURN o{.*} AS o",
				abbreviations, r -> Organisation.from(r.row("o")), Organisation::abbreviation);
	}

	Map<String, Body> bodiesByKey(Collection<String> keys) {
		return this.cypher.byKey("MATCH (b:Body) WHERE b.key IN $keys RETURN b{.*} AS b", keys,
				r -> Body.from(r.row("b")), Body::key);
	}

	Map<String, Person> peopleByKey(Collection<String> keys) {
		return this.cypher.byKey("MATCH (p:Person) WHERE p.key IN $keys RETURN p{.*} AS p", keys,
				r -> Person.from(r.row("p")), Person::key);
	}

	List<Organisation> findAll() {
		return this.cypher.rows("MATCH (o:Organisation) RETURN o{.*} AS o ORDER BY o.abbreviation", Map.of())
			.stream()
			.map(r -> Organisation.from(r.row("o")))
			.toList();
	}

	/**
	 * The organisations matching the filter (any part may be null), in an order made of
	 * fixed fragments only.
	 */
	Paging.Slice<Organisation> find(String nameContains, String kind, OrganisationFilter.Field field,
			OrderDirection direction, Paging.Window window) {
		return Windows
			.slice(this.cypher.rows(matching(nameContains, kind, field, direction) + Windows.tail("o", "o{.*}", window),
					Windows.parameters(Params.of("name", nameContains, "kind", kind), window)), Organisation::from);
	}

	/**
	 * {@link #find} of a window, each organisation with the column read along with it
	 * over {@code o}.
	 */
	Paging.Slice<Along.Item<Organisation>> findAlong(String nameContains, String kind, OrganisationFilter.Field field,
			OrderDirection direction, Paging.Window window, Along along) {
		Map<String, Object> parameters = Params.of("name", nameContains, "kind", kind);
		parameters.putAll(along.parameters());
		return Windows.slice(
				this.cypher.rows(
						matching(nameContains, kind, field, direction)
								+ Windows.tail("o", "{node: o{.*}, along: %s}".formatted(along.cypher()), window),
						Windows.parameters(parameters, window)),
				(row) -> new Along.Item<>(Organisation.from(row.row("node")), along.rows(row, "along")));
	}

	/**
	 * Every organisation matching the filter, in order, each with the column read along
	 * with it over {@code o}: one row per organisation, so the database streams them as
	 * it reads each one's column.
	 */
	List<Along.Item<Organisation>> findAlong(String nameContains, String kind, OrganisationFilter.Field field,
			OrderDirection direction, Along along) {
		Map<String, Object> parameters = Params.of("name", nameContains, "kind", kind);
		parameters.putAll(along.parameters());
		return this.cypher
			.rows(matching(nameContains, kind, field, direction)
					+ "RETURN o{.*} AS node, %s AS along".formatted(along.cypher()), parameters)
			.stream()
			.map(row -> new Along.Item<>(Organisation.from(row.row("node")), along.rows(row, "along")))
			.toList();
	}

	/**
	 * The organisations matching {@code $name} and {@code $kind}, bound to {@code o} in
	 * the order asked.
	 */
	private static String matching(String nameContains, String kind, OrganisationFilter.Field field,
			OrderDirection direction) {
		String order = switch (field) {
			case NAME -> "o.name %1$s, o.abbreviation %1$s";
			case FOUNDED -> "o.founded IS NULL, o.founded %1$s, o.abbreviation %1$s";
			case ABBREVIATION -> "o.abbreviation %1$s";
		};
		String where = Where.of((field == OrganisationFilter.Field.ABBREVIATION) ? "o.abbreviation IS NOT NULL" : null,
				(nameContains != null)
						? "(toLower(o.name) CONTAINS toLower($name) OR toLower(o.abbreviation) CONTAINS toLower($name))"
						: null,
				(kind != null) ? "o.kind = $kind" : null);
		return """
				MATCH (o:Organisation) %s
				WITH o ORDER BY %s
				""".formatted(where, order.formatted(direction.cypher()));
	}

	/** Which of the abbreviations exist. */
	List<String> existing(List<String> abbreviations) {
		return this.cypher.rows("""
				MATCH (o:Organisation) WHERE o.abbreviation IN $abbreviations RETURN o.abbreviation AS abbreviation""",
				Map.of("abbreviations", abbreviations))
			.stream()
			.map(r -> r.string("abbreviation"))
			.toList();
	}

	Map<String, List<Body>> bodies(List<String> abbreviations) {
		Map<String, List<Body>> result = new HashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH (b:Body)-[:PART_OF]->(o:Organisation) WHERE o.abbreviation IN $keys
				RETURN o.abbreviation AS owner, b{.*} AS body ORDER BY b.name""", Map.of("keys", abbreviations))) {
			result.computeIfAbsent(row.string("owner"), k -> new ArrayList<>()).add(Body.from(row.row("body")));
		}
		return result;
	}

	Map<String, List<OfficeHolding>> officeHolders(List<String> abbreviations, LocalDate asOf) {
		Map<String, List<OfficeHolding>> result = new HashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH (p:Person)-[h:HELD_OFFICE]->(o:Organisation) WHERE o.abbreviation IN $keys
				  AND ($asOf IS NULL OR ((h.validFrom IS NULL OR h.validFrom <= $asOf)
				                         AND (h.validTo IS NULL OR h.validTo >= $asOf)))
				RETURN o.abbreviation AS owner, p{.*} AS person, o{.*} AS organisation, h{.*} AS held
				ORDER BY h.validFrom, p.name""", Params.of("keys", abbreviations, "asOf", asOf))) {
			Row held = row.row("held");
			result.computeIfAbsent(row.string("owner"), k -> new ArrayList<>())
				.add(new OfficeHolding(Person.from(row.row("person")), Organisation.from(row.row("organisation")),
						held.string("office"), held.string("from"), held.string("to"), held.strings("sources")));
		}
		return result;
	}

	/**
	 * Successions in one direction: {@code forward} finds successors, otherwise
	 * predecessors.
	 */
	Map<String, Succession> successions(List<String> abbreviations, boolean forward) {
		String pattern = forward ? "(o)-[r:SUCCEEDED_BY]->(other:Organisation)"
				: "(other:Organisation)-[r:SUCCEEDED_BY]->(o)";
		Map<String, Succession> result = new HashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH %s WHERE o:Organisation AND o.abbreviation IN $keys
				RETURN o.abbreviation AS owner, other{.*} AS other, r.date AS date, r.sources AS sources"""
			.formatted(pattern), Map.of("keys", abbreviations))) {
			result.put(row.string("owner"),
					new Succession(Organisation.from(row.row("other")), row.string("date"), row.strings("sources")));
		}
		return result;
	}

	Map<String, List<Cooperation>> cooperations(List<String> abbreviations) {
		Map<String, List<Cooperation>> result = new HashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH (o:Organisation)-[r:COOPERATES_WITH]-(other:Organisation) WHERE o.abbreviation IN $keys
				RETURN o.abbreviation AS owner, other{.*} AS other, r{.*} AS r ORDER BY r.validFrom""",
				Map.of("keys", abbreviations))) {
			Row r = row.row("r");
			result.computeIfAbsent(row.string("owner"), k -> new ArrayList<>())
				.add(new Cooperation(Organisation.from(row.row("other")), r.string("from"), r.string("note"),
						r.strings("sources")));
		}
		return result;
	}

	/** The organisation or state each body belongs to, by body key. */
	Map<String, BodyOwner> owners(List<String> bodyKeys) {
		Map<String, BodyOwner> result = new HashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH (b:Body)-[:PART_OF]->(x) WHERE b.key IN $keys AND (x:Organisation OR x:State)
				RETURN b.key AS body, x:Organisation AS isOrganisation, x{.*} AS owner""", Map.of("keys", bodyKeys))) {
			boolean organisation = row.flag("isOrganisation");
			result.put(row.string("body"), new BodyOwner(organisation ? Organisation.from(row.row("owner")) : null,
					organisation ? null : State.from(row.row("owner"))));
		}
		return result;
	}

	Map<String, List<State>> nationalities(List<String> personKeys) {
		Map<String, List<State>> result = new HashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH (p:Person)-[:NATIONAL_OF]->(s:State) WHERE p.key IN $keys
				RETURN p.key AS person, s{.iso3, .iso2, .name} AS state ORDER BY s.name""",
				Map.of("keys", personKeys))) {
			result.computeIfAbsent(row.string("person"), k -> new ArrayList<>()).add(State.from(row.row("state")));
		}
		return result;
	}

}
