package org.allianceatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * What every page's template may use: role and status labels in display order, and the
 * vocabulary as JSON.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

	@ModelAttribute("roleLabels")
	Map<String, String> roleLabels() {
		return Vocabulary.INSTANCE.labels();
	}

	@ModelAttribute("roleOrder")
	List<String> roleOrder() {
		return Vocabulary.INSTANCE.roles();
	}

	/**
	 * For the layout's {@code <meta name="atlas-vocabulary">} element (an attribute
	 * value, escaped by Thymeleaf).
	 */
	@ModelAttribute("vocabularyJson")
	String vocabularyJson() {
		return Vocabulary.INSTANCE.json();
	}

	/** The same vocabulary for scripts and other clients. */
	@RestController
	static class VocabularyController {

		private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

		@GetMapping(path = "/vocabulary.json", produces = MediaType.APPLICATION_JSON_VALUE)
		ResponseEntity<Vocabulary> vocabulary() {
			return ResponseEntity.ok(Vocabulary.INSTANCE);
		}

		/**
		 * The role and status classes ({@code .r-MEMBER}, {@code .s-FROZEN}) drawn in the
		 * vocabulary's colours.
		 */
		@GetMapping("/vocabulary.css")
		ResponseEntity<String> stylesheet() {
			return ResponseEntity.ok().contentType(CSS).body(Vocabulary.INSTANCE.css());
		}

	}

}
