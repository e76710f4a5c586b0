package org.allianceatlas.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.query.Row;
import org.allianceatlas.source.Facts;
import org.allianceatlas.source.Source;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The relationship explorer: shortest connections and neighbourhoods, memberships shown as edges. */
@Controller
class GraphController {

	private static final int MAX_DEPTH = 3;

	private final GraphRepository graph;

	private final Facts facts;

	GraphController(GraphRepository graph, Facts facts) {
		this.graph = graph;
		this.facts = facts;
	}

	@QueryMapping
	Path connection(@Argument String from, @Argument String to, @Argument LocalDate asOf) {
		Row start = this.graph.resolve(from).orElseThrow(() -> new NotFoundException("from", from, "state or organisation"));
		Row end = this.graph.resolve(to).orElseThrow(() -> new NotFoundException("to", to, "state or organisation"));
		if (start.string("id").equals(end.string("id"))) {
			return new Path(0, List.of(new Path.Step(GraphNode.from(start), null)));
		}
		return this.graph.shortestPath(start.string("id"), end.string("id"), asOf).map(GraphController::toPath)
			.orElse(null);
	}

	@QueryMapping
	Neighbourhood neighbourhood(@Argument String key, @Argument Integer depth, @Argument LocalDate asOf) {
		int steps = (depth != null) ? depth : 1;
		if (steps < 1 || steps > MAX_DEPTH) {
			throw new BadArgumentException("depth", "must be between 1 and " + MAX_DEPTH + ", not " + steps);
		}
		Row centreRow = this.graph.resolve(key).orElseThrow(() -> new NotFoundException("key", key, "node"));
		GraphNode centre = GraphNode.from(centreRow);
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		nodes.put(centre.id(), centre);
		Map<List<String>, GraphEdge> edges = new LinkedHashMap<>();
		Set<String> visited = new LinkedHashSet<>(List.of(centreRow.string("id")));
		List<String> frontier = List.of(centreRow.string("id"));
		for (int level = 0; level < steps && !frontier.isEmpty(); level++) {
			List<String> next = new ArrayList<>();
			for (Row row : this.graph.edgesOf(frontier, asOf)) {
				GraphNode a = GraphNode.from(row.row("start"));
				GraphNode b = GraphNode.from(row.row("end"));
				nodes.putIfAbsent(a.id(), a);
				nodes.putIfAbsent(b.id(), b);
				GraphEdge edge = GraphRepository.edge(a, b, row.string("type"), row.row("props"));
				edges.putIfAbsent(List.of(edge.start(), edge.end(), edge.type(), Objects.toString(edge.membershipKey())),
						edge);
				if (visited.add(row.string("other"))) {
					next.add(row.string("other"));
				}
			}
			frontier = next;
		}
		return new Neighbourhood(centre, List.copyOf(nodes.values()), List.copyOf(edges.values()));
	}

	@BatchMapping(typeName = "GraphEdge", field = "sources")
	Map<GraphEdge, List<Source>> sources(List<GraphEdge> edges) {
		Map<NodeKind, List<String>> citing = new HashMap<>();
		edges.stream().filter(e -> e.citedByKind() != null)
			.forEach(e -> citing.computeIfAbsent(e.citedByKind(), k -> new ArrayList<>()).add(e.citedByKey()));
		Map<NodeKind, Map<String, List<Source>>> cited = new HashMap<>();
		citing.forEach((kind, keys) -> cited.put(kind, this.facts.sourcesOf(kind, keys.stream().distinct().toList())));
		Map<GraphEdge, List<Source>> listed = this.facts.listedSourcesFor(edges, GraphEdge::sourceKeys);
		Map<GraphEdge, List<Source>> result = new LinkedHashMap<>();
		for (GraphEdge edge : edges) {
			List<Source> sources = new ArrayList<>(listed.get(edge));
			if (edge.citedByKind() != null) {
				cited.get(edge.citedByKind()).getOrDefault(edge.citedByKey(), List.of()).stream()
					.filter(s -> !sources.contains(s)).forEach(sources::add);
			}
			result.put(edge, sources);
		}
		return result;
	}

	/** Collapses each membership node of the path into one MEMBER_OF edge from its state to its organisation. */
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
				GraphEdge edge = GraphRepository.edge(stateFirst ? previous : next, stateFirst ? next : previous,
						"MEMBER_OF", current.row("props"));
				steps.add(new Path.Step(next, edge));
				i += 2;
			}
			else {
				GraphNode node = GraphNode.from(current);
				Row relationship = relationships.get(i - 1);
				boolean forward = relationship.flag("forward");
				GraphEdge edge = GraphRepository.edge(forward ? previous : node, forward ? node : previous,
						relationship.string("type"), relationship.row("props"));
				steps.add(new Path.Step(node, edge));
				i++;
			}
		}
		return new Path(steps.size() - 1, steps);
	}

}
