package org.allianceatlas.source;

import org.allianceatlas.query.NodeKind;

/** A node citing a source, or a relationship listing it in {@code sources}. */
public record SupportedFact(NodeKind kind, String relationship, String key, String targetKey, String label,
		String note) {
}
