package org.allianceatlas.trends;

import java.util.List;

import org.allianceatlas.state.State;

/** A state's troop figures across years, one series per set of sources. */
public record TroopTrend(State state, List<TroopSeries> series) {
}
