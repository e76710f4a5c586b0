package org.allianceatlas.summary;

/** How much the atlas holds. */
public record Counts(long states, long organisations, long memberships, long sources) {
}
