package org.allianceatlas.overlap;

import java.time.LocalDate;
import java.util.List;

import org.allianceatlas.state.State;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Shared members of organisations on a day: the list for several, the pairwise matrix,
 * the table.
 */
@Controller
class OverlapController {

	private final OverlapService overlap;

	OverlapController(OverlapService overlap) {
		this.overlap = overlap;
	}

	@QueryMapping
	List<State> overlap(@Argument List<String> organisations, @Argument LocalDate asOf, @Argument List<String> roles) {
		return this.overlap.sharedMembers(organisations, asOf, roles);
	}

	@QueryMapping
	List<OverlapCell> overlapMatrix(@Argument List<String> organisations, @Argument LocalDate asOf,
			@Argument List<String> roles) {
		return this.overlap.matrix(organisations, asOf, roles);
	}

	@QueryMapping
	OverlapTable overlapTable(@Argument List<String> organisations, @Argument LocalDate asOf) {
		return this.overlap.table((organisations != null) ? organisations : OverlapService.FOUR, asOf);
	}

	@SchemaMapping(typeName = "OverlapRow", field = "cells")
	List<OverlapTable.Cell> cells(OverlapTable.StateRow row) {
		return List.copyOf(row.cells().values());
	}

}
