package org.allianceatlas.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Frame;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, point 4 in a real Chromium: a page of another origin (a second small HTTP
 * server on 127.0.0.1, while the atlas is addressed as {@code localhost} on its own port)
 * frames an embed page, which shows with its citations, and frames a full page, which
 * Chromium refuses because of {@code frame-ancestors 'none'}.
 */
@AtlasTest
class EmbedFramingBrowserTests extends PageChecks {

	private HttpServer host;

	/** What Chromium logged about frames it refused, from any frame of the page. */
	private final List<String> refusals = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startTheOtherSite() throws IOException {
		this.host = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.host.createContext("/article", this::article);
		this.host.start();
		// The refusal is a console error by design; it is what the second test looks
		// for, so it is taken out of the page's problems and kept here.
		this.page.onConsoleMessage((message) -> {
			if (message.text().contains("frame-ancestors")) {
				this.refusals.add(message.text());
				this.problems.removeIf((p) -> p.contains("frame-ancestors"));
			}
		});
	}

	@AfterEach
	void stopTheOtherSite() {
		if (this.host != null) {
			this.host.stop(0);
		}
	}

	/**
	 * An article of the other site: {@code /article?frame=/embed/map?...} frames that
	 * page of the atlas.
	 */
	private void article(HttpExchange exchange) throws IOException {
		String query = exchange.getRequestURI().getRawQuery();
		String framed = URLDecoder.decode(query.substring(query.indexOf('=') + 1), StandardCharsets.UTF_8);
		String src = url(framed).replace("&", "&amp;");
		byte[] body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>An article</title></head><body>"
				+ "<h1>A newspaper's article</h1><iframe id=\"atlas\" src=\"" + src
				+ "\" width=\"800\" height=\"600\" title=\"The atlas\"></iframe></body></html>")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private String article(String framed) {
		return "http://127.0.0.1:" + this.host.getAddress().getPort() + "/article?frame="
				+ URLEncoder.encode(framed, StandardCharsets.UTF_8);
	}

	/**
	 * The frame of the atlas in the article, once Chromium has settled it: navigate has
	 * waited for the article's load event, which comes after its frame's, and then every
	 * request started so far has finished.
	 */
	private Frame atlasFrame() {
		waitForRequests();
		return this.page.frames().stream().filter((f) -> f != this.page.mainFrame()).findFirst().orElseThrow();
	}

	@Test
	void anotherSiteMayFrameAnEmbedPage() {
		this.page.setDefaultNavigationTimeout(60_000);
		String embed = "/embed/map?organisations=CSTO&date=2015-06-01";
		this.page.navigate(article(embed));
		assertThat(this.page.url()).as("the article is of another origin than the atlas")
			.startsWith("http://127.0.0.1:")
			.doesNotStartWith(url(""));
		Frame frame = atlasFrame();
		frame.waitForSelector(".embed-sources li");
		assertThat(frame.url()).isEqualTo(url(embed));
		assertThat(frame.locator("h1.embed-title").textContent()).contains("CSTO").contains("2015-06-01");
		assertThat(frame.locator(".embed-sources li").count()).as("citations in the frame").isPositive();
		assertThat(frame.locator("a.embed-back").getAttribute("href"))
			.isEqualTo("/map?organisations=CSTO&date=2015-06-01");
		frame.waitForFunction("() => { const el = document.querySelector('#world-map');"
				+ " const c = el && echarts.getInstanceByDom(el); return c && c.getOption(); }");
		assertThat(
				((Number) frame.evaluate("() => document.querySelectorAll('#world-map svg path').length")).intValue())
			.as("the map is drawn in the frame")
			.isGreaterThan(150);
		screenshot("embed-in-another-site");
		assertThat(this.refusals).isEmpty();
		assertClean();
	}

	@Test
	void anotherSiteMayNotFrameAFullPage() {
		this.page.setDefaultNavigationTimeout(60_000);
		this.page.navigate(article("/map?organisations=CSTO&date=2015-06-01"));
		Frame frame = atlasFrame();
		this.page.waitForCondition(() -> !this.refusals.isEmpty());
		assertThat(this.refusals).anySatisfy((text) -> assertThat(text).contains("frame-ancestors 'none'"));
		// nothing of the atlas reached the frame: Chromium shows its own error page there
		System.out.println("Frame of a full page in another site: " + frame.url() + "; " + this.refusals);
		assertThat(frame.url()).as("the frame's address").doesNotStartWith(url(""));
		assertThat(frame.evaluate("() => document.querySelectorAll('#world-map, .site-nav, #main').length"))
			.isEqualTo(0);
	}

}
