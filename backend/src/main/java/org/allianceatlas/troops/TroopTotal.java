package org.allianceatlas.troops;

/** Summed forces of an organisation's members for one year. */
public record TroopTotal(int year, Integer active, Integer reserve, Integer paramilitary, Integer total, int states,
		boolean approximate) {
}
