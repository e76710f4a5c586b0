package org.allianceatlas.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs a page's independent database reads at the same time, on a fixed pool of threads
 * shared by all pages ({@code atlas.pages.read-threads}, 8 by default). The pool bounds
 * how many page reads run at once, whatever the number of pages being served, so pages
 * cannot take every connection of the driver's pool from the API.
 * <p>
 * A task on the pool must never wait for another task (that could leave every thread
 * waiting for work queued behind it): chain dependent reads with {@code thenCompose} and
 * wait only on the request's own thread, with {@link #join}.
 * <p>
 * It is deliberately not an {@code Executor} bean: Spring Boot would then leave out its
 * own application task executor.
 */
@Component
class PageReads implements DisposableBean {

	private final ExecutorService pool;

	PageReads(@Value("${atlas.pages.read-threads:8}") int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("atlas.pages.read-threads must be at least 1, not " + threads);
		}
		this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("page-read-", 1).daemon().factory());
	}

	/** Starts one read at once on the pool. */
	<T> CompletableFuture<T> read(Supplier<T> read) {
		return CompletableFuture.supplyAsync(read, this.pool);
	}

	/**
	 * The result of a read, waited for on the request's thread; a failure is rethrown as
	 * the read raised it, so the pages' error handling sees the database's own exception.
	 */
	static <T> T join(CompletableFuture<T> read) {
		try {
			return read.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

}
