package org.allianceatlas.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.curation.Inputs.AmendInput;
import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.ConflictException;
import org.allianceatlas.graphql.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
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

	private static final int FEED_SIZE = 50;

	private final CurationService curation;

	private final Viewers viewers;

	private final SuggestForms forms;

	CurationPages(CurationService curation, Viewers viewers, SuggestForms forms) {
		this.curation = curation;
		this.viewers = viewers;
		this.forms = forms;
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
		return mine(model, auth, null, null);
	}

	/**
	 * The contributor's proposals; those sent back for changes with an amend form, the
	 * one just refused ({@code amendId}) with the values sent.
	 */
	private String mine(Model model, Authentication auth, String amendId, MultiValueMap<String, String> amended) {
		List<Proposal> proposals = this.curation.proposals(auth.getName(), false, null);
		Map<String, MultiValueMap<String, String>> amendValues = new HashMap<>();
		for (Proposal p : proposals) {
			if (p.status() == ProposalStatus.CHANGES_REQUESTED) {
				MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
				values.add("summary", p.summary());
				amendValues.put(p.id(), values);
			}
		}
		if (amendId != null && amendValues.containsKey(amendId)) {
			amendValues.put(amendId, amended);
		}
		model.addAttribute("amendId", amendId);
		model.addAttribute("proposals", proposals);
		model.addAttribute("amendValues", amendValues);
		model.addAttribute("sourceFields", this.forms.sourceFields());
		model.addAttribute("summaryField", this.forms.summaryField());
		model.addAttribute("sourceOptions", amendValues.isEmpty() ? List.of() : this.forms.sourceOptions());
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

	@PostMapping("/proposals/{id}/amend")
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	String amend(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
			Authentication auth, RedirectAttributes flash) {
		List<SourceInput> sources = SuggestForms.source(form);
		try {
			this.curation.amend(new AmendInput(id, form.getFirst("summary"), sources.isEmpty() ? null : sources),
					auth.getName());
		}
		catch (BadArgumentException | NotFoundException | ConflictException ex) {
			List<SuggestForms.Field> fields = new ArrayList<>(this.forms.sourceFields());
			fields.add(this.forms.summaryField());
			problem(model, ex, argument(ex), fields);
			return mine(model, auth, id, form);
		}
		flash.addFlashAttribute("message", "Amended: the proposal waits for an editor again.");
		return "redirect:/proposals/mine#p-" + id;
	}

	/** What can be suggested for a state, an organisation or a membership. */
	@GetMapping("/suggest/{target}/{key}")
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	String suggestChoices(@PathVariable String target, @PathVariable String key, Model model) {
		model.addAttribute("subject", subject(target, key));
		return "curation/suggest";
	}

	@GetMapping("/suggest/{target}/{key}/{kind}")
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	String suggestForm(@PathVariable String target, @PathVariable String key, @PathVariable String kind, Model model) {
		SuggestForms.Subject subject = subject(target, key);
		SuggestForms.Kind form = offered(subject, kind);
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		this.forms.defaults(form, subject, values);
		return suggestion(subject, form, values, model);
	}

	@PostMapping("/suggest/{target}/{key}/{kind}")
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	String suggest(@PathVariable String target, @PathVariable String key, @PathVariable String kind,
			@RequestParam MultiValueMap<String, String> form, Model model, Authentication auth,
			RedirectAttributes flash) {
		SuggestForms.Subject subject = subject(target, key);
		SuggestForms.Kind chosen = offered(subject, kind);
		Proposal proposal;
		try {
			proposal = this.forms.submit(chosen, subject, form, auth.getName(), this.viewers.isEditor(auth));
		}
		catch (BadArgumentException | NotFoundException ex) {
			List<SuggestForms.Field> fields = new ArrayList<>(this.forms.fields(chosen, subject));
			fields.addAll(this.forms.sourceFields());
			fields.add(this.forms.summaryField());
			problem(model, ex, argument(ex), fields);
			return suggestion(subject, chosen, form, model);
		}
		flash.addFlashAttribute("message",
				(proposal.status() == ProposalStatus.ACCEPTED) ? "Your change is in the atlas."
						: "Your proposal is stored; readers see it once an editor accepts it.");
		return "redirect:/proposals/mine#p-" + proposal.id();
	}

	private String suggestion(SuggestForms.Subject subject, SuggestForms.Kind kind,
			MultiValueMap<String, String> values, Model model) {
		model.addAttribute("subject", subject);
		model.addAttribute("form", kind);
		model.addAttribute("fields", this.forms.fields(kind, subject));
		model.addAttribute("sourceFields", this.forms.sourceFields());
		model.addAttribute("summaryField", this.forms.summaryField());
		model.addAttribute("sourceOptions", this.forms.sourceOptions());
		model.addAttribute("values", values);
		return "curation/suggest-form";
	}

	private SuggestForms.Subject subject(String target, String key) {
		return this.forms.subject(target, key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static SuggestForms.Kind offered(SuggestForms.Subject subject, String kind) {
		SuggestForms.Kind form = SuggestForms.Kind.of(kind);
		if (form == null || !subject.offers(form)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return form;
	}

	private static String argument(RuntimeException ex) {
		if (ex instanceof BadArgumentException bad) {
			return bad.argument();
		}
		return (ex instanceof NotFoundException missing) ? missing.argument() : null;
	}

	/**
	 * The problem for the page: in the form's words, next to the field it names (which
	 * gets the focus) when the form has that field.
	 */
	private static void problem(Model model, RuntimeException ex, String argument, List<SuggestForms.Field> fields) {
		String field = SuggestForms.fieldOf(argument);
		boolean shown = fields.stream().anyMatch(f -> f.name().equals(field));
		model.addAttribute("problem", SuggestForms.message(ex.getMessage(), argument, fields));
		model.addAttribute("problemField", shown ? field : null);
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
