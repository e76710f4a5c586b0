package org.allianceatlas.curation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourceService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The history of a state, an organisation or a membership, for anyone: each accepted
 * change, newest first, with who proposed and accepted it, when, its summary, its sources
 * and the values before and after; last what the atlas first recorded.
 */
@Controller
class HistoryPages {

	private final CurationService curation;

	private final SuggestForms subjects;

	private final SourceService sources;

	HistoryPages(CurationService curation, SuggestForms subjects, SourceService sources) {
		this.curation = curation;
		this.subjects = subjects;
		this.sources = sources;
	}

	@GetMapping("/history/{target}/{key}")
	String history(@PathVariable String target, @PathVariable String key, Model model) {
		SuggestForms.Subject subject = this.subjects.subject(target, key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Revision> revisions = this.curation.revisionsOf(subject.target().kind(), List.of(subject.key()))
			.getOrDefault(subject.key(), List.of());
		Set<String> keys = new LinkedHashSet<>();
		revisions.forEach(r -> keys.addAll(r.sourceKeys()));
		Map<String, Source> cited = this.sources.sourcesByKey(keys);
		model.addAttribute("subject", subject);
		model.addAttribute("revisions", revisions);
		model.addAttribute("sources", cited);
		return "curation/history";
	}

}
