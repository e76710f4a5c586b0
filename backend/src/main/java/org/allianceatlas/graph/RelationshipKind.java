package org.allianceatlas.graph;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of edge the explorer shows, in display order. {@code MEMBER_OF} stands for a
 * membership node between a state and an organisation; the others are relationships of
 * the graph.
 */
public enum RelationshipKind {

	MEMBER_OF(false), SUCCEEDED_BY(true), PART_OF(true), OBSERVER_IN(true), COOPERATES_WITH(true), HELD_OFFICE(true),
	NATIONAL_OF(true), CONCERNS(false), INVOLVES(false);

	/** Whether a shortest path may follow it as a relationship of its own. */
	private final boolean fact;

	RelationshipKind(boolean fact) {
		this.fact = fact;
	}

	/**
	 * Relationships a shortest path may follow besides memberships (not events,
	 * provenance, names or claims), as a Cypher type list.
	 */
	static String factTypes() {
		return Arrays.stream(values()).filter(k -> k.fact).map(Enum::name).collect(Collectors.joining("|"));
	}

}
