package org.allianceatlas.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;

/**
 * The parsed and validated documents of automatic persisted queries (Apollo's protocol,
 * read by graphql-java's {@code ApolloPersistedQuerySupport}), by their SHA-256 hash. It
 * holds at most a fixed number, forgetting the least recently used first, so clients
 * registering ever new documents cannot fill the heap; a forgotten one is simply asked
 * for again (PERSISTED_QUERY_NOT_FOUND). Documents that do not validate are not kept.
 */
final class PersistedQueries implements PersistedQueryCache {

	private final Map<Object, PreparsedDocumentEntry> documents;

	PersistedQueries(int capacity) {
		this.documents = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Object, PreparsedDocumentEntry> eldest) {
				return size() > capacity;
			}

		};
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object hash, ExecutionInput input,
			PersistedQueryCacheMiss onMiss) throws PersistedQueryNotFound {
		synchronized (this.documents) {
			PreparsedDocumentEntry known = this.documents.get(hash);
			if (known != null) {
				return CompletableFuture.completedFuture(known);
			}
		}
		String text = input.getQuery();
		if (text == null || text.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(text)) {
			throw new PersistedQueryNotFound(hash);
		}
		// parsed and validated outside the lock: another request may do the same
		// meanwhile
		PreparsedDocumentEntry parsed = onMiss.apply(text);
		if (!parsed.hasErrors()) {
			synchronized (this.documents) {
				this.documents.put(hash, parsed);
			}
		}
		return CompletableFuture.completedFuture(parsed);
	}

	int size() {
		synchronized (this.documents) {
			return this.documents.size();
		}
	}

}
