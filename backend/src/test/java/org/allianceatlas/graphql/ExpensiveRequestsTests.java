package org.allianceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

}
