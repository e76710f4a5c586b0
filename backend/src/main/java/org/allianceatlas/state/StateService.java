package org.allianceatlas.state;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** States by ISO code and in pages. */
@Service
public class StateService {

	private final StateRepository states;

	StateService(StateRepository states) {
		this.states = states;
	}

	public Optional<State> find(String iso3) {
		return this.states.find(iso3);
	}

	/** A window of all states, in name order. */
	public List<State> page(int offset, int fetch) {
		return this.states.page(offset, fetch);
	}

}
