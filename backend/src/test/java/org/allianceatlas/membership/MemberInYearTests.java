package org.allianceatlas.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which memberships count in a year, without a database. */
class MemberInYearTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	private final MembershipService service = new MembershipService(null,
			Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

	private static Membership membership(String key, LocalDate from, LocalDate to) {
		return new Membership(key, null, null, "MEMBER", null, null, null, from, to, null, null, List.of(), TODAY);
	}

	@Test
	void aYearIsCountedOnItsLastDayAndTheCurrentYearToday() {
		assertThat(this.service.dayOfYear(1994)).isEqualTo(LocalDate.of(1994, 12, 31));
		assertThat(this.service.dayOfYear(2024)).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(this.service.dayOfYear(2025)).isEqualTo(TODAY);
	}

	@Test
	void aMembershipCountsInAYearWhenItHoldsOnThatDay() {
		Membership joinedInApril = membership("a", LocalDate.of(1994, 4, 20), LocalDate.of(2002, 10, 7));
		Membership leftInJune = membership("b", LocalDate.of(2006, 8, 16), LocalDate.of(2012, 6, 28));
		Membership joinsLaterThisYear = membership("c", LocalDate.of(2025, 7, 1), null);
		Membership undated = membership("d", null, null);
		List<Membership> all = List.of(joinedInApril, leftInJune, joinsLaterThisYear, undated);
		assertThat(this.service.heldInYear(all, 1993)).isEmpty();
		assertThat(this.service.heldInYear(all, 1994)).containsExactly(joinedInApril);
		// ended on 7 October 2002: not a member on 31 December
		assertThat(this.service.heldInYear(all, 2002)).isEmpty();
		assertThat(this.service.heldInYear(all, 2011)).containsExactly(leftInJune);
		assertThat(this.service.heldInYear(all, 2012)).isEmpty();
		// counted on today, 1 June, before it starts; an undated claim holds on no day
		assertThat(this.service.heldInYear(all, 2025)).isEmpty();
	}

	@Test
	void theJavaRuleIsTheQueriesRule() {
		LocalDate day = LocalDate.of(2000, 1, 1);
		assertThat(Periods.membershipHolds(null, null, day)).isFalse();
		assertThat(Periods.membershipHolds(day, null, day)).isTrue();
		assertThat(Periods.membershipHolds(null, day, day)).isTrue();
		assertThat(Periods.membershipHolds(day.plusDays(1), null, day)).isFalse();
		assertThat(Periods.membershipHolds(null, day.minusDays(1), day)).isFalse();
	}

}
