package org.allianceatlas.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's template may use: role and status labels in display order. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

	@ModelAttribute("roleLabels")
	Map<String, String> roleLabels() {
		return Roles.LABELS;
	}

	@ModelAttribute("roleOrder")
	List<String> roleOrder() {
		return Roles.ORDER;
	}

}
