package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 2: a document is parsed and validated once, however it comes (plain or
 * as an automatic persisted query), and the documents kept are bounded by the length of
 * their text.
 */
class DocumentsTests {

	private static final String STATE = "{ state(iso3: \"ARM\") { name } }";

	private final AtomicInteger parses = new AtomicInteger();

	/**
	 * graphql-java's parse and validate step, counted; a document with "nope" is invalid.
	 */
	private final Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate = (input) -> {
		this.parses.incrementAndGet();
		return input.getQuery().contains("nope")
				? new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("Field 'nope' is unknown").build())
				: new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	private final Documents documents = new Documents(new PersistedQueries(10), 1000);

	@Test
	void aDocumentSentAgainIsNotParsedAgain() {
		PreparsedDocumentEntry first = get(plain(STATE));
		PreparsedDocumentEntry again = get(plain(STATE));
		assertThat(this.parses).hasValue(1);
		assertThat(again).isSameAs(first);
		get(plain("{ state(iso3: \"KAZ\") { name } }"));
		assertThat(this.parses).hasValue(2);
		assertThat(this.documents.size()).isEqualTo(2);
	}

	@Test
	void aDocumentWithErrorsIsNotKept() {
		assertThat(get(plain("{ nope }")).hasErrors()).isTrue();
		assertThat(get(plain("{ nope }")).hasErrors()).isTrue();
		assertThat(this.parses).hasValue(2);
		assertThat(this.documents.size()).isZero();
	}

	@Test
	void persistedQueriesAndPlainRequestsShareTheParsedDocuments() {
		get(plain(STATE));
		// the hash sent with its text for the first time, then the hash alone
		assertThat(get(persisted(STATE, STATE)).hasErrors()).isFalse();
		assertThat(get(persisted("PersistedQueryMarker", STATE)).hasErrors()).isFalse();
		assertThat(this.parses).as("parsed once for all three").hasValue(1);
		// and the other way round
		String other = "{ state(iso3: \"UZB\") { name } }";
		get(persisted(other, other));
		get(plain(other));
		assertThat(this.parses).hasValue(2);
		// a new hash that is not the text's is still refused
		assertThat(get(persisted("{ state(iso3: \"TJK\") { name } }", "{ state(iso3: \"TKM\") { name } }")).getErrors())
			.singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isInstanceOf(PersistedQueryIdInvalid.class));
	}

	@Test
	void theDocumentsKeptAreBoundedByTheLengthOfTheirText() {
		for (int i = 0; i < 100; i++) {
			get(plain("{ state(iso3: \"A" + i + "\") { name } }"));
		}
		// 1000 characters kept at most: 30 or so of these, never all
		assertThat(this.documents.size()).isBetween(1L, 1000L / STATE.length());
		// a document longer than the whole bound is never kept
		Documents small = new Documents(new PersistedQueries(10), STATE.length() - 1);
		small.getDocumentAsync(plain(STATE), this.parseAndValidate).join();
		assertThat(small.size()).isZero();
	}

	private PreparsedDocumentEntry get(ExecutionInput input) {
		return this.documents.getDocumentAsync(input, this.parseAndValidate).join();
	}

	private static ExecutionInput plain(String text) {
		return ExecutionInput.newExecutionInput(text).build();
	}

	/** An automatic persisted query with the hash of {@code hashed} and this text. */
	private static ExecutionInput persisted(String text, String hashed) {
		return ExecutionInput.newExecutionInput(text)
			.extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(hashed))))
			.build();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
