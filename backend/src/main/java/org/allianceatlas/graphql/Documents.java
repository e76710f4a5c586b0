package org.allianceatlas.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;

/**
 * Each query document is parsed and validated once, not at every request: the valid
 * documents seen lately are kept by their text in a Caffeine cache bounded by the total
 * length of their text, so that neither many documents nor long ones can fill the heap.
 * Documents with errors are not kept (they are answered with their errors each time).
 * <p>
 * Automatic persisted queries go through graphql-java's
 * {@code ApolloPersistedQuerySupport} first; when it needs a document parsed (a plain
 * request, or a hash sent with its text for the first time) it asks this cache, so a text
 * is parsed once whichever way it comes. The limits of a request are checked when it
 * executes ({@link RequestLimits}, {@link Limits}), so they apply to a cached document as
 * to a new one.
 */
final class Documents implements PreparsedDocumentProvider {

	private final PreparsedDocumentProvider persisted;

	private final Cache<String, PreparsedDocumentEntry> valid;

	/**
	 * @param persisted the automatic persisted queries kept by their hash
	 * @param maxTextLength most characters of document text kept together
	 */
	Documents(PersistedQueries persisted, long maxTextLength) {
		this.persisted = new ApolloPersistedQuerySupport(persisted);
		this.valid = Caffeine.newBuilder()
			.maximumWeight(maxTextLength)
			.<String, PreparsedDocumentEntry>weigher((text, entry) -> text.length())
			.build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return this.persisted.getDocumentAsync(input, (toParse) -> parsed(toParse, parseAndValidate));
	}

	private PreparsedDocumentEntry parsed(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		PreparsedDocumentEntry known = this.valid.getIfPresent(text);
		if (known != null) {
			return known;
		}
		// parsed outside the cache's lock; two requests of a new text may both parse it
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			this.valid.put(text, entry);
		}
		return entry;
	}

	/** Whether the parsed document of this text is kept. */
	boolean holds(String text) {
		return this.valid.getIfPresent(text) != null;
	}

	/** Documents kept now (after pending evictions). */
	long size() {
		this.valid.cleanUp();
		return this.valid.estimatedSize();
	}

}
