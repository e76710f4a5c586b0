package org.allianceatlas.summary;

import org.springframework.stereotype.Service;

/** What the atlas holds, as the overview page and the {@code counts} query report it. */
@Service
public class SummaryService {

	private final SummaryRepository summary;

	SummaryService(SummaryRepository summary) {
		this.summary = summary;
	}

	public Counts counts() {
		return this.summary.counts();
	}

}
