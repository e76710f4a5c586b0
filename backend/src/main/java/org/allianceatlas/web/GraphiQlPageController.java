package org.allianceatlas.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL, served wholly by this application. Spring's stock GraphiQL page loads
 * GraphiQL and React from the esm.sh CDN when it is opened, so without internet it never
 * gets past "Loading..."; this page takes them from WebJars packed into the application
 * at build time. Spring Boot's own GraphiQL route is therefore off
 * ({@code spring.graphql.graphiql.enabled=false}); this one is switched with
 * {@code atlas.graphiql.enabled}.
 */
@Controller
@ConditionalOnBooleanProperty(name = "atlas.graphiql.enabled", matchIfMissing = true)
class GraphiQlPageController {

	private final String graphQlPath;

	GraphiQlPageController(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		this.graphQlPath = graphQlPath;
	}

	@GetMapping("/graphiql")
	String graphiQl(Model model) {
		model.addAttribute("graphQlPath", this.graphQlPath);
		return "graphiql";
	}

}
