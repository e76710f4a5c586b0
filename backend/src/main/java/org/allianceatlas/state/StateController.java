package org.allianceatlas.state;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.membership.MembershipLookahead;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Claim;
import org.allianceatlas.source.Facts;
import org.allianceatlas.source.Name;
import org.allianceatlas.source.Source;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** States by ISO code, pages of states, and their names and sources. */
@Controller
class StateController {

	private final StateService states;

	private final Facts facts;

	private final MembershipLookahead lookahead;

	StateController(StateService states, Facts facts, MembershipLookahead lookahead) {
		this.states = states;
		this.lookahead = lookahead;
		this.facts = facts;
	}

	@QueryMapping
	State state(@Argument String iso3, DataFetchingEnvironment env) {
		return this.lookahead.state(iso3, env).orElseThrow(() -> new NotFoundException("iso3", iso3, "state"));
	}

	@QueryMapping
	Paging.Connection<State> states(@Argument StateFilter.Where where, @Argument StateFilter.OrderBy orderBy,
			DataFetchingEnvironment env) {
		return this.lookahead.states(where, orderBy, env);
	}

	@BatchMapping(typeName = "State")
	Map<State, List<Name>> names(List<State> list) {
		return this.facts.namesFor(NodeKind.STATE, list, State::iso3);
	}

	@BatchMapping(typeName = "State")
	Map<State, List<Claim>> claims(List<State> list) {
		return this.facts.claimsFor(NodeKind.STATE, list, State::iso3);
	}

	@BatchMapping(typeName = "State")
	Map<State, List<Source>> sources(List<State> list) {
		return this.facts.sourcesFor(NodeKind.STATE, list, State::iso3);
	}

}
