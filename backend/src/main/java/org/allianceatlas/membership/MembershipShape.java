package org.allianceatlas.membership;

import java.util.List;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.allianceatlas.source.Facts;

/**
 * What a read of memberships must return, planned from a GraphQL selection: the
 * membership query is put together from fixed fragments chosen by these flags, never from
 * the selection's text.
 *
 * @param roleLabel whether {@code roleLabel} is asked for
 * @param from whether {@code from} is asked for
 * @param to whether {@code to} is asked for
 * @param note whether {@code note} is asked for
 * @param statusChanges whether the status periods are needed ({@code status} or
 * {@code statusChanges}): the membership's own dates and end, and its status changes
 * @param organisation whether every property of the organisation is needed (otherwise its
 * abbreviation and name only)
 * @param sources whether each membership's sources are read in the same query
 */
public record MembershipShape(boolean roleLabel, boolean from, boolean to, boolean note, boolean statusChanges,
		boolean organisation, boolean sources) {

	/** Everything, as the pages read memberships (sources apart). */
	public static final MembershipShape FULL = new MembershipShape(true, true, true, true, true, true, false);

	/**
	 * The projection of a membership's state {@code s}, as states are read everywhere.
	 */
	static final String STATE_PROJECTION = "s{.iso3, .iso2, .name}";

	/** Organisation fields an abbreviation and a name are enough for. */
	private static final Set<String> SLIM_ORGANISATION = Set.of("abbreviation", "name", "id", "__typename");

	/**
	 * The shape a selection of memberships needs; {@code prefixes} lead from the selected
	 * field to the memberships ({@code ""} for a list, {@code "nodes/"} and
	 * {@code "edges/node/"} for a connection). It walks the selection's fields by name:
	 * {@code DataFetchingFieldSelectionSet.contains} compiles a glob pattern at every
	 * call, which was 5 % of the request thread of one organisation with its memberships.
	 */
	static MembershipShape of(DataFetchingFieldSelectionSet selection, String... prefixes) {
		boolean roleLabel = false;
		boolean from = false;
		boolean to = false;
		boolean note = false;
		boolean statusChanges = false;
		boolean organisation = false;
		boolean sources = false;
		for (String prefix : prefixes) {
			for (SelectedField field : fieldsAt(selection.getImmediateFields(), prefix)) {
				switch (field.getName()) {
					case "roleLabel" -> roleLabel = true;
					case "from" -> from = true;
					case "to" -> to = true;
					case "note" -> note = true;
					case "status", "statusChanges" -> statusChanges = true;
					case "sources" -> sources = true;
					case "organisation" -> organisation |= field.getSelectionSet()
						.getImmediateFields()
						.stream()
						.anyMatch(f -> !SLIM_ORGANISATION.contains(f.getName()));
					default -> {
					}
				}
			}
		}
		return new MembershipShape(roleLabel, from, to, note, statusChanges, organisation, sources);
	}

	/**
	 * The fields found by following the names of {@code path} ("a/b/") from
	 * {@code fields}.
	 */
	private static List<SelectedField> fieldsAt(List<SelectedField> fields, String path) {
		List<SelectedField> found = fields;
		for (String name : path.split("/")) {
			if (!name.isEmpty()) {
				found = found.stream()
					.filter(f -> name.equals(f.getName()))
					.flatMap(f -> f.getSelectionSet().getImmediateFields().stream())
					.toList();
			}
		}
		return found;
	}

	/** What both need. */
	MembershipShape and(MembershipShape other) {
		return new MembershipShape(this.roleLabel || other.roleLabel, this.from || other.from, this.to || other.to,
				this.note || other.note, this.statusChanges || other.statusChanges,
				this.organisation || other.organisation, this.sources || other.sources);
	}

	/**
	 * The map projection of the membership {@code m}: its own properties, then, as
	 * entries of the same map, its state {@code s} and organisation {@code o} (each
	 * unless it is the owner the memberships are read for, which the row gives once), its
	 * status periods and its sources when they are needed. With this map in place of one
	 * of five entries (an empty list and a null among them) and only the conditions
	 * given, the query for one organisation with its memberships and their sources took
	 * 2.74 ms instead of 3.00 ms at the seed's size. The dates a status is worked out
	 * from are read only with the status: sent for all 10,300 memberships of the
	 * 100-times graph when only their keys, roles and states were asked for, they were a
	 * fifth of the query's time in the database.
	 */
	String membershipProjection(boolean withState, boolean withOrganisation) {
		StringBuilder projection = new StringBuilder("m{.key, .role");
		if (this.statusChanges) {
			projection.append(", .validFrom, .validTo, .endStatus");
		}
		if (this.roleLabel) {
			projection.append(", .roleLabel");
		}
		if (this.from) {
			projection.append(", .from");
		}
		if (this.to) {
			projection.append(", .to");
		}
		if (this.note) {
			projection.append(", .note");
		}
		if (withState) {
			projection.append(", state: ").append(STATE_PROJECTION);
		}
		if (withOrganisation) {
			projection.append(", organisation: ").append(organisationProjection());
		}
		if (this.statusChanges) {
			projection.append(
					", statusChanges: COLLECT { MATCH (m)-[:HAS_STATUS]->(c:StatusChange) RETURN c{.*} ORDER BY c.validFrom }");
		}
		if (this.sources) {
			projection.append(", sources: ").append(Facts.citedSources("m"));
		}
		return projection.append('}').toString();
	}

	/** The map projection of the organisation {@code o}. */
	String organisationProjection() {
		return this.organisation ? "o{.*}" : "o{.abbreviation, .name}";
	}

}
