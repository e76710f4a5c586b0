package org.allianceatlas.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for admins (the page is admin-only, see the security configuration). */
@Controller
class AuditPage {

	private static final int PAGE = 50;

	private final AuditLog log;

	AuditPage(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String after, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "private, no-store");
		Paging.Connection<AuditEntry> page;
		try {
			page = this.log.page(actor, action, new Paging.Page(PAGE, after, null, null));
		}
		catch (BadArgumentException ex) {
			model.addAttribute("problem", "That page of the log does not exist; showing the newest entries.");
			page = this.log.page(actor, action, new Paging.Page(PAGE, null, null, null));
		}
		model.addAttribute("page", page);
		model.addAttribute("actor", (actor != null) ? actor : "");
		model.addAttribute("action", (action != null) ? action : "");
		return "account/audit";
	}

}
