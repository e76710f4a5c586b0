package org.allianceatlas.source;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.allianceatlas.graphql.Batches;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.query.Row;
import org.springframework.stereotype.Repository;

/**
 * Batch look-ups shared by every feature: the sources, claims and names of many nodes of
 * one kind in one round trip each. Labels and key properties come from {@link NodeKind},
 * never from user input.
 */
@Repository
public class Facts {

	private final CypherQueries cypher;

	Facts(CypherQueries cypher) {
		this.cypher = cypher;
	}

	/**
	 * A Cypher expression for the sources the node bound to {@code variable} cites, in
	 * source key order, each as {@link Source#from} reads it: for queries that read a
	 * node's sources with the node rather than in a batch of their own. The variable is a
	 * name from the calling query's code, never user input.
	 */
	public static String citedSources(String variable) {
		return "COLLECT { MATCH (" + variable + ")-[:CITES]->(cited:Source) RETURN cited{.*} ORDER BY cited.key }";
	}

	/** Sources cited by each node, by node key, in source key order. */
	public Map<String, List<Source>> sourcesOf(NodeKind kind, Collection<String> keys) {
		return grouped(kind, keys, """
				MATCH (n:%s) WHERE n.%s IN $keys
				RETURN n.%s AS owner,\s""" + citedSources("n") + " AS items", Source::from);
	}

	/** Competing claims of each node, by node key, in field then key order. */
	public Map<String, List<Claim>> claimsOf(NodeKind kind, Collection<String> keys) {
		return grouped(kind, keys, """
				MATCH (n:%s) WHERE n.%s IN $keys
				RETURN n.%s AS owner,
				       COLLECT { MATCH (n)-[:HAS_CLAIM]->(c:Claim) RETURN c{.*} ORDER BY c.field, c.key } AS items
				""", Claim::from);
	}

	/** Names and aliases of each node, by node key. */
	public Map<String, List<Name>> namesOf(NodeKind kind, Collection<String> keys) {
		return grouped(kind, keys,
				"""
						MATCH (n:%s) WHERE n.%s IN $keys
						RETURN n.%s AS owner,
						       COLLECT { MATCH (n)-[:HAS_NAME]->(x:Name) RETURN x{.*} ORDER BY x.language, x.kind, x.value } AS items
						""",
				Name::from);
	}

	/** Sources by their keys (as listed in a relationship's {@code sources}). */
	public Map<String, Source> sourcesByKey(Collection<String> keys) {
		Map<String, Source> found = new LinkedHashMap<>();
		for (Row row : this.cypher.rows("MATCH (s:Source) WHERE s.key IN $keys RETURN s{.*} AS s ORDER BY s.key",
				Map.of("keys", List.copyOf(keys)))) {
			Source source = Source.from(row.row("s"));
			found.put(source.key(), source);
		}
		return found;
	}

	/** Claims by their keys. */
	public Map<String, Claim> claimsByKey(Collection<String> keys) {
		return this.cypher.byKey("MATCH (c:Claim) WHERE c.key IN $keys RETURN c{.*} AS c", keys,
				r -> Claim.from(r.row("c")), Claim::key);
	}

	/** Names by their keys. */
	public Map<String, Name> namesByKey(Collection<String> keys) {
		return this.cypher.byKey("MATCH (x:Name) WHERE x.key IN $keys RETURN x{.*} AS x", keys,
				r -> Name.from(r.row("x")), Name::key);
	}

	/** {@link #sourcesOf} keyed by the parent objects of a batch mapping. */
	public <P> Map<P, List<Source>> sourcesFor(NodeKind kind, List<P> parents, Function<P, String> key) {
		return Batches.byKey(parents, key, sourcesOf(kind, Batches.keys(parents, key)));
	}

	/** {@link #claimsOf} keyed by the parent objects of a batch mapping. */
	public <P> Map<P, List<Claim>> claimsFor(NodeKind kind, List<P> parents, Function<P, String> key) {
		return Batches.byKey(parents, key, claimsOf(kind, Batches.keys(parents, key)));
	}

	/** {@link #namesOf} keyed by the parent objects of a batch mapping. */
	public <P> Map<P, List<Name>> namesFor(NodeKind kind, List<P> parents, Function<P, String> key) {
		return Batches.byKey(parents, key, namesOf(kind, Batches.keys(parents, key)));
	}

	/**
	 * For relationships that list their sources by key: every parent's sources in one
	 * round trip.
	 */
	public <P> Map<P, List<Source>> listedSourcesFor(List<P> parents, Function<P, List<String>> sourceKeys) {
		Set<String> all = new TreeSet<>();
		parents.forEach(p -> all.addAll(sourceKeys.apply(p)));
		Map<String, Source> found = all.isEmpty() ? Map.of() : sourcesByKey(all);
		Map<P, List<Source>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			result.put(parent, sourceKeys.apply(parent).stream().map(found::get).filter(Objects::nonNull).toList());
		}
		return result;
	}

	private <T> Map<String, List<T>> grouped(NodeKind kind, Collection<String> keys, String template,
			Function<Row, T> mapper) {
		Map<String, List<T>> result = new LinkedHashMap<>();
		keys.forEach(key -> result.put(key, List.of()));
		String query = template.formatted(kind.label(), kind.keyProperty(), kind.keyProperty());
		for (Row row : this.cypher.rows(query, Map.of("keys", List.copyOf(keys)))) {
			result.put(row.string("owner"), row.rows("items").stream().map(mapper).toList());
		}
		return result;
	}

}
