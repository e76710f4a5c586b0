package org.allianceatlas.summary;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code counts} query. */
@Controller
class SummaryController {

	private final SummaryService summary;

	SummaryController(SummaryService summary) {
		this.summary = summary;
	}

	@QueryMapping
	Counts counts() {
		return this.summary.counts();
	}

}
