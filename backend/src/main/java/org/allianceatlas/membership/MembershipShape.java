package org.allianceatlas.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.allianceatlas.query.Columns;
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
	 * The properties of a state that memberships read with it, as states are read
	 * everywhere.
	 */
	private static final List<String> STATE_FIELDS = List.of("iso3", "iso2", "name");

	/** The map projection of a membership's state {@code s}. */
	static final String STATE_PROJECTION = STATE_FIELDS.stream()
		.map((field) -> "." + field)
		.collect(Collectors.joining(", ", "s{", "}"));

	/**
	 * A membership's state {@code s} as a list of values, named by
	 * {@link #STATE_COLUMNS}.
	 */
	private static final String STATE_LIST = STATE_FIELDS.stream()
		.map((field) -> "s." + field)
		.collect(Collectors.joining(", ", "[", "]"));

	private static final Columns STATE_COLUMNS = Columns.of(STATE_FIELDS);

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
	 * The membership {@code m} as a list of values ({@link #columns} names them): its own
	 * properties, then its state {@code s} (itself a list) and organisation {@code o}
	 * (each unless it is the owner the memberships are read for, which the row gives
	 * once), its status periods and its sources when they are needed. One flat value per
	 * membership, in place of a map of five entries (an empty list and a null among
	 * them), and only the conditions given took the query for one organisation with its
	 * memberships and their sources from 3.00 ms to 2.74 ms at the seed's size; a list in
	 * place of that map's keys took about a tenth off the query for all organisations at
	 * 100 times the seed (see {@link Columns}). The dates a status is worked out from are
	 * read only with the status: sent for all 10,300 memberships of the 100-times graph
	 * when only their keys, roles and states were asked for, they were a fifth of the
	 * query's time in the database.
	 */
	String membershipProjection(boolean withState, boolean withOrganisation) {
		return entries(withState, withOrganisation).stream()
			.map(Entry::expression)
			.collect(Collectors.joining(", ", "[", "]"));
	}

	/** The names of the values of {@link #membershipProjection}, in its order. */
	Columns columns(boolean withState, boolean withOrganisation) {
		Columns columns = Columns.of(entries(withState, withOrganisation).stream().map(Entry::name).toList());
		return withState ? columns.nesting("state", STATE_COLUMNS) : columns;
	}

	private List<Entry> entries(boolean withState, boolean withOrganisation) {
		List<Entry> entries = new ArrayList<>(List.of(new Entry("key", "m.key"), new Entry("role", "m.role")));
		if (this.statusChanges) {
			entries.addAll(List.of(new Entry("validFrom", "m.validFrom"), new Entry("validTo", "m.validTo"),
					new Entry("endStatus", "m.endStatus")));
		}
		if (this.roleLabel) {
			entries.add(new Entry("roleLabel", "m.roleLabel"));
		}
		if (this.from) {
			entries.add(new Entry("from", "m.from"));
		}
		if (this.to) {
			entries.add(new Entry("to", "m.to"));
		}
		if (this.note) {
			entries.add(new Entry("note", "m.note"));
		}
		if (withState) {
			entries.add(new Entry("state", STATE_LIST));
		}
		if (withOrganisation) {
			entries.add(new Entry("organisation", organisationProjection()));
		}
		if (this.statusChanges) {
			entries.add(new Entry("statusChanges",
					"COLLECT { MATCH (m)-[:HAS_STATUS]->(c:StatusChange) RETURN c{.*} ORDER BY c.validFrom }"));
		}
		if (this.sources) {
			entries.add(new Entry("sources", Facts.citedSources("m")));
		}
		return entries;
	}

	/** One value of a membership: its name and the Cypher expression that gives it. */
	private record Entry(String name, String expression) {
	}

	/** The map projection of the organisation {@code o}. */
	String organisationProjection() {
		return this.organisation ? "o{.*}" : "o{.abbreviation, .name}";
	}

}
