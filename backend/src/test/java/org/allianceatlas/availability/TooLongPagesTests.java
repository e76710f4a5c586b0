package org.allianceatlas.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.allianceatlas.graphql.RequestTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 16, point 4: a page whose reads pass the request's deadline answers 503 with the
 * page that says it took too long, never a 500, and logs one line. It reads the output of
 * the whole test JVM, so no other test class runs beside it.
 */
@ExtendWith(OutputCaptureExtension.class)
@Isolated
class TooLongPagesTests {

	private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new SlowPage())
		.setControllerAdvice(new DatabaseUnavailablePages())
		.build());

	@Test
	void aPageThatTakesTooLongAnswers503WithItsOwnPage(CapturedOutput output) {
		assertThat(this.mvc.get().uri("/slow")).hasStatus(503)
			.hasViewName("error/too-long")
			.headers()
			.hasValue("Retry-After", "5");
		assertThat(output.getAll())
			.contains("Page /slow took too long: The request did not finish within its time " + "limit of 5 seconds")
			.doesNotContain("\tat ");
	}

	@RestController
	static class SlowPage {

		@GetMapping("/slow")
		String slow() {
			throw new RequestTimeoutException(Duration.ofSeconds(5));
		}

	}

}
