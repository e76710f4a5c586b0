package org.allianceatlas;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** "Today" for the whole suite, so no test depends on the day it runs. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

	/** The suite's today. */
	public static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(Instant.parse(TODAY + "T12:00:00Z"), ZoneOffset.UTC);
	}

}
