package org.allianceatlas.trends;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Trends over the years. Every nested value (states, organisations, sources) is read with
 * its parent in one pass by the service, so nothing below these fields goes back to the
 * database per item.
 */
@Controller
class TrendController {

	private final TrendService trends;

	TrendController(TrendService trends) {
		this.trends = trends;
	}

	@QueryMapping
	List<MembershipYear> membershipTrend(@Argument List<String> organisations, @Argument Integer from,
			@Argument Integer to) {
		return this.trends.membershipTrend(organisations, from, to);
	}

	@QueryMapping
	TroopTrend troopTrend(@Argument String iso3) {
		return this.trends.troopTrend(iso3);
	}

	@QueryMapping
	List<CoveredTroopTotal> troopTotals(@Argument String organisation, @Argument TroopMeasure measure,
			@Argument Integer year) {
		return this.trends.troopTotals(organisation, (measure != null) ? measure : TroopMeasure.ACTIVE, year);
	}

}
