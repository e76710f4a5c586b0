package org.allianceatlas.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The explorer's walks: shortest connections and neighbourhoods, on a day or over all
 * time.
 */
@Service
class GraphService {

	static final int MAX_DEPTH = 3;

	private final GraphRepository graph;

	GraphService(GraphRepository graph) {
		this.graph = graph;
	}

	/**
	 * A shortest path between two nodes; null when none joins them. One query finds both
	 * ends and the path; only when it finds no end are the ends looked up one by one, to
	 * name the one that does not exist.
	 */
	Path connection(String from, String to, LocalDate asOf) {
		return this.graph.connect(from, to, asOf).orElseThrow(() -> {
			if (this.graph.resolve(from).isEmpty()) {
				return new NotFoundException("from", from, "state or organisation");
			}
			return new NotFoundException("to", to, "state or organisation");
		}).path();
	}

	/**
	 * Nodes within {@code depth} steps (1 when null) of a centre, one round trip per
	 * step.
	 */
	Neighbourhood neighbourhood(String key, Integer depth, LocalDate asOf) {
		int steps = (depth != null) ? depth : 1;
		if (steps < 1 || steps > MAX_DEPTH) {
			throw new BadArgumentException("depth", "must be between 1 and " + MAX_DEPTH + ", not " + steps);
		}
		GraphRepository.Located centre = this.graph.resolve(key)
			.orElseThrow(() -> new NotFoundException("key", key, "node"));
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		nodes.put(centre.node().id(), centre.node());
		Map<List<String>, GraphEdge> edges = new LinkedHashMap<>();
		Set<String> visited = new LinkedHashSet<>(List.of(centre.id()));
		List<String> frontier = List.of(centre.id());
		for (int level = 0; level < steps && !frontier.isEmpty(); level++) {
			List<String> next = new ArrayList<>();
			for (GraphRepository.Hop hop : this.graph.edgesOf(frontier, asOf)) {
				nodes.putIfAbsent(hop.start().id(), hop.start());
				nodes.putIfAbsent(hop.end().id(), hop.end());
				GraphEdge edge = hop.edge();
				edges.putIfAbsent(
						List.of(edge.start(), edge.end(), edge.type(), Objects.toString(edge.membershipKey())), edge);
				if (visited.add(hop.otherId())) {
					next.add(hop.otherId());
				}
			}
			frontier = next;
		}
		return new Neighbourhood(centre.node(), List.copyOf(nodes.values()), List.copyOf(edges.values()));
	}

}
