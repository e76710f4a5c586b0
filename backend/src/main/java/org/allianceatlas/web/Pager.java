package org.allianceatlas.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a long list: which page is shown, how many there are, and links to the
 * others (first, last, and those near the one shown), each the page's own address with
 * its {@code page} parameter changed, so the address always holds the page. A page number
 * that is not a number, or past the last page, is named in {@link #message()} and the
 * nearest page is shown.
 */
public record Pager(int page, int pages, long total, long first, long last, List<Link> links, Link previous, Link next,
		String message) {

	/** How many pages on each side of the one shown get a link of their own. */
	private static final int NEAR = 2;

	/** A link to a page; {@code href} null for a gap ("…") between links. */
	public record Link(String label, String href, boolean current) {
	}

	/**
	 * The page asked for ({@code page}: the parameter as given, null for the first) of
	 * {@code total} items, {@code size} a page.
	 */
	static Pager of(HttpServletRequest request, String page, long total, int size) {
		int pages = (int) Math.max(1, (total + size - 1) / size);
		int wanted = 1;
		String message = null;
		if (page != null && !page.isBlank()) {
			try {
				wanted = Integer.parseInt(page.strip());
				if (wanted < 1) {
					message = "“" + page.strip() + "” is not a page number; showing page 1.";
					wanted = 1;
				}
				else if (wanted > pages) {
					message = "There " + ((pages == 1) ? "is 1 page" : "are " + pages + " pages") + ", not " + wanted
							+ "; showing page " + pages + ".";
					wanted = pages;
				}
			}
			catch (NumberFormatException ex) {
				message = "“" + page.strip() + "” is not a page number; showing page 1.";
			}
		}
		List<Link> links = new ArrayList<>();
		int previousShown = 0;
		for (int n = 1; n <= pages; n++) {
			if (n != 1 && n != pages && Math.abs(n - wanted) > NEAR) {
				continue;
			}
			if (n > previousShown + 1) {
				links.add(new Link("…", null, false));
			}
			links.add(new Link(Integer.toString(n), href(request, n), n == wanted));
			previousShown = n;
		}
		long first = (total == 0) ? 0 : (long) (wanted - 1) * size + 1;
		long last = Math.min(total, (long) wanted * size);
		return new Pager(wanted, pages, total, first, last, links,
				(wanted > 1) ? new Link("Previous", href(request, wanted - 1), false) : null,
				(wanted < pages) ? new Link("Next", href(request, wanted + 1), false) : null, message);
	}

	/** Where the shown page starts in the whole list. */
	public int offset(int size) {
		return (this.page - 1) * size;
	}

	/** Whether there is more than one page (the links are shown only then). */
	public boolean paged() {
		return this.pages > 1;
	}

	private static String href(HttpServletRequest request, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString());
		return ((page == 1) ? builder.replaceQueryParam("page") : builder.replaceQueryParam("page", page)).build()
			.toUriString();
	}

}
