package org.allianceatlas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import org.allianceatlas.web.CsvText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Drives Debian's Chromium through Playwright against the running application. Without
 * {@code /usr/bin/chromium} the tests are skipped, unless {@code CI} is set: then they
 * fail. Every page is watched for console errors, uncaught exceptions and failed
 * requests. The page of a failed test is saved as a screenshot under
 * {@code target/screenshots/}; with {@code -Datlas.screenshots=true} the views the tests
 * name are saved there too.
 */
@ExtendWith({ PageChecks.OneChromiumPerThread.class, PageChecks.ScreenshotOnFailure.class })
abstract class PageChecks {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	/** Whether {@link #screenshot} saves anything: off unless asked for. */
	static final boolean SCREENSHOTS_WANTED = Boolean.getBoolean("atlas.screenshots");

	/**
	 * How long the requests a page has started may take to finish. Each is a finite
	 * request to the local application (the pages hold no long-lived connections), so
	 * this bound only turns a hung request into a clear failure.
	 */
	static final int REQUESTS_TIMEOUT_MS = 30_000;

	/**
	 * One Playwright and one Chromium per test thread, shared by the browser classes that
	 * thread runs one after another: Playwright is not thread-safe, and a curation class
	 * runs beside the other browser classes (junit-platform.properties). Starting
	 * Playwright (it unpacks its driver each time) and Chromium took seconds per class.
	 * Each is closed when the whole run ends.
	 */
	private static final Map<Thread, Chromium> CHROMIUMS = new ConcurrentHashMap<>();

	Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	final List<String> problems = new ArrayList<>();

	/**
	 * Requests the page (or a frame of it) has started and that have neither finished nor
	 * failed yet, each with the number of its start. Playwright reports each request
	 * once, as the same object, so a map of them by identity is exact.
	 */
	private final Map<Request, Long> pending = new ConcurrentHashMap<>();

	private final AtomicLong started = new AtomicLong();

	/** The start number of the page's latest document request. */
	private volatile long document;

	/** The start number of the document request the main frame last committed. */
	private volatile long committed;

	@BeforeEach
	void openPage() {
		this.browser = CHROMIUMS.get(Thread.currentThread()).browser();
		this.context = this.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true));
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(20_000);
		this.page.onConsoleMessage((message) -> {
			// A 4xx/5xx response is judged by onResponse below (a test may expect one);
			// Chromium also logs it.
			if ("error".equals(message.type())
					&& !message.text().startsWith("Failed to load resource: the server responded")) {
				this.problems.add("console error: " + message.text());
			}
		});
		this.page.onPageError((error) -> this.problems.add("page error: " + error));
		this.page.onRequest((request) -> {
			long number = this.started.incrementAndGet();
			if (request.isNavigationRequest() && request.frame() == this.page.mainFrame()) {
				this.document = number;
			}
			if (!browsersOwnIcon(request)) {
				this.pending.put(request, number);
			}
		});
		this.page.onRequestFinished(this.pending::remove);
		// A document left while its requests were under way (a test's click or open that
		// navigates) ends them without Playwright reporting them finished or failed.
		// Every
		// request started before the next document commits, other than that document's
		// own, belongs to the one left, even one started after the navigation began (a
		// timer of the old page firing meanwhile): at the commit they are no longer
		// waited
		// for. A navigation within the document (the explorer's history.replaceState)
		// starts no document request and drops nothing.
		this.page.onFrameNavigated((frame) -> {
			long current = this.document;
			if (frame == this.page.mainFrame() && current != this.committed) {
				this.committed = current;
				this.pending.values().removeIf((number) -> number != current);
			}
		});
		this.page.onRequestFailed((request) -> {
			this.pending.remove(request);
			this.problems.add("request failed: " + request.url() + " " + request.failure());
		});
		this.page.onResponse((response) -> {
			if (response.status() >= 400 && !this.expectedStatus(response.url(), response.status())) {
				this.problems.add("HTTP " + response.status() + ": " + response.url());
			}
		});
	}

	@AfterEach
	void closePage() {
		if (this.context != null) {
			this.context.close();
		}
	}

	/**
	 * Chromium's own request for the tab's icon (resource type "other", unlike the page's
	 * images): when the page is left before it ends, Playwright reports it neither
	 * finished nor failed, so it is not waited for. Its response is still checked.
	 */
	private static boolean browsersOwnIcon(Request request) {
		return "other".equals(request.resourceType()) && request.url().contains("/favicon.");
	}

	/** A test that opens a 404 or a bad-parameter page on purpose says so here. */
	boolean expectedStatus(String url, int status) {
		return false;
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Opens the page and waits until it is ready to be read: its load event (the server's
	 * markup parsed and its scripts run, so every chart drawn from its data attribute is
	 * drawn), every request started until then finished, and what the page's scripts
	 * build after requests of their own: the explorer's first view
	 * ({@code data-explorer-ready}, set by explorer.js) and the map's shapes (its chart
	 * has its geography once the shapes file is read).
	 */
	void open(String path) {
		this.page.navigate(url(path));
		waitForRequests();
		this.page.waitForFunction("""
				() => {
				  if (document.getElementById('cy') && !document.body.dataset.explorerReady) return false;
				  const map = document.getElementById('world-map');
				  return !map || !map.dataset.chart || Boolean(echarts.getInstanceByDom(map)?.getOption()?.geo);
				}""");
	}

	/**
	 * Waits until every request the page has started so far has finished or failed, so
	 * that a failure or an error status arriving late is among the problems. Not a wait
	 * for a quiet network: requests started later are not waited for.
	 */
	void waitForRequests() {
		try {
			this.page.waitForCondition(this.pending::isEmpty,
					new Page.WaitForConditionOptions().setTimeout(REQUESTS_TIMEOUT_MS));
		}
		catch (PlaywrightException ex) {
			fail("requests still unfinished after " + REQUESTS_TIMEOUT_MS + " ms (document #" + this.document + "): "
					+ this.pending.entrySet().stream().map(PageChecks::described).toList(), ex);
		}
	}

	/**
	 * A pending request as a failure names it: its start number against the document's,
	 * its address and, for a GraphQL request, the start of its query.
	 */
	private static String described(Map.Entry<Request, Long> entry) {
		Request request = entry.getKey();
		String body = request.postData();
		return "#" + entry.getValue() + " " + request.method() + " " + request.url()
				+ ((body != null) ? " " + body.substring(0, Math.min(body.length(), 80)) : "");
	}

	/**
	 * A full-page screenshot under {@code target/screenshots/}, with
	 * {@code -Datlas.screenshots=true} only.
	 */
	void screenshot(String name) {
		if (SCREENSHOTS_WANTED) {
			save(name, true);
		}
	}

	/** The first screen only, under the same rule. */
	void firstScreen(String name) {
		if (SCREENSHOTS_WANTED) {
			save(name, false);
		}
	}

	private void save(String name, boolean fullPage) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(fullPage));
	}

	/**
	 * No console error, page error, failed request or unexpected error status, counting
	 * those of requests still under way when the test's last step is done.
	 */
	void assertClean() {
		waitForRequests();
		assertThat(this.problems).as("console errors and failed requests").isEmpty();
	}

	/**
	 * The text of each cell of the rows (a selector), trimmed, white space collapsed,
	 * without the "Suggest a change" links a row carries (an action on the row, not a
	 * value of it).
	 */
	@SuppressWarnings("unchecked")
	List<List<String>> table(String rows) {
		return (List<List<String>>) this.page.evaluate("(s) => [...document.querySelectorAll(s)].map((tr) => "
				+ "[...tr.cells].map((c) => { const v = c.cloneNode(true); v.querySelectorAll('a.suggest')"
				+ ".forEach((a) => a.remove()); return v.textContent.replace(/\\s+/g, ' ').trim(); }))", rows);
	}

	/**
	 * Clicks the CSV link or button, checks the download's name and reads it back as a
	 * spreadsheet would.
	 */
	List<List<String>> csv(String link, String name) throws IOException {
		Download download = this.page.waitForDownload(() -> this.page.locator(link).click());
		assertThat(download.suggestedFilename()).isEqualTo(name);
		return CsvText.parse(Files.readString(download.path()));
	}

	/** Number of SVG shapes an ECharts chart drew inside the element. */
	int shapes(String selector) {
		return ((Number) this.page
			.evaluate("(s) => document.querySelectorAll(s + ' svg path, ' + s + ' svg rect').length", selector))
			.intValue();
	}

	/** Number of data items of an ECharts series, read from the chart instance itself. */
	int seriesItems(String selector, int series) {
		return ((Number) this.page.evaluate(
				"([s, i]) => echarts.getInstanceByDom(document.querySelector(s)).getOption().series[i].data.length",
				List.of(selector, series)))
			.intValue();
	}

	/**
	 * After a test that failed, before its page is closed: a full-page screenshot of it,
	 * {@code target/screenshots/failed-<class>-<test>.png}, whatever
	 * {@code atlas.screenshots} says, for finding out what went wrong (on CI too).
	 */
	static final class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext context) {
			if (context.getExecutionException().isEmpty()
					|| !(context.getTestInstance().orElse(null) instanceof PageChecks checks) || checks.page == null
					|| checks.page.isClosed()) {
				return;
			}
			try {
				checks.save("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName(), true);
			}
			catch (RuntimeException ex) {
				// the test's own failure is what counts; a page that can no longer be
				// drawn must not hide it
				System.err.println("No screenshot of the failed test: " + ex);
			}
		}

	}

	/**
	 * Before a browser class, the Chromium of its thread, started by the first browser
	 * class on that thread. Without {@code /usr/bin/chromium} the class is skipped, or
	 * fails when {@code CI} is set.
	 */
	static final class OneChromiumPerThread implements BeforeAllCallback {

		private static final ExtensionContext.Namespace RUN = ExtensionContext.Namespace
			.create(OneChromiumPerThread.class);

		@Override
		public void beforeAll(ExtensionContext context) {
			if (!Files.isExecutable(CHROMIUM)) {
				String reason = "Chromium is not installed at " + CHROMIUM + " (apt-get install chromium)";
				if (System.getenv("CI") != null) {
					fail(reason + "; CI is set, so the browser tests must run.");
				}
				Assumptions.abort(reason + "; browser tests skipped.");
			}
			// JUnit closes what the root store holds when the whole run ends
			context.getRoot().getStore(RUN).computeIfAbsent(Thread.currentThread(), Chromium::start, Chromium.class);
		}

	}

	/** Playwright and the Chromium it drives, for the browser classes of one thread. */
	record Chromium(Thread thread, Playwright playwright, Browser browser) implements AutoCloseable {

		static Chromium start(Thread thread) {
			Playwright playwright = Playwright.create();
			Chromium chromium = new Chromium(thread, playwright,
					playwright.chromium()
						.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
							.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
									"--disable-background-networking"))));
			CHROMIUMS.put(thread, chromium);
			return chromium;
		}

		@Override
		public void close() {
			CHROMIUMS.remove(this.thread);
			this.browser.close();
			this.playwright.close();
		}

	}

}
