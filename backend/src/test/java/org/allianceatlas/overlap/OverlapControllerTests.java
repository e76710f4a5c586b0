package org.allianceatlas.overlap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.graphql.GraphQlSlice;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.BDDMockito.given;

/**
 * The overlap controller alone: arguments passed on, the table's cells listed in table
 * order.
 */
@GraphQlTest(OverlapController.class)
@Order(1) // first of all: its slice context starts before the others
			// (junit-platform.properties)
@Import(GraphQlSlice.class)
class OverlapControllerTests {

	private static final List<String> FOUR = List.of("CSTO", "SCO", "CIS", "GUAM");

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	OverlapService overlap;

	@Test
	void theTableDefaultsToTheFourOrganisationsAndListsEachRowsCellsInTableOrder() {
		LocalDate day = LocalDate.of(2024, 6, 1);
		Map<String, OverlapTable.Cell> cells = new LinkedHashMap<>();
		cells.put("CSTO", new OverlapTable.Cell("CSTO", "MEMBER", null, "FROZEN", "1994-04-20", null, "m-arm-csto"));
		cells.put("CIS", new OverlapTable.Cell("CIS", "MEMBER", null, "ACTIVE", "1991-12-21", null, "m-arm-cis"));
		given(this.overlap.table(FOUR, day)).willReturn(new OverlapTable(day, FOUR,
				List.of(new OverlapTable.StateRow("ARM", "Armenia", cells)), List.of(),
				List.of(new OverlapTable.Intersection("CSTO ∩ CIS", List.of("CSTO", "CIS"), List.of("Armenia")))));

		GraphQlTester.Response response = this.graphQl.document(
				"""
						{ overlapTable(asOf: "2024-06-01") {
						    day organisations rows { iso3 cells { organisation role status } } intersections { label states } } }""")
			.execute();
		response.path("overlapTable.organisations")
			.entityList(String.class)
			.containsExactly("CSTO", "SCO", "CIS", "GUAM");
		response.path("overlapTable.rows[0].cells[*].organisation")
			.entityList(String.class)
			.containsExactly("CSTO", "CIS");
		response.path("overlapTable.rows[0].cells[0].status").entity(String.class).isEqualTo("FROZEN");
		response.path("overlapTable.intersections[0].states").entityList(String.class).containsExactly("Armenia");
	}

	@Test
	void organisationsAskedForArePassedOnAsGiven() {
		LocalDate day = LocalDate.of(2005, 1, 1);
		given(this.overlap.table(List.of("GUAM", "CIS"), day))
			.willReturn(new OverlapTable(day, List.of("GUAM", "CIS"), List.of(), List.of(), List.of()));
		this.graphQl
			.document("{ overlapTable(organisations: [\"GUAM\", \"CIS\"], asOf: \"2005-01-01\") { organisations } }")
			.execute()
			.path("overlapTable.organisations")
			.entityList(String.class)
			.containsExactly("GUAM", "CIS");
	}

}
