package org.allianceatlas.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.membership.Periods;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.springframework.stereotype.Repository;

/**
 * Paths and neighbourhoods. Internal element ids are used between two queries of one
 * request only and never leave this class.
 */
@Repository
class GraphRepository {

	/**
	 * Relationships a path or neighbourhood may follow (not provenance, names or claims).
	 */
	private static final String FACT_RELATIONSHIPS = RelationshipKind.factTypes();

	private static final String NODE = "{labels: labels(%1$s), props: %1$s{.iso3, .abbreviation, .key, .name, .title}, id: elementId(%1$s)}";

	private final CypherQueries cypher;

	GraphRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	/**
	 * A subquery binding {@code n} to the state (iso3), organisation (abbreviation),
	 * body, person or event (key) whose key is the parameter named; no row when there is
	 * none.
	 */
	private static final String RESOLVE = """
			CALL () {
			  CALL () {
			    MATCH (n:State {iso3: $%1$s}) RETURN n
			    UNION MATCH (n:Organisation {abbreviation: $%1$s}) RETURN n
			    UNION MATCH (n:Body {key: $%1$s}) RETURN n
			    UNION MATCH (n:Person {key: $%1$s}) RETURN n
			    UNION MATCH (n:Event {key: $%1$s}) RETURN n
			  }
			  RETURN n AS %2$s LIMIT 1
			}""";

	/**
	 * A state (iso3), organisation (abbreviation), body, person or event (key), with its
	 * element id.
	 */
	Optional<Located> resolve(String key) {
		return this.cypher.rows("""
				%s
				RETURN %s AS node""".formatted(RESOLVE.formatted("key", "n"), NODE.formatted("n")), Map.of("key", key))
			.stream()
			.map(r -> new Located(GraphNode.from(r.row("node")), r.row("node").string("id")))
			.findFirst();
	}

	/**
	 * Both ends found by their keys and a shortest path between them, in one query, each
	 * membership on it shown as one edge; empty when an end does not exist.
	 */
	Optional<Joined> connect(String from, String to, LocalDate asOf) {
		return this.cypher.rows(
				"""
						CYPHER 25
						%s
						%s
						OPTIONAL MATCH p = SHORTEST 1 (a) (()-[r:HOLDS|IN|%s]-(x)
						      WHERE %s AND (NOT x:Membership OR %s))+ (b)
						  WHERE a <> b
						RETURN %s AS start,
						       CASE WHEN p IS NULL THEN null ELSE [n IN nodes(p) | %s] END AS nodes,
						       CASE WHEN p IS NULL THEN null ELSE [i IN range(0, size(relationships(p)) - 1) |
						          {type: type(relationships(p)[i]), props: properties(relationships(p)[i]),
						           forward: startNode(relationships(p)[i]) = nodes(p)[i]}] END AS relationships,
						       a = b AS same
						""".formatted(RESOLVE.formatted("from", "a"), RESOLVE.formatted("to", "b"), FACT_RELATIONSHIPS,
						Periods.holds("r"), Periods.membershipHolds("x"), NODE.formatted("a"),
						NODE.formatted("n").replace("props: n{", "props: n{.role, .roleLabel, .from, .to, ")),
				Params.of("from", from, "to", to, "asOf", asOf))
			.stream()
			.findFirst()
			.map(row -> {
				if (row.flag("same")) {
					return new Joined(new Path(0, List.of(new Path.Step(GraphNode.from(row.row("start")), null))));
				}
				return new Joined((row.get("nodes") != null) ? toPath(row) : null);
			});
	}

	/**
	 * Every edge touching the given nodes, each with both ends; one round trip per step
	 * out.
	 */
	List<Hop> edgesOf(List<String> ids, LocalDate asOf) {
		return this.cypher.rows("""
				MATCH (n) WHERE elementId(n) IN $ids
				CALL (n) {
				  MATCH (n)-[:HOLDS]->(m:Membership)-[:IN]->(o:Organisation) WHERE %1$s
				  RETURN n AS s, o AS e, 'MEMBER_OF' AS type, properties(m) AS props, o AS other
				  UNION
				  MATCH (n)<-[:IN]-(m:Membership)<-[:HOLDS]-(st:State) WHERE %1$s
				  RETURN st AS s, n AS e, 'MEMBER_OF' AS type, properties(m) AS props, st AS other
				  UNION
				  MATCH (n)-[r:%2$s|CONCERNS|INVOLVES]->(o) WHERE %3$s
				  RETURN n AS s, o AS e, type(r) AS type, properties(r) AS props, o AS other
				  UNION
				  MATCH (n)<-[r:%2$s|CONCERNS|INVOLVES]-(o) WHERE %3$s
				  RETURN o AS s, n AS e, type(r) AS type, properties(r) AS props, o AS other
				}
				RETURN %4$s AS start, %5$s AS end, type, props, elementId(other) AS other""".formatted(
				Periods.membershipHolds("m"), FACT_RELATIONSHIPS, Periods.holds("r"), NODE.formatted("s"),
				NODE.formatted("e")), Params.of("ids", ids, "asOf", asOf))
			.stream()
			.map(row -> {
				GraphNode a = GraphNode.from(row.row("start"));
				GraphNode b = GraphNode.from(row.row("end"));
				return new Hop(edge(a, b, row.string("type"), row.row("props")), a, b, row.string("other"));
			})
			.toList();
	}

	/**
	 * Collapses each membership node of the path into one MEMBER_OF edge from its state
	 * to its organisation.
	 */
	private static Path toPath(Row row) {
		List<Row> nodes = row.rows("nodes");
		List<Row> relationships = row.rows("relationships");
		List<Path.Step> steps = new ArrayList<>();
		steps.add(new Path.Step(GraphNode.from(nodes.getFirst()), null));
		int i = 1;
		while (i < nodes.size()) {
			GraphNode previous = steps.getLast().node();
			Row current = nodes.get(i);
			if (NodeKind.of(current.strings("labels")) == NodeKind.MEMBERSHIP) {
				GraphNode next = GraphNode.from(nodes.get(i + 1));
				boolean stateFirst = previous.kind() == NodeKind.STATE;
				GraphEdge edge = edge(stateFirst ? previous : next, stateFirst ? next : previous, "MEMBER_OF",
						current.row("props"));
				steps.add(new Path.Step(next, edge));
				i += 2;
			}
			else {
				GraphNode node = GraphNode.from(current);
				Row relationship = relationships.get(i - 1);
				boolean forward = relationship.flag("forward");
				GraphEdge edge = edge(forward ? previous : node, forward ? node : previous, relationship.string("type"),
						relationship.row("props"));
				steps.add(new Path.Step(node, edge));
				i++;
			}
		}
		return new Path(steps.size() - 1, steps);
	}

	/** Turns a MEMBER_OF or plain relationship row into an edge between the two nodes. */
	private static GraphEdge edge(GraphNode start, GraphNode end, String type, Row props) {
		if ("MEMBER_OF".equals(type)) {
			return new GraphEdge(start.id(), end.id(), type, props.string("role"), props.string("roleLabel"),
					props.string("key"), props.string("from"), props.string("to"), List.of(), NodeKind.MEMBERSHIP,
					props.string("key"));
		}
		boolean eventEdge = "CONCERNS".equals(type) || "INVOLVES".equals(type);
		String label = "HELD_OFFICE".equals(type) ? props.string("office") : null;
		String from = (props.string("from") != null) ? props.string("from") : props.string("date");
		return new GraphEdge(start.id(), end.id(), type, null, label, null, from, props.string("to"),
				props.strings("sources"), eventEdge ? NodeKind.EVENT : null, eventEdge ? start.key() : null);
	}

	/** Both ends of a connection exist; {@code path} is null when none joins them. */
	record Joined(Path path) {
	}

	/** A node and its element id (used within one request only). */
	record Located(GraphNode node, String id) {
	}

	/**
	 * An edge found one step out, its two ends, and the element id of the end on the far
	 * side.
	 */
	record Hop(GraphEdge edge, GraphNode start, GraphNode end, String otherId) {
	}

}
