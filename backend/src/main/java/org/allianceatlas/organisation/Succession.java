package org.allianceatlas.organisation;

import java.util.List;

/**
 * One organisation succeeding another; the sources are listed by key on the relationship.
 */
public record Succession(Organisation organisation, String date, List<String> sourceKeys) {
}
