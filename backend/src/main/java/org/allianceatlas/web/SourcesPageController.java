package org.allianceatlas.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.source.SourceService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every source, with every fact it supports, a page of sources at a time. */
@Controller
class SourcesPageController {

	/** Sources a page: more than the seed holds, so it fits on one page. */
	static final int PAGE_SIZE = 100;

	private final SourceService sources;

	SourcesPageController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping("/sources")
	String sources(@RequestParam(required = false) String page, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		SourceService.Totals totals = this.sources.totals();
		Pager pager = Pager.of(request, page, totals.sources(), PAGE_SIZE);
		if (pager.message() != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		List<SourceService.SourceEntry> shown = this.sources.entries(pager.offset(PAGE_SIZE), PAGE_SIZE);
		model.addAttribute("sources", shown);
		model.addAttribute("pager", pager);
		model.addAttribute("total", totals.sources());
		model.addAttribute("facts", totals.facts());
		return "sources";
	}

}
