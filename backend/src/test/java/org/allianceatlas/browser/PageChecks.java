package org.allianceatlas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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
 * requests. A test that fails leaves a screenshot of its page under
 * {@code target/screenshots/}; the named screenshots the README shows are written there
 * only when {@code -Datlas.screenshots=true} is given, as a full-page screenshot of a
 * long page takes seconds.
 */
@ExtendWith({ PageChecks.OneChromiumPerThread.class, PageChecks.ScreenshotOnFailure.class })
abstract class PageChecks {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	/** Whether {@link #screenshot} writes its pictures (the README's come from them). */
	static final boolean SCREENSHOTS_WANTED = Boolean.getBoolean("atlas.screenshots");

	/**
	 * How long no request may have been under way before a page counts as loaded.
	 * Playwright's own "networkidle" waits 500 ms after the last one, on every page, even
	 * when nothing was fetched after the load event; that was about a third of a minute
	 * per browser class.
	 */
	static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(150);

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
	 * Requests of the page not yet finished or failed. Playwright calls the listeners on
	 * the test's own thread, while the test waits in one of its calls.
	 */
	private final Set<Request> underWay = new HashSet<>();

	/** When the page last started or ended a request ({@link System#nanoTime}). */
	private long lastTraffic;

	@BeforeEach
	void openPage() {
		this.browser = CHROMIUMS.get(Thread.currentThread()).browser();
		this.context = this.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true));
		watch(this.context.newPage());
	}

	/** Makes the page the test's page, watched for problems and for its requests. */
	void watch(Page page) {
		this.page = page;
		this.underWay.clear();
		this.lastTraffic = System.nanoTime();
		this.page.setDefaultTimeout(20_000);
		this.page.onRequest((request) -> {
			this.underWay.add(request);
			this.lastTraffic = System.nanoTime();
		});
		this.page.onRequestFinished((request) -> {
			this.underWay.remove(request);
			this.lastTraffic = System.nanoTime();
		});
		this.page.onConsoleMessage((message) -> {
			// A 4xx/5xx response is judged by onResponse below (a test may expect one);
			// Chromium also logs it.
			if ("error".equals(message.type())
					&& !message.text().startsWith("Failed to load resource: the server responded")) {
				this.problems.add("console error: " + message.text());
			}
		});
		this.page.onPageError((error) -> this.problems.add("page error: " + error));
		this.page.onRequestFailed((request) -> {
			this.underWay.remove(request);
			this.lastTraffic = System.nanoTime();
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

	/** A test that opens a 404 or a bad-parameter page on purpose says so here. */
	boolean expectedStatus(String url, int status) {
		return false;
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Opens the page and waits until it has loaded and fetched what it fetches. */
	void open(String path) {
		this.page.navigate(url(path));
		waitForQuietNetwork();
	}

	/**
	 * Waits until no request of the page has been under way for {@link #QUIET_NANOS},
	 * then for the page's scripts to finish their current task and a frame to be drawn.
	 * Like Playwright's "networkidle", with a shorter quiet spell: what a page fetches
	 * after loading (the map's shapes, the explorer's graph) starts at once, and a test
	 * that waits for a later change waits for that change itself.
	 */
	void waitForQuietNetwork() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			long quietFor = System.nanoTime() - this.lastTraffic;
			if (this.underWay.isEmpty() && quietFor >= QUIET_NANOS) {
				break;
			}
			if (System.nanoTime() > deadline) {
				fail("requests still under way after a minute: " + this.underWay.stream().map(Request::url).toList());
			}
			// waiting in Playwright lets it deliver the request events meanwhile
			this.page.waitForTimeout(
					this.underWay.isEmpty() ? Math.max(10, TimeUnit.NANOSECONDS.toMillis(QUIET_NANOS - quietFor)) : 20);
		}
		this.page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done)))");
	}

	/**
	 * A full-page screenshot under {@code target/screenshots/}, when
	 * {@code -Datlas.screenshots=true} asks for them.
	 */
	void screenshot(String name) {
		screenshot(name, true);
	}

	void screenshot(String name, boolean fullPage) {
		if (SCREENSHOTS_WANTED) {
			save(name, fullPage);
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

	void assertClean() {
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

	/**
	 * Taps the Cytoscape element the script returns, as a click on it would. The script's
	 * value is not sent back: {@code emit} returns the element, and Playwright copied it
	 * whole, with the Cytoscape instance it points to, which took a quarter of a minute.
	 */
	void tap(String element) {
		this.page.evaluate("() => { (" + element + ")().emit('tap'); }");
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

	/**
	 * After a test that failed, before its page is closed, a screenshot of the page as it
	 * was, named after the class and the test.
	 */
	static final class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext context) {
			if (context.getExecutionException().isEmpty()
					|| !(context.getRequiredTestInstance() instanceof PageChecks checks) || checks.page == null
					|| checks.page.isClosed()) {
				return;
			}
			try {
				checks.save("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName(), true);
			}
			catch (RuntimeException ex) {
				// the failure itself is what the report must show
				context.getExecutionException().get().addSuppressed(ex);
			}
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
