package org.allianceatlas.troops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.allianceatlas.graphql.Batches;
import org.allianceatlas.graphql.ReadAlong;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Claim;
import org.allianceatlas.source.Facts;
import org.allianceatlas.source.Source;
import org.allianceatlas.state.State;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

/**
 * Troop figures. A figure no source dates (year null) is never returned as a
 * {@code TroopFigure}, whose {@code year} is non-null, but as an
 * {@code UndatedTroopFigure} from the undated fields.
 */
@Controller
class TroopController {

	/** The loader of the sources of figures read without them. */
	private static final String SOURCES = "TroopFigure.sources";

	private final TroopService troops;

	private final Facts facts;

	TroopController(TroopService troops, Facts facts, BatchLoaderRegistry registry) {
		this.troops = troops;
		this.facts = facts;
		ReadAlong.<TroopFigure, List<Source>>loader(registry, SOURCES,
				(list) -> facts.sourcesFor(NodeKind.TROOP_FIGURE, list, TroopFigure::key));
	}

	/**
	 * A figure's sources, dated or not: those read with it (a state's figures), and one
	 * query for those of figures read without them (the loader registered above).
	 */
	@Component
	static class SourcesWiring extends ReadAlong.Wiring<TroopFigure, List<Source>> {

		SourcesWiring() {
			super("sources", SOURCES, TroopFigure::sources, "TroopFigure", "UndatedTroopFigure");
		}

	}

	@QueryMapping
	List<TroopFigure> troopFigures(@Argument String organisation, @Argument Integer year) {
		return this.troops.dated(organisation, year);
	}

	@QueryMapping
	List<TroopFigure> undatedTroopFigures(@Argument String organisation) {
		return this.troops.undated(organisation);
	}

	@BatchMapping(typeName = "State")
	Map<State, List<TroopFigure>> troopFigures(List<State> states) {
		return ofStates(states, TroopFigure::dated);
	}

	@BatchMapping(typeName = "State")
	Map<State, List<TroopFigure>> undatedTroopFigures(List<State> states) {
		return ofStates(states, figure -> !figure.dated());
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<TroopTotal>> troopTotals(List<Organisation> list) {
		return Batches.byKey(list, Organisation::abbreviation,
				this.troops.totals(Batches.keys(list, Organisation::abbreviation)));
	}

	@BatchMapping(typeName = "TroopFigure", field = "claims")
	Map<TroopFigure, List<Claim>> claims(List<TroopFigure> list) {
		return this.facts.claimsFor(NodeKind.TROOP_FIGURE, list, TroopFigure::key);
	}

	@BatchMapping(typeName = "UndatedTroopFigure", field = "claims")
	Map<TroopFigure, List<Claim>> undatedClaims(List<TroopFigure> list) {
		return claims(list);
	}

	private Map<State, List<TroopFigure>> ofStates(List<State> states, Predicate<TroopFigure> which) {
		Map<String, List<TroopFigure>> figures = this.troops
			.ofStatesWithSources(states.stream().map(State::iso3).distinct().toList());
		Map<State, List<TroopFigure>> result = new LinkedHashMap<>();
		states.forEach(s -> result.put(s, figures.getOrDefault(s.iso3(), List.of()).stream().filter(which).toList()));
		return result;
	}

}
