package org.allianceatlas.graphql;

/** The direction of an {@code orderBy} input. */
public enum OrderDirection {

	ASC, DESC;

	/**
	 * The Cypher keyword of this direction, for an ORDER BY made of fixed fragments only.
	 */
	public String cypher() {
		return (this == DESC) ? "DESC" : "ASC";
	}

}
