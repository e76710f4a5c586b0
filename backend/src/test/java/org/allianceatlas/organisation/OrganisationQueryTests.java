package org.allianceatlas.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.GraphQlErrors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

@AtlasTest
class OrganisationQueryTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void organisationByAbbreviationWithItsDetails() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ organisation(abbreviation: "CSTO") {
				    abbreviation name founded headquarters
				    names { value language }
				    bodies { key name organisation { abbreviation } }
				    predecessor { organisation { abbreviation } date sources { key } }
				    sources { key }
				} }""").execute();
		response.path("organisation.abbreviation").entity(String.class).isEqualTo("CSTO");
		response.path("organisation.founded").entity(String.class).isEqualTo("2002-10-07");
		response.path("organisation.names[*].value").entityList(String.class).contains("ОДКБ");
		response.path("organisation.bodies[*].organisation.abbreviation")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).isNotEmpty().allMatch("CSTO"::equals));
		response.path("organisation.predecessor.organisation.abbreviation").entity(String.class).isEqualTo("CST");
		response.path("organisation.predecessor.sources").entityList(Object.class).hasSizeGreaterThan(0);
	}

	@Test
	void successorOfTheTreatyIsTheOrganisation() {
		this.graphQl.document("{ organisation(abbreviation: \"CST\") { successor { organisation { abbreviation } } } }")
			.execute()
			.path("organisation.successor.organisation.abbreviation")
			.entity(String.class)
			.isEqualTo("CSTO");
	}

	@Test
	void everyOrganisationIsListed() {
		this.graphQl.document("{ organisations { abbreviation } }")
			.execute()
			.path("organisations[*].abbreviation")
			.entityList(String.class)
			.contains("CST", "CSTO", "SCO", "CIS", "GUAM");
	}

	@Test
	void officeHoldersOverTimeAndOnADay() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ organisation(abbreviation: "CSTO") {
				    all: officeHolders { person { name } office from to sources { key } }
				    in2021: officeHolders(asOf: "2021-06-01") { office person { name nationality { iso3 } } }
				} }""").execute();
		response.path("organisation.all[*].person.name")
			.entityList(String.class)
			.contains("Nikolai Bordyuzha", "Stanislav Zas");
		response.path("organisation.in2021[?(@.office == 'Secretary General')].person.name")
			.entityList(String.class)
			.containsExactly("Stanislav Zas");
		response.path("organisation.in2021[?(@.office == 'Secretary General')].person.nationality[0].iso3")
			.entityList(String.class)
			.containsExactly("BLR");
	}

	@Test
	void troopTotalsPerYearAcrossMembers() {
		this.graphQl.document("{ organisation(abbreviation: \"CSTO\") { troopTotals { year active states } } }")
			.execute()
			.path("organisation.troopTotals[?(@.year == 2020)].states")
			.entityList(Integer.class)
			.containsExactly(6);
	}

	@Test
	void eventsOfAnOrganisation() {
		this.graphQl.document("{ organisation(abbreviation: \"CSTO\") { events { key date } } }")
			.execute()
			.path("organisation.events")
			.entityList(Object.class)
			.hasSizeGreaterThan(5);
	}

	@Test
	void competingClaimsOnTheOrganisationComeBackWithTheirSources() {
		this.graphQl.document("{ organisation(abbreviation: \"CSTO\") { claims { field value sources { key } } } }")
			.execute()
			.path("organisation.claims[?(@.field == 'observers')].sources[*].key")
			.entityList(String.class)
			.contains("wikipedia-csto", "rozen-bakher-csto");
	}

	@Test
	void unknownAbbreviationIsNullAndNotFound() {
		GraphQlTester.Response response = this.graphQl.document("{ organisation(abbreviation: \"NOPE\") { name } }")
			.execute();
		GraphQlErrors.expectError(response, ErrorType.NOT_FOUND, "abbreviation");
		response.path("organisation").valueIsNull();
	}

	@Test
	void bodiesKnowTheirOrganisation() {
		List<Owned> organisations = this.graphQl
			.document("{ organisations { abbreviation bodies { name organisation { abbreviation } state { iso3 } } } }")
			.execute()
			.path("organisations")
			.entityList(Owned.class)
			.get();
		assertThat(organisations.stream().flatMap(o -> o.bodies().stream()).map(Owned.Body::name))
			.contains("Secretariat");
		for (Owned organisation : organisations) {
			assertThat(organisation.bodies()).allSatisfy(body -> {
				assertThat(body.organisation()).as(body.name()).isNotNull();
				assertThat(body.organisation().abbreviation()).as(body.name()).isEqualTo(organisation.abbreviation());
				assertThat(body.state()).as(body.name()).isNull();
			});
		}
	}

	/** An organisation and the owners its bodies report. */
	record Owned(String abbreviation, List<Body> bodies) {

		record Body(String name, Ref organisation, Map<String, Object> state) {
		}

		record Ref(String abbreviation) {
		}

	}

}
