package org.allianceatlas.organisation;

import java.util.List;

/**
 * A cooperation agreement with another organisation; sources listed by key on the
 * relationship.
 */
public record Cooperation(Organisation organisation, String from, String note, List<String> sourceKeys) {
}
