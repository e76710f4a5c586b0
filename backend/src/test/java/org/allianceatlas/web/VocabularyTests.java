package org.allianceatlas.web;

import org.allianceatlas.graph.RelationshipKind;
import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.membership.Role;
import org.allianceatlas.membership.StatusStage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one vocabulary of the pages. */
class VocabularyTests {

	private final Vocabulary vocabulary = Vocabulary.INSTANCE;

	@Test
	void everyRoleStatusStageAndRelationshipHasALabelAndEveryRoleStatusAndStageAColour() {
		for (Enum<?>[] values : new Enum<?>[][] { Role.values(), MembershipStatus.values(), StatusStage.values(),
				RelationshipKind.values() }) {
			for (Enum<?> value : values) {
				assertThat(this.vocabulary.labels()).as(value.name()).containsKey(value.name());
			}
		}
		assertThat(this.vocabulary.swatches()).containsKeys("MEMBER", "PARTNER", "FROZEN", "WITHDRAWING");
		assertThat(this.vocabulary.roles()).containsExactly("MEMBER", "ASSOCIATE_MEMBER", "OBSERVER",
				"PARLIAMENTARY_OBSERVER", "PARTNER", "PARTICIPANT");
		assertThat(this.vocabulary.labels()).containsEntry("WITHDRAWING", "Withdrawing (notice given)");
		assertThat(this.vocabulary.nodeKinds()).containsExactly("STATE", "ORGANISATION", "BODY", "PERSON", "EVENT");
		assertThat(this.vocabulary.swatches()).containsKeys("STATE", "EVENT", "PART_OF").doesNotContainKey("MEMBER_OF");
	}

	@Test
	void theStylesheetHasAClassPerRoleAndStatus() {
		assertThat(this.vocabulary.css())
			.contains(".r-MEMBER { background: #0072b2; color: #fff; }",
					".s-FROZEN { background: #cc79a7; color: #000; }", ".s-REPRESENTATIVES_RECALLED {")
			.doesNotContain(".s-STATE", ".s-PART_OF");
	}

	@Test
	void theJsonCannotCloseTheScriptElementItIsWrittenInto() {
		assertThat(this.vocabulary.json()).contains("\"MEMBER\":\"Member\"");
		assertThat(Vocabulary.scriptSafe("{\"a\":\"</script><b>&amp;\"}"))
			.isEqualTo("{\"a\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\"}");
	}

}
