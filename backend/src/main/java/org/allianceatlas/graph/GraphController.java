package org.allianceatlas.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.node.Nodes;

import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Facts;
import org.allianceatlas.source.Source;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The relationship explorer: shortest connections and neighbourhoods, memberships shown
 * as edges.
 */
@Controller
class GraphController {

	private final GraphService graph;

	private final Facts facts;

	private final Paging paging;

	GraphController(GraphService graph, Facts facts, Paging paging) {
		this.graph = graph;
		this.facts = facts;
		this.paging = paging;
	}

	@QueryMapping
	Path connection(@Argument String from, @Argument String to, @Argument LocalDate asOf) {
		return this.graph.connection(from, to, asOf);
	}

	@QueryMapping
	Neighbourhood neighbourhood(@Argument String key, @Argument Integer depth, @Argument LocalDate asOf) {
		return this.graph.neighbourhood(key, depth, asOf);
	}

	@SchemaMapping(typeName = "Neighbourhood")
	Paging.Connection<GraphNode> nodesConnection(Neighbourhood neighbourhood, DataFetchingEnvironment env) {
		return this.paging.page(neighbourhood.nodes(), Paging.Page.of(env));
	}

	@SchemaMapping(typeName = "Neighbourhood")
	Paging.Connection<GraphEdge> edgesConnection(Neighbourhood neighbourhood, DataFetchingEnvironment env) {
		return this.paging.page(neighbourhood.edges(), Paging.Page.of(env));
	}

	@SchemaMapping(typeName = "GraphNode", field = "node")
	CompletableFuture<Object> node(GraphNode node, DataFetchingEnvironment env) {
		return Nodes.load(env, node.kind(), node.key());
	}

	@BatchMapping(typeName = "GraphEdge", field = "sources")
	Map<GraphEdge, List<Source>> sources(List<GraphEdge> edges) {
		Map<NodeKind, List<String>> citing = new HashMap<>();
		edges.stream()
			.filter(e -> e.citedByKind() != null)
			.forEach(e -> citing.computeIfAbsent(e.citedByKind(), k -> new ArrayList<>()).add(e.citedByKey()));
		Map<NodeKind, Map<String, List<Source>>> cited = new HashMap<>();
		citing.forEach((kind, keys) -> cited.put(kind, this.facts.sourcesOf(kind, keys.stream().distinct().toList())));
		Map<GraphEdge, List<Source>> listed = this.facts.listedSourcesFor(edges, GraphEdge::sourceKeys);
		Map<GraphEdge, List<Source>> result = new LinkedHashMap<>();
		for (GraphEdge edge : edges) {
			List<Source> sources = new ArrayList<>(listed.get(edge));
			if (edge.citedByKind() != null) {
				cited.get(edge.citedByKind())
					.getOrDefault(edge.citedByKey(), List.of())
					.stream()
					.filter(s -> !sources.contains(s))
					.forEach(sources::add);
			}
			result.put(edge, sources);
		}
		return result;
	}

}
