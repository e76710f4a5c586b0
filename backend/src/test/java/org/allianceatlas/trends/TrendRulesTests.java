package org.allianceatlas.trends;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.membership.StatusChange;
import org.allianceatlas.source.Source;
import org.allianceatlas.state.State;
import org.allianceatlas.troops.TroopFigure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grouping by role and status, and troop totals with their coverage, without a database.
 */
class TrendRulesTests {

	private static final State ARM = new State("ARM", "AM", "Armenia");

	private static final State BLR = new State("BLR", "BY", "Belarus");

	private static final State UZB = new State("UZB", "UZ", "Uzbekistan");

	private static final LocalDate DAY = LocalDate.of(2024, 12, 31);

	private static final Source IISS = new Source("iiss", "The Military Balance", null, "https://example.org", null,
			null, null);

	private static TroopFigure figure(String key, State state, int year, Integer active) {
		return new TroopFigure(key, state, year, active, null, null, null, null, null, false, null);
	}

	private static CoveredTroopTotal sum(List<State> members, Map<String, List<TroopFigure>> figures) {
		return TrendService.sum(null, 2020, DAY, TroopMeasure.ACTIVE, members, figures,
				Map.of("a", List.of(IISS), "b", List.of(IISS)));
	}

	@Test
	void aTotalSaysWhichMembersItCoversAndNamesTheOthers() {
		CoveredTroopTotal total = sum(List.of(ARM, BLR, UZB), Map.of("ARM", List.of(figure("a", ARM, 2020, 70600)),
				"BLR", List.of(figure("b", BLR, 2020, 85000)), "UZB", List.of(figure("c", UZB, 2019, 48000))));
		assertThat(total.value()).isEqualTo(155600L);
		assertThat(total.coveredMembers()).containsExactly(ARM, BLR);
		assertThat(total.missingMembers()).containsExactly(UZB);
		assertThat(total.isTotal()).isTrue();
		assertThat(total.complete()).isFalse();
		assertThat(total.coverage()).isEqualTo("covers 2 of 3 members; no figure for Uzbekistan");
		assertThat(total.sources()).containsExactly(IISS);
	}

	@Test
	void aSumOverOneMemberIsNotATotal() {
		CoveredTroopTotal one = sum(List.of(ARM, BLR), Map.of("ARM", List.of(figure("a", ARM, 2020, 70600))));
		assertThat(one.value()).isEqualTo(70600L);
		assertThat(one.isTotal()).isFalse();
		assertThat(one.coverage()).isEqualTo("Armenia only: not a total (1 of 2 members; no figure for Belarus)");
	}

	@Test
	void noFigureGivesNoValueRatherThanZero() {
		CoveredTroopTotal none = sum(List.of(ARM), Map.of("ARM", List.of(figure("a", ARM, 2020, null))));
		assertThat(none.value()).isNull();
		assertThat(none.coverage()).isEqualTo("no figure for any of the 1 members");
		assertThat(sum(List.of(), Map.of()).coverage()).isEqualTo("no members that year");
	}

	@Test
	void oneFigurePerMemberAndYearIsSummed() {
		CoveredTroopTotal total = sum(List.of(ARM),
				Map.of("ARM", List.of(figure("z", ARM, 2020, 42900), figure("a", ARM, 2020, 70600))));
		assertThat(total.value()).isEqualTo(70600L);
	}

	@Test
	void membershipsAreCountedByRoleAndTheirStatusThatDay() {
		StatusChange frozen = new StatusChange("f", "FROZEN", "2024-02-23", null, LocalDate.of(2024, 2, 23), null,
				null);
		Membership arm = new Membership("m1", ARM, null, "MEMBER", null, null, null, LocalDate.of(2002, 10, 7), null,
				null, null, List.of(frozen), DAY);
		Membership blr = new Membership("m2", BLR, null, "MEMBER", null, null, null, LocalDate.of(2002, 10, 7), null,
				null, null, List.of(), DAY);
		Membership uzb = new Membership("m3", UZB, null, "OBSERVER", null, null, null, LocalDate.of(2002, 10, 7), null,
				null, null, List.of(), DAY);
		List<MembershipYear.RoleCount> counts = TrendService.counts(List.of(uzb, arm, blr), DAY);
		assertThat(counts).extracting(MembershipYear.RoleCount::stack)
			.containsExactly("MEMBER", "MEMBER_FROZEN", "OBSERVER");
		assertThat(counts.get(0).states()).containsExactly(BLR);
		assertThat(counts.get(1).status()).isEqualTo(MembershipStatus.FROZEN);
		MembershipYear year = new MembershipYear(null, 2024, DAY, counts, List.of());
		assertThat(year.members()).isEqualTo(2);
		assertThat(year.total()).isEqualTo(3);
		// before the freeze Armenia is an active member
		assertThat(TrendService.counts(List.of(arm), LocalDate.of(2023, 12, 31)))
			.extracting(MembershipYear.RoleCount::stack)
			.containsExactly("MEMBER");
	}

}
