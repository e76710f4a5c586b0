package org.allianceatlas.troops;

import java.util.List;

import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourcedClaim;
import org.allianceatlas.state.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The troop table's rules, without a database. */
class TroopServiceTests {

	private static final State ARMENIA = new State("ARM", "AM", "Armenia");

	private static final State BELARUS = new State("BLR", "BY", "Belarus");

	private static TroopFigure figure(State state, int year, Integer active, Integer total, Double perThousandTotal) {
		return new TroopFigure(state.iso3() + year + active, state, year, active, null, null, total, perThousandTotal,
				null, false, null);
	}

	@Test
	void theDefaultYearIsTheLatestOfTheYearsWithTheMostStates() {
		List<TroopFigure> figures = List.of(figure(ARMENIA, 2019, 1, 1, null), figure(BELARUS, 2019, 1, 1, null),
				figure(ARMENIA, 2020, 1, 1, null), figure(BELARUS, 2020, 1, 1, null),
				figure(ARMENIA, 2021, 1, 1, null));
		assertThat(TroopService.defaultYear(figures)).isEqualTo(2020);
		assertThat(TroopService.defaultYear(List.of())).isNull();
	}

	@Test
	void perThousandSharesTheSourcesTotalOutInProportion() {
		assertThat(TroopService.perThousand(70600L, 284900L, 93.6)).isEqualTo(23.2);
		assertThat(TroopService.perThousand(null, 284900L, 93.6)).isNull();
		assertThat(TroopService.perThousand(70600L, 0L, 93.6)).isNull();
		assertThat(TroopService.perThousand(70600L, 284900L, null)).isNull();
	}

	@Test
	void aClaimWithAnotherCountBecomesACompetingRowAndOneWithTheSameCountDoesNot() {
		Source source = new Source("s", "Another count", null, null, null, null, null);
		TroopFigure armenia = figure(ARMENIA, 2020, 70600, 284900, 93.6);
		List<TroopTable.Row> rows = TroopService.rows(armenia, false, List.of(),
				List.of(new SourcedClaim("c1", "active", "about 42,900", true, null, List.of(source)),
						new SourcedClaim("c2", "active", "70600", false, null, List.of()),
						new SourcedClaim("c3", "edition", "2021", false, null, List.of())));
		assertThat(rows).extracting(TroopTable.Row::kind).containsExactly("primary", "competing");
		TroopTable.Row competing = rows.get(1);
		assertThat(competing.claimField()).isEqualTo("active");
		assertThat(competing.active()).isEqualTo(42900L);
		assertThat(competing.total()).isNull();
		assertThat(competing.sourceTitles()).isEqualTo("Another count");
		assertThat(rows.getFirst().activePerThousand()).isEqualTo(23.2);
	}

	@Test
	void aSecondFigureForTheSameStateAndYearIsCompeting() {
		assertThat(TroopService.rows(figure(ARMENIA, 2020, 1, 1, null), true, List.of(), List.of()))
			.extracting(TroopTable.Row::kind)
			.containsExactly("competing");
	}

}
