package org.allianceatlas.web;

import java.util.List;

import org.allianceatlas.source.SourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every source, with every fact it supports. */
@Controller
class SourcesPageController {

	private final SourceService sources;

	SourcesPageController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping("/sources")
	String sources(Model model) {
		List<SourceService.SourceEntry> all = this.sources.all();
		model.addAttribute("sources", all);
		model.addAttribute("facts", all.stream().mapToInt((s) -> s.supports().size()).sum());
		return "sources";
	}

}
