package org.allianceatlas.curation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allianceatlas.curation.Inputs.CorrectionInput;
import org.allianceatlas.curation.Inputs.MembershipEndInput;
import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.ConflictException;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.query.NodeKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The curation pages: recent changes and their Atom feed for anyone, "Suggest a change"
 * forms and "My proposals" for contributors, the review queue for editors. Forms post
 * here (with the CSRF token Thymeleaf adds to every {@code th:action} form) and go
 * through the same service as the API, so every rule is checked once, in one place.
 */
@Controller
class CurationPages {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	/**
	 * The things a page offers "Suggest a change" for, by the path segment naming them.
	 */
	private static final Map<String, NodeKind> SUGGESTABLE = Map.of("states", NodeKind.STATE, "organisations",
			NodeKind.ORGANISATION, "memberships", NodeKind.MEMBERSHIP);

	private static final int FEED_SIZE = 50;

	private final CurationService curation;

	private final Viewers viewers;

	CurationPages(CurationService curation, Viewers viewers) {
		this.curation = curation;
		this.viewers = viewers;
	}

	@GetMapping("/recent-changes")
	String recentChanges(Model model) {
		List<Revision> revisions = this.curation.recentChanges();
		model.addAttribute("revisions", revisions.subList(0, Math.min(revisions.size(), 200)));
		model.addAttribute("total", revisions.size());
		return "curation/recent-changes";
	}

	@GetMapping("/recent-changes.atom")
	ResponseEntity<String> feed() {
		List<Revision> revisions = this.curation.recentChanges();
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return ResponseEntity.ok()
			.contentType(ATOM)
			.body(AtomFeed.of(base, revisions.subList(0, Math.min(revisions.size(), FEED_SIZE))));
	}

	@GetMapping("/proposals")
	@PreAuthorize("hasRole('EDITOR')")
	String queue(Model model, Authentication auth) {
		model.addAttribute("proposals", this.curation.proposals(auth.getName(), true, ProposalStatus.PENDING));
		model.addAttribute("me", auth.getName());
		return "curation/proposals";
	}

	@GetMapping({ "/proposals/mine", "/review" })
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	String mine(Model model, Authentication auth) {
		model.addAttribute("proposals", this.curation.proposals(auth.getName(), false, null));
		return "curation/mine";
	}

	@PostMapping("/proposals/{id}/accept")
	@PreAuthorize("hasRole('EDITOR')")
	String accept(@PathVariable String id, Authentication auth, RedirectAttributes flash) {
		return reviewed(flash, () -> this.curation.accept(id, auth.getName()), "Accepted: the change is in the atlas.");
	}

	@PostMapping("/proposals/{id}/reject")
	@PreAuthorize("hasRole('EDITOR')")
	String reject(@PathVariable String id, @RequestParam(required = false) String reason, Authentication auth,
			RedirectAttributes flash) {
		return reviewed(flash, () -> this.curation.reject(id, reason, auth.getName()), "Rejected.");
	}

	@PostMapping("/proposals/{id}/request-changes")
	@PreAuthorize("hasRole('EDITOR')")
	String requestChanges(@PathVariable String id, @RequestParam(required = false) String reason, Authentication auth,
			RedirectAttributes flash) {
		return reviewed(flash, () -> this.curation.requestChanges(id, reason, auth.getName()),
				"Sent back to the contributor.");
	}

	@GetMapping("/suggest/{kind}/{key}")
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	String suggestForm(@PathVariable String kind, @PathVariable String key, Model model) {
		NodeKind target = suggestable(kind);
		model.addAttribute("kind", kind);
		model.addAttribute("key", key);
		model.addAttribute("fields", this.curation.correctableFields(target));
		model.addAttribute("membership", target == NodeKind.MEMBERSHIP);
		return "curation/suggest";
	}

	@PostMapping("/suggest/{kind}/{key}")
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	String suggest(@PathVariable String kind, @PathVariable String key, @RequestParam Map<String, String> form,
			Model model, Authentication auth) {
		NodeKind target = suggestable(kind);
		try {
			this.curation.proposeCorrection(new CorrectionInput(target, key, form.get("field"), form.get("value"),
					form.get("summary"), List.of(source(form))), auth.getName(), this.viewers.isEditor(auth));
		}
		catch (BadArgumentException | NotFoundException ex) {
			return refused(kind, key, target, form, ex.getMessage(), model);
		}
		return "redirect:/proposals/mine";
	}

	@PostMapping("/suggest/memberships/{key}/end")
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	String suggestEnd(@PathVariable String key, @RequestParam Map<String, String> form, Model model,
			Authentication auth) {
		try {
			this.curation.proposeMembershipEnd(new MembershipEndInput(key, form.get("to"), form.get("endStatus"),
					form.get("summary"), List.of(source(form))), auth.getName(), this.viewers.isEditor(auth));
		}
		catch (BadArgumentException | NotFoundException ex) {
			return refused("memberships", key, NodeKind.MEMBERSHIP, form, ex.getMessage(), model);
		}
		return "redirect:/proposals/mine";
	}

	private String refused(String kind, String key, NodeKind target, Map<String, String> form, String problem,
			Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("key", key);
		model.addAttribute("fields", this.curation.correctableFields(target));
		model.addAttribute("membership", target == NodeKind.MEMBERSHIP);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		return "curation/suggest";
	}

	private static SourceInput source(Map<String, String> form) {
		String key = blank(form.get("sourceKey"));
		return new SourceInput(key, blank(form.get("sourceTitle")), blank(form.get("sourcePublisher")),
				blank(form.get("sourcePublished")), blank(form.get("sourceUrl")), blank(form.get("sourceLocator")));
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static NodeKind suggestable(String kind) {
		NodeKind target = SUGGESTABLE.get(kind.toLowerCase(Locale.ROOT));
		if (target == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return target;
	}

	private static String reviewed(RedirectAttributes flash, Runnable review, String done) {
		try {
			review.run();
			flash.addFlashAttribute("message", done);
		}
		catch (BadArgumentException | NotFoundException | ConflictException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/proposals";
	}

}
