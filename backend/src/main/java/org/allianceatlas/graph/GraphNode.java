package org.allianceatlas.graph;

import org.allianceatlas.query.NodeKind;
import org.allianceatlas.query.Row;

/**
 * A node as shown in a path or neighbourhood; {@code id} is kind and business key, never
 * an internal id.
 */
public record GraphNode(String id, NodeKind kind, String key, String label) {

	/**
	 * From a row with {@code labels} and {@code props} (the node's key and name
	 * properties).
	 */
	public static GraphNode from(Row row) {
		NodeKind kind = NodeKind.of(row.strings("labels"));
		Row props = row.row("props");
		String key = kind.keyOf(props);
		return new GraphNode(kind.name() + ":" + key, kind, key, NodeKind.nameOf(props));
	}

}
