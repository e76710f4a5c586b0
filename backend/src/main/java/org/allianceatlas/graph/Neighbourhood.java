package org.allianceatlas.graph;

import java.util.List;

/** Nodes within some steps of a centre, and the edges between them. */
record Neighbourhood(GraphNode centre, List<GraphNode> nodes, List<GraphEdge> edges) {
}
