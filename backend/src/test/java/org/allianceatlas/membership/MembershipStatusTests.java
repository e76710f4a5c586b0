package org.allianceatlas.membership;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A membership's status on a day, and periods, without a database. */
class MembershipStatusTests {

	private static final LocalDate FROM = LocalDate.of(2002, 10, 7);

	private static final LocalDate TO = LocalDate.of(2012, 12, 31);

	private static Membership membership(LocalDate validTo, String endStatus, List<StatusChange> changes,
			LocalDate day) {
		return new Membership("m", null, null, "MEMBER", null, "2002-10-07", null, FROM, validTo, endStatus, null,
				changes, day);
	}

	@Test
	void beforeItsStartAMembershipIsEndedAndFromItsFirstDayActive() {
		assertThat(membership(null, null, List.of(), FROM.minusDays(1)).status()).isEqualTo(MembershipStatus.ENDED);
		assertThat(membership(null, null, List.of(), FROM).status()).isEqualTo(MembershipStatus.ACTIVE);
	}

	@Test
	void afterItsEndItTakesItsEndStatus() {
		assertThat(membership(TO, null, List.of(), TO).status()).isEqualTo(MembershipStatus.ACTIVE);
		assertThat(membership(TO, null, List.of(), TO.plusDays(1)).status()).isEqualTo(MembershipStatus.ENDED);
		assertThat(membership(TO, "SUSPENDED", List.of(), TO.plusDays(1)).status())
			.isEqualTo(MembershipStatus.SUSPENDED);
	}

	@Test
	void aFreezeCountsOnlyWhileItHoldsAndOtherStagesLeaveItActive() {
		StatusChange frozen = new StatusChange("f", "FROZEN", "2024-02-23", null, LocalDate.of(2024, 2, 23), null,
				null);
		StatusChange withdrawing = new StatusChange("w", "WITHDRAWING", "2011", "2012", LocalDate.of(2011, 1, 1),
				LocalDate.of(2012, 12, 31), null);
		assertThat(membership(null, null, List.of(frozen), LocalDate.of(2024, 2, 22)).status())
			.isEqualTo(MembershipStatus.ACTIVE);
		assertThat(membership(null, null, List.of(frozen), LocalDate.of(2024, 2, 23)).status())
			.isEqualTo(MembershipStatus.FROZEN);
		assertThat(membership(null, null, List.of(withdrawing), LocalDate.of(2012, 6, 1)).status())
			.isEqualTo(MembershipStatus.ACTIVE);
	}

	@Test
	void periodsIncludeBothEndsAndAMissingEndIsOpen() {
		assertThat(Periods.covers(FROM, TO, FROM)).isTrue();
		assertThat(Periods.covers(FROM, TO, TO)).isTrue();
		assertThat(Periods.covers(FROM, TO, TO.plusDays(1))).isFalse();
		assertThat(Periods.covers(FROM, null, LocalDate.of(2999, 1, 1))).isTrue();
		assertThat(Periods.covers(null, TO, LocalDate.of(1900, 1, 1))).isTrue();
	}

}
