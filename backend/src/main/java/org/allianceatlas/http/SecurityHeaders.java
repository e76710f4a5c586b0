package org.allianceatlas.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response: a Content-Security-Policy that lets the browser run
 * only the scripts this application serves as files (no inline script, no {@code eval},
 * nothing from another host), so text stored in the graph can never become a running
 * script even if a template or chart forgot to escape it; {@code nosniff}; a referrer
 * policy that sends other sites only our origin; and no framing by other pages.
 * <p>
 * Inline styles stay allowed: ECharts and Cytoscape set {@code style} attributes as they
 * draw, and a style cannot run script.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeaders extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
			"connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'");

	/** Who may show our pages in a frame: nobody. */
	static final String NO_FRAMING = "frame-ancestors 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY + "; " + frameAncestors(request));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		chain.doFilter(request, response);
	}

	/**
	 * The one place that decides which pages other sites may frame. Every page refuses
	 * today; pages meant for embedding (such as a future {@code /embed/...}) get their
	 * own {@code frame-ancestors} here.
	 */
	static String frameAncestors(HttpServletRequest request) {
		return NO_FRAMING;
	}

}
