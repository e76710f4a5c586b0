package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 16, point 2: expensive requests run a few at a time; one more is refused at once,
 * cheap ones run.
 */
@AtlasTest
class ExpensiveRequestsTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	ExpensiveRequests expensive;

	@Autowired
	MockMvcTester mvc;

	@Test
	void beyondItsPlacesAnExpensiveRequestIsRefusedAtOnceAndACheapOneStillRuns() {
		assertThat(this.expensive.running()).isZero();
		List<ExpensiveRequests.Place> taken = new ArrayList<>();
		for (ExpensiveRequests.Place place = this.expensive.tryEnter(); place != null; place = this.expensive
			.tryEnter()) {
			taken.add(place);
		}
		try {
			assertThat(taken).hasSize(1);
			long start = System.nanoTime();
			this.graphQl.document("{ neighbourhood(key: \"ARM\") { centre { key } } }")
				.execute()
				.errors()
				.satisfy(errors -> {
					assertThat(errors).hasSize(1);
					assertThat(errors.getFirst().getErrorType()).hasToString("BUSY");
					assertThat(errors.getFirst().getMessage()).startsWith("The service is busy with expensive requests")
						.contains("it runs at most 1 at once")
						.endsWith("Retry in a moment.");
				});
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
			this.graphQl.document("{ state(iso3: \"ARM\") { name } }")
				.execute()
				.path("state.name")
				.entity(String.class)
				.isEqualTo("Armenia");
		}
		finally {
			taken.forEach(ExpensiveRequests.Place::leave);
		}
		this.graphQl.document("{ neighbourhood(key: \"ARM\") { centre { key } } }")
			.execute()
			.path("neighbourhood.centre.key")
			.entity(String.class)
			.isEqualTo("ARM");
		assertThat(this.expensive.running()).as("places given back after each request").isZero();
	}

	@Test
	void aRequestOfATenthOfTheBudgetOrMoreIsExpensive() {
		ExpensiveRequests.Place place = this.expensive.tryEnter();
		assertThat(place).isNotNull();
		try {
			// 15 organisations x 60 memberships x about 200 for each, its sources and its
			// state's memberships
			this.graphQl
				.document("{ organisations { memberships { key sources { title } state { memberships { key "
						+ "sources { title } } } } } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getErrorType()).hasToString("BUSY")));
		}
		finally {
			place.leave();
		}
	}

	@Test
	void aDocumentWithALargeAnswerIsHeldBackFromThenOnWhileCheapRequestsCompete() throws InterruptedException {
		// within a tenth of the budget (about 29,000), but about 970 fields in its
		// answer;
		// the alias makes the document this test's own
		String fanOut = "{ largeAnswer: organisations { memberships { state { memberships { organisation { "
				+ "abbreviation } } } } } }";
		String small = "{ smallAnswer: organisations { abbreviation memberships { key } } }";
		this.graphQl.document(fanOut).execute().errors().verify();
		this.graphQl.document(small).execute().errors().verify();
		ExpensiveRequests.Place place = this.expensive.tryEnter();
		assertThat(place).isNotNull();
		try {
			// while cheap requests compete, it waits for a place like any expensive one
			this.graphQl.document("{ state(iso3: \"ARM\") { name } }").execute().errors().verify();
			this.graphQl.document(fanOut)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getErrorType()).hasToString("BUSY")));
			this.graphQl.document(small).execute().errors().verify();
			// alone (no cheap request for a second) it is not held back
			Thread.sleep(1_100);
			this.graphQl.document(fanOut).execute().errors().verify();
		}
		finally {
			place.leave();
		}
	}

	@Test
	void aBodyFoundExpensiveIsRefusedBeforeItIsReadWhileExpensiveRequestsAreRefused() throws Exception {
		// a document of this test's own, so that no other test has made it known
		String body = "{\"query\": \"{ early: neighbourhood(key: \\\"KAZ\\\", depth: 2) { nodes { key } } }\"}";
		ExpensiveRequests.Place place = this.expensive.tryEnter();
		assertThat(place).isNotNull();
		try {
			MvcTestResult first = post(body, null);
			assertThat(first.getResponse().getContentAsString()).contains("\"classification\":\"BUSY\"");
			assertThat(first.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
			assertThat(first.getMvcResult().getHandler()).as("found expensive by the execution").isNotNull();
			MvcTestResult again = post(body, null);
			assertThat(again.getResponse().getStatus()).isEqualTo(200);
			assertThat(again.getResponse().getContentAsString()).contains("\"classification\":\"BUSY\"")
				.contains("The service is busy with expensive requests");
			assertThat(again.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
			assertThat(again.getMvcResult().getHandler()).as("refused before any handler read it").isNull();
			// a browser's request gets its refusal from the handler, with CORS headers
			MvcTestResult browser = post(body, "http://localhost:5173");
			assertThat(browser.getResponse().getContentAsString()).contains("\"classification\":\"BUSY\"");
			assertThat(browser.getMvcResult().getHandler()).isNotNull();
			assertThat(browser.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN))
				.isEqualTo("http://localhost:5173");
		}
		finally {
			place.leave();
		}
		// with the place free, the same body runs
		MvcTestResult free = post(body, null);
		assertThat(free.getResponse().getContentAsString()).contains("\"key\":\"KAZ\"").doesNotContain("errors");
		assertThat(free.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNull();
	}

	private MvcTestResult post(String body, String origin) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (origin != null) {
			request.header(HttpHeaders.ORIGIN, origin);
		}
		return request.exchange();
	}

}
