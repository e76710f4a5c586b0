package org.allianceatlas.graph;

import java.util.List;

import org.allianceatlas.query.NodeKind;

/**
 * A relationship between two graph nodes. A membership (a node in the database) is shown
 * as one MEMBER_OF edge from the state to the organisation.
 *
 * @param sourceKeys sources listed on the relationship itself
 * @param citedByKind kind of the node whose {@code CITES} are this edge's sources (a
 * membership, an event), if any
 * @param citedByKey key of that node
 */
public record GraphEdge(String start, String end, String type, String role, String roleLabel, String membershipKey,
		String from, String to, List<String> sourceKeys, NodeKind citedByKind, String citedByKey) {
}
