package org.allianceatlas.overlap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.membership.Periods;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.Params;
import org.allianceatlas.query.Row;
import org.allianceatlas.state.State;
import org.springframework.stereotype.Repository;

/**
 * Members of organisations on a day, read for comparing organisations with each other.
 */
@Repository
class OverlapRepository {

	private final CypherQueries cypher;

	OverlapRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	/**
	 * States holding one of the roles in every one of the organisations on the day, in
	 * name order.
	 */
	List<State> sharedMembers(List<String> organisations, List<String> roles, LocalDate day) {
		return this.cypher
			.rows("""
					MATCH (s:State)-[:HOLDS]->(m:Membership)-[:IN]->(o:Organisation)
					WHERE o.abbreviation IN $organisations AND m.role IN $roles AND %s
					WITH s, count(DISTINCT o) AS shared WHERE shared = size($organisations)
					RETURN s{.iso3, .iso2, .name} AS s ORDER BY s.name""".formatted(Periods.membershipHolds("m")),
					Params.of("organisations", organisations, "roles", roles, "asOf", day))
			.stream()
			.map(r -> State.from(r.row("s")))
			.toList();
	}

	/**
	 * Each organisation (all when {@code organisations} is null) with its members on the
	 * day.
	 */
	Map<Organisation, List<State>> membersOf(List<String> organisations, List<String> roles, LocalDate day) {
		Map<Organisation, List<State>> result = new LinkedHashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH (o:Organisation) WHERE $organisations IS NULL OR o.abbreviation IN $organisations
				RETURN o{.*} AS organisation,
				       COLLECT { MATCH (s:State)-[:HOLDS]->(m:Membership)-[:IN]->(o)
				                 WHERE m.role IN $roles AND %s
				                 RETURN DISTINCT s{.iso3, .iso2, .name} AS s ORDER BY s.name } AS members
				ORDER BY o.abbreviation""".formatted(Periods.membershipHolds("m")),
				Params.of("organisations", organisations, "roles", roles, "asOf", day))) {
			result.put(Organisation.from(row.row("organisation")),
					row.rows("members").stream().map(State::from).toList());
		}
		return result;
	}

}
