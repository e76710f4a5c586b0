package org.allianceatlas.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every source, with every fact it supports. */
@Controller
class SourcesPageController {

	private final AtlasGraphQl api;

	SourcesPageController(AtlasGraphQl api) {
		this.api = api;
	}

	@GetMapping("/sources")
	String sources(Model model) {
		List<Map<String, Object>> sources = this.api.allNodes("sources",
				"key title publisher url kind published note supports { kind relationship key targetKey label note }");
		model.addAttribute("sources", sources);
		model.addAttribute("facts", sources.stream().mapToInt((s) -> Maps.list(s, "supports").size()).sum());
		return "sources";
	}

}
