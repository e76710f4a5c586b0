package org.allianceatlas.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Rewrites the links a page builds ({@code th:href="@{...}"}) through the resource chain
 * only where they can name a static file. Spring's filter, which this one replaces, asks
 * the resource chain about every link, and for a link to a page ({@code /states/ARM}) the
 * chain looks for a file of that name on the whole class path each time and finds none:
 * several milliseconds per link, seconds for a page with a thousand links. Links whose
 * last path segment has no extension are never files here, so they are passed on as they
 * are; every other link (scripts, styles, WebJars) is rewritten as before.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinks {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinksFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticLinksFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * Whether a link may name a static file: its path's last segment has an extension.
	 */
	static boolean mayBeFile(String url) {
		int end = url.length();
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == '?' || c == '#') {
				end = i;
				break;
			}
		}
		int slash = url.lastIndexOf('/', end - 1);
		return url.lastIndexOf('.', end - 1) > slash;
	}

	static final class StaticLinksFilter extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain filterChain)
				throws IOException, ServletException {
			if (!(response instanceof HttpServletResponse plain)) {
				super.doFilter(request, response, filterChain);
				return;
			}
			super.doFilter(request, response,
					(req, rewriting) -> filterChain.doFilter(req, new Links((HttpServletResponse) rewriting, plain)));
		}

	}

	/** Sends links that may name a file to the resource chain, the others straight on. */
	private static final class Links extends HttpServletResponseWrapper {

		private final HttpServletResponse plain;

		Links(HttpServletResponse rewriting, HttpServletResponse plain) {
			super(rewriting);
			this.plain = plain;
		}

		@Override
		public String encodeURL(String url) {
			return mayBeFile(url) ? super.encodeURL(url) : this.plain.encodeURL(url);
		}

	}

}
