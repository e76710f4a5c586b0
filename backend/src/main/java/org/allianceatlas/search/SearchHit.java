package org.allianceatlas.search;

import org.allianceatlas.query.NodeKind;

/** A state, organisation, body, person or event found by a name or alias. */
record SearchHit(NodeKind kind, String key, String name, String matched, String language, double score) {
}
