package org.allianceatlas.overlap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Intersections and ordering of the overlap table, without a database. */
class OverlapServiceTests {

	private static OverlapTable.StateRow row(String name, String... roleStatusPerOrganisation) {
		Map<String, OverlapTable.Cell> cells = new LinkedHashMap<>();
		for (int i = 0; i < roleStatusPerOrganisation.length; i += 3) {
			cells.put(roleStatusPerOrganisation[i], new OverlapTable.Cell(roleStatusPerOrganisation[i],
					roleStatusPerOrganisation[i + 1], null, roleStatusPerOrganisation[i + 2], null, null, null));
		}
		return new OverlapTable.StateRow(name.substring(0, 3).toUpperCase(), name, cells);
	}

	@Test
	void intersectionsCountFullMembersThatHaveNotEndedLargestFirst() {
		List<OverlapTable.StateRow> rows = List.of(
				row("Armenia", "CSTO", "MEMBER", "FROZEN", "CIS", "MEMBER", "ACTIVE"),
				row("Belarus", "CSTO", "MEMBER", "ACTIVE", "CIS", "MEMBER", "ACTIVE"),
				row("China", "SCO", "MEMBER", "ACTIVE"), row("Mongolia", "SCO", "OBSERVER", "ACTIVE"),
				row("Georgia", "CIS", "MEMBER", "ENDED"));
		List<OverlapTable.Intersection> sets = OverlapService.intersections(rows, List.of("CSTO", "SCO", "CIS"));
		assertThat(sets).extracting(OverlapTable.Intersection::label).containsExactly("CSTO ∩ CIS", "SCO");
		assertThat(sets.getFirst().states()).containsExactly("Armenia", "Belarus");
	}

	@Test
	void fullMembershipsWeighTenTimesAnyOtherRole() {
		assertThat(OverlapService.strength(row("Armenia", "CSTO", "MEMBER", "FROZEN", "SCO", "PARTNER", "ACTIVE")))
			.isEqualTo(11);
	}

}
