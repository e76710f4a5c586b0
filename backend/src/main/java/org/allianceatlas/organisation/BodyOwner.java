package org.allianceatlas.organisation;

import org.allianceatlas.state.State;

/** What a body belongs to: an organisation or a state (exactly one of the two is set). */
record BodyOwner(Organisation organisation, State state) {
}
