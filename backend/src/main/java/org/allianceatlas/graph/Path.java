package org.allianceatlas.graph;

import java.util.List;

/** A path as steps; each step's {@code via} leads to it from the previous step. */
record Path(int length, List<Step> steps) {

	record Step(GraphNode node, GraphEdge via) {
	}

}
