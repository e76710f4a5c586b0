package org.allianceatlas.membership;

import java.time.LocalDate;
import java.util.List;

/**
 * A request for the memberships of one state or organisation.
 *
 * @param owner iso3 of a state or abbreviation of an organisation
 * @param byOrganisation whether {@code owner} is an organisation
 * @param asOf only memberships that held on this day; all when null
 * @param roles only these roles; all when null
 */
public record MembershipsOf(String owner, boolean byOrganisation, LocalDate asOf, List<String> roles) {

	public static MembershipsOf organisation(String abbreviation, LocalDate asOf, List<String> roles) {
		return new MembershipsOf(abbreviation, true, asOf, normalised(roles));
	}

	public static MembershipsOf state(String iso3, LocalDate asOf) {
		return state(iso3, asOf, null);
	}

	public static MembershipsOf state(String iso3, LocalDate asOf, List<String> roles) {
		return new MembershipsOf(iso3, false, asOf, normalised(roles));
	}

	/** Roles in one order, so that requests for the same roles share a query. */
	private static List<String> normalised(List<String> roles) {
		return (roles == null) ? null : roles.stream().sorted().distinct().toList();
	}

}
