package org.allianceatlas.graphql;

import java.time.Duration;
import java.util.Locale;

/** Numbers and durations written for people, as limit errors show them. */
final class Words {

	private Words() {
	}

	/** 1,234,567 */
	static String number(long value) {
		return String.format(Locale.ENGLISH, "%,d", value);
	}

	/** "5 seconds", "1 second", "1.5 seconds", "800 milliseconds" */
	static String duration(Duration duration) {
		long millis = duration.toMillis();
		if (millis < 1000) {
			return millis + ((millis == 1) ? " millisecond" : " milliseconds");
		}
		if (millis % 1000 == 0) {
			long seconds = millis / 1000;
			return seconds + ((seconds == 1) ? " second" : " seconds");
		}
		return String.format(Locale.ENGLISH, "%.1f seconds", millis / 1000.0);
	}

}
