package org.allianceatlas.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationRepository;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.allianceatlas.state.State;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Shared members of organisations on a day: the list for several, and the pairwise matrix. */
@Controller
class OverlapController {

	private static final List<String> MEMBERS_ONLY = List.of("MEMBER");

	private final CypherQueries cypher;

	private final OrganisationRepository organisations;

	OverlapController(CypherQueries cypher, OrganisationRepository organisations) {
		this.cypher = cypher;
		this.organisations = organisations;
	}

	@QueryMapping
	List<State> overlap(@Argument List<String> organisations, @Argument LocalDate asOf,
			@Argument List<String> roles) {
		List<String> wanted = organisations.stream().distinct().toList();
		if (wanted.isEmpty()) {
			throw new BadArgumentException("organisations", "must list at least one organisation abbreviation");
		}
		requireAll(wanted);
		return this.cypher.rows("""
				MATCH (s:State)-[:HOLDS]->(m:Membership)-[:IN]->(o:Organisation)
				WHERE o.abbreviation IN $organisations AND m.role IN $roles AND %s
				WITH s, count(DISTINCT o) AS shared WHERE shared = size($organisations)
				RETURN s{.iso3, .iso2, .name} AS s ORDER BY s.name""".formatted(Periods.holds("m")),
				Params.of("organisations", wanted, "roles", rolesOrMembers(roles), "asOf", day(asOf)))
			.stream().map(r -> State.from(r.row("s"))).toList();
	}

	@QueryMapping
	List<OverlapCell> overlapMatrix(@Argument List<String> organisations, @Argument LocalDate asOf,
			@Argument List<String> roles) {
		List<String> wanted = (organisations == null) ? null : organisations.stream().distinct().toList();
		if (wanted != null) {
			if (wanted.isEmpty()) {
				throw new BadArgumentException("organisations",
						"must list at least one organisation abbreviation, or be left out for all");
			}
			requireAll(wanted);
		}
		Map<String, Organisation> byKey = new LinkedHashMap<>();
		Map<String, List<State>> members = new LinkedHashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH (o:Organisation) WHERE $organisations IS NULL OR o.abbreviation IN $organisations
				RETURN o{.*} AS organisation,
				       COLLECT { MATCH (s:State)-[:HOLDS]->(m:Membership)-[:IN]->(o)
				                 WHERE m.role IN $roles AND %s
				                 RETURN DISTINCT s{.iso3, .iso2, .name} AS s ORDER BY s.name } AS members
				ORDER BY o.abbreviation""".formatted(Periods.holds("m")),
				Params.of("organisations", wanted, "roles", rolesOrMembers(roles), "asOf", day(asOf)))) {
			Organisation organisation = Organisation.from(row.row("organisation"));
			byKey.put(organisation.abbreviation(), organisation);
			members.put(organisation.abbreviation(), row.rows("members").stream().map(State::from).toList());
		}
		List<String> order = (wanted != null) ? wanted : List.copyOf(byKey.keySet());
		List<OverlapCell> cells = new ArrayList<>();
		for (String row : order) {
			for (String column : order) {
				Set<String> columnMembers = new java.util.HashSet<>(members.get(column).stream().map(State::iso3).toList());
				List<State> shared = members.get(row).stream().filter(s -> columnMembers.contains(s.iso3())).toList();
				cells.add(new OverlapCell(byKey.get(row), byKey.get(column), shared.size(), shared));
			}
		}
		return cells;
	}

	private void requireAll(List<String> abbreviations) {
		List<String> found = this.organisations.existing(abbreviations);
		for (String abbreviation : abbreviations) {
			if (!found.contains(abbreviation)) {
				throw new NotFoundException("organisations", abbreviation, "organisation");
			}
		}
	}

	private static List<String> rolesOrMembers(List<String> roles) {
		return (roles == null || roles.isEmpty()) ? MEMBERS_ONLY : roles;
	}

	private static LocalDate day(LocalDate asOf) {
		return (asOf != null) ? asOf : LocalDate.now();
	}

	/** One cell of the overlap matrix. */
	record OverlapCell(Organisation row, Organisation column, int count, List<State> states) {
	}

}
