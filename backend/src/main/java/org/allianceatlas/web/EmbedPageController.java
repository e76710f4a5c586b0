package org.allianceatlas.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.overlap.OverlapTable;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourceService;
import org.allianceatlas.troops.TroopTable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The charts of the troop, overlap and timeline pages as embeddable pages
 * ({@code /embed/troops?...} and so on): each fills its model exactly as its full page
 * does (so a change to a page carries over to its embed), then adds the sources of what
 * the chart shows and the address of the full view. The map's embed is in
 * {@link MapPageController}.
 */
@Controller
class EmbedPageController {

	private final TroopsPageController troops;

	private final OverlapPageController overlap;

	private final TimelinePageController timeline;

	private final TrendsPageController trends;

	private final MembershipService memberships;

	private final SourceService sources;

	EmbedPageController(TroopsPageController troops, OverlapPageController overlap, TimelinePageController timeline,
			TrendsPageController trends, MembershipService memberships, SourceService sources) {
		this.troops = troops;
		this.overlap = overlap;
		this.timeline = timeline;
		this.trends = trends;
		this.memberships = memberships;
		this.sources = sources;
	}

	@GetMapping("/embed/troops")
	String troops(@RequestParam(required = false) String organisation, @RequestParam(required = false) String year,
			@RequestParam(required = false) String measure, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		this.troops.troops(organisation, year, measure, model, response);
		model.addAttribute("cited", ((TroopTable) model.getAttribute("result")).sources());
		return embed("troops", model, request);
	}

	@GetMapping("/embed/overlap")
	String overlap(@RequestParam(required = false) String date, @RequestParam(required = false) String organisations,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		this.overlap.overlap(date, organisations, model, response);
		OverlapTable result = (OverlapTable) model.getAttribute("result");
		List<String> keys = this.memberships.ofOrganisations(result.organisations(), result.day())
			.values()
			.stream()
			.flatMap(List::stream)
			.map(Membership::key)
			.toList();
		model.addAttribute("cited", sourcesOf(keys));
		return embed("overlap", model, request);
	}

	@GetMapping("/embed/timeline")
	String timeline(@RequestParam(required = false) String organisation, @RequestParam(required = false) String state,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		this.timeline.timeline(organisation, state, null, model, request, response);
		@SuppressWarnings("unchecked")
		List<MembershipRow> rows = (List<MembershipRow>) model.getAttribute("memberships");
		model.addAttribute("cited", sourcesOf(rows.stream().map(MembershipRow::key).toList()));
		return embed("timeline", model, request);
	}

	/**
	 * One chart of the trends page ({@code chart=members}, {@code troops} or
	 * {@code totals}; all three without it), with the same parameters as the page.
	 */
	@GetMapping("/embed/trends")
	String trends(@RequestParam(required = false) String chart, @RequestParam(required = false) String organisations,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String state, @RequestParam(required = false) String measure,
			@RequestParam(required = false) String totals, Model model, HttpServletRequest request) {
		TrendsPageController.View view = this.trends.view(TrendsPageController.Query.read(organisations, from, to,
				state, measure, totals, this.trends.lastYear()));
		model.addAttribute("view", view);
		model.addAttribute("chart",
				(chart != null && List.of("members", "troops", "totals").contains(chart)) ? chart : "all");
		model.addAttribute("cited", view.sources());
		return embed("trends", model, request);
	}

	/** The sources of the memberships, each once, in order of first citation. */
	private List<Source> sourcesOf(List<String> membershipKeys) {
		if (membershipKeys.isEmpty()) {
			return List.of();
		}
		Map<String, List<Source>> byMembership = this.sources.sourcesOf(NodeKind.MEMBERSHIP, membershipKeys);
		Citations citations = new Citations();
		membershipKeys.forEach((k) -> citations.cite(byMembership.getOrDefault(k, List.of())));
		return citations.sources();
	}

	/** The embed template of a page, with the address of its full view (same query). */
	private static String embed(String page, Model model, HttpServletRequest request) {
		String query = request.getQueryString();
		model.addAttribute("fullView", "/" + page + ((query != null) ? "?" + query : ""));
		return "embed/" + page;
	}

}
