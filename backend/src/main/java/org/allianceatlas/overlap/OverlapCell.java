package org.allianceatlas.overlap;

import java.util.List;

import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.state.State;

/** One cell of the overlap matrix: the states that are members of both organisations. */
public record OverlapCell(Organisation row, Organisation column, int count, List<State> states) {
}
