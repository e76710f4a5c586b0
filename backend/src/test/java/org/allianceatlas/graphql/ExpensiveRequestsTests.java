package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

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

	@Test
	void beyondItsPlacesAnExpensiveRequestIsRefusedAtOnceAndACheapOneStillRuns() {
		assertThat(this.expensive.running()).isZero();
		int taken = 0;
		while (this.expensive.tryEnter()) {
			taken++;
		}
		try {
			assertThat(taken).isEqualTo(1);
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
			for (int i = 0; i < taken; i++) {
				this.expensive.leave();
			}
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
		assertThat(this.expensive.tryEnter()).isTrue();
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
			this.expensive.leave();
		}
	}

}
