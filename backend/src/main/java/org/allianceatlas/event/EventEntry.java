package org.allianceatlas.event;

import java.util.List;

import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.source.Source;

/**
 * An event as a list shows it: with the organisations it concerns and its sources, and
 * the first day of its (partial) date as the graph computes it, so that charts place it
 * without a rule of their own.
 */
public record EventEntry(String key, String date, String title, String kind, String description,
		List<Organisation> organisations, List<Source> sources, String validFrom) {
}
