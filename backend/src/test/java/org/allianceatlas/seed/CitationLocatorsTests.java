package org.allianceatlas.seed;

import org.allianceatlas.AtlasTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A reader sees where in a document each fact is, for facts on nodes and on relationships
 * alike.
 */
@AtlasTest
class CitationLocatorsTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void aRelationshipsCitationCarriesItsOwnLocator() {
		this.graphQl.document("""
				{ source(key: "tass-politics-923635") { supports { relationship key targetKey note } } }""")
			.execute()
			.path("source.supports[?(@.relationship == 'HELD_OFFICE' && @.key == 'nikolai-bordyuzha')].note")
			.entityList(String.class)
			.containsExactly("opening paragraph: his term expired on 31 December 2016");
	}

	@Test
	void aNodesCitationCarriesItsLocator() {
		this.graphQl.document("""
				{ source(key: "prlib-619792") { title url supports { kind key note } } }""")
			.execute()
			.path("source.supports[?(@.key == 'cis-ukr-member-1991')].note")
			.entityList(String.class)
			.containsExactly(
					"opening paragraph: the heads of Russia, Belarus and Ukraine sign the agreement on 8 December 1991");
	}

	@Test
	void theCompilationIsNoLongerASource() {
		this.graphQl.document("{ source(key: \"atlas-reference-facts\") { key } }")
			.execute()
			.errors()
			.satisfy(errors -> Assertions.assertThat(errors).hasSize(1))
			.path("source")
			.valueIsNull();
	}

}
