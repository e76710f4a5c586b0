package org.allianceatlas.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The explorer: an interactive network drawn in the browser from the API's
 * {@code search}, {@code neighbourhood} and {@code connection} queries. The address holds
 * the view (expanded nodes, relationship kinds, day, path), so it can be shared.
 */
@Controller
class ExplorerPageController {

	static final List<String> RELATIONSHIPS = Vocabulary.INSTANCE.relationships();

	@GetMapping("/explorer")
	String explorer(@RequestParam(required = false) String asOf, @RequestParam(required = false) String expand,
			@RequestParam(required = false) String kinds, Model model, HttpServletResponse response) {
		List<String> messages = new ArrayList<>();
		if (asOf != null && !asOf.isBlank()) {
			try {
				LocalDate.parse(asOf.strip());
			}
			catch (DateTimeParseException ex) {
				messages.add("“" + asOf + "” is not a day (use YYYY-MM-DD); showing relationships of any time.");
			}
		}
		if (expand != null && !expand.isBlank()) {
			for (String id : expand.split(",")) {
				if (!id.matches("[A-Z_]+:[^,]{1,200}")) {
					messages.add("“" + id + "” is not a node of the graph (expected e.g. STATE:ARM); it is left out.");
				}
			}
		}
		if (kinds != null && !kinds.isBlank()) {
			for (String kind : kinds.split(",")) {
				if (!RELATIONSHIPS.contains(kind) && !"none".equals(kind)) {
					messages.add("“" + kind + "” is not a relationship kind; it is ignored.");
				}
			}
		}
		if (!messages.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("messages", messages);
		model.addAttribute("relationships", RELATIONSHIPS);
		return "explorer";
	}

}
