package org.allianceatlas.trends;

import java.util.Locale;

/** Which count of a troop figure a trend follows. */
public enum TroopMeasure {

	ACTIVE, RESERVE, PARAMILITARY, TOTAL;

	/** The lower-case name the pages use ({@code active}). */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
