package org.allianceatlas.http;

import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response: a Content-Security-Policy that lets the browser run
 * only the scripts this application serves as files (no inline script, no {@code eval},
 * nothing from another host), so text stored in the graph can never become a running
 * script even if a template or chart forgot to escape it; {@code nosniff}; a referrer
 * policy that sends other sites only our origin; and no framing by other pages, except of
 * the embed pages ({@code /embed/...}), which any site (or the sites listed in
 * {@code atlas.embed.frame-ancestors}) may show in a frame.
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

	/** The pages meant to be shown in other sites' frames. */
	static final String EMBED_PATHS = "/embed/";

	/**
	 * A source of {@code frame-ancestors}: any site, ours, none, a scheme, or an origin
	 * (wildcard subdomains allowed).
	 */
	private static final Pattern FRAME_SOURCE = Pattern
		.compile("\\*|'self'|'none'|[a-z][a-z0-9+.-]*:|([a-z][a-z0-9+.-]*://)?(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]+|:\\*)?");

	private final String embedAncestors;

	/**
	 * @param embedAncestors the {@code frame-ancestors} sources of embed pages, separated
	 * by spaces or commas: {@code *} (the default) for any site, or origins such as
	 * {@code https://news.example.org}
	 */
	SecurityHeaders(@Value("${atlas.embed.frame-ancestors:*}") String embedAncestors) {
		String[] sources = embedAncestors.strip().split("[\\s,]+");
		for (String source : sources) {
			if (!FRAME_SOURCE.matcher(source).matches()) {
				throw new IllegalArgumentException("atlas.embed.frame-ancestors: “" + source
						+ "” is not a frame-ancestors source (use *, 'self', 'none' or origins such as https://example.org)");
			}
		}
		this.embedAncestors = "frame-ancestors " + String.join(" ", sources);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY + "; " + frameAncestors(request));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		chain.doFilter(request, response);
	}

	/**
	 * The one place that decides which pages other sites may frame: the embed pages, for
	 * the configured sites; every other page and answer refuses.
	 */
	String frameAncestors(HttpServletRequest request) {
		// The container's normalised path (dot segments resolved), not the raw address.
		String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
		return path.startsWith(EMBED_PATHS) ? this.embedAncestors : NO_FRAMING;
	}

}
