package org.allianceatlas.graphql;

import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * The estimated cost of a request, over graphql-java's normalized operation (every
 * fragment expanded where it is spread, fields of the same name merged as they will be
 * executed): every field costs one, and a list multiplies what each of its items selects
 * by the number of items it can hold. Page sizes ({@code first}, {@code last} of every
 * connection, nested ones included, {@code limit}, the ids of {@code nodes}) count as
 * asked (up to the largest page), lists of a known size by the most items the atlas holds
 * in one of them (with room to grow), neighbourhoods by their depth, and the overlap
 * matrix by the square of its organisations. So a nested fan-out such as organisations,
 * their memberships, each member's memberships and so on grows with what it would answer,
 * not with the length of its text. (graphql-java's own complexity calculator visits a
 * fragment only at its first spread, so a fragment spread many times would cost almost
 * nothing there.)
 */
final class RequestCost {

	/**
	 * A list not listed below (sources, claims, names, status changes: at most 7 of any
	 * in the seed graph).
	 */
	static final int UNKNOWN_LIST = 8;

	/**
	 * Most items of these lists: the largest in the seed graph of 2026-12-01 (in
	 * brackets) with some room. Organisations (12), shared members (the most of any
	 * organisation's, 38), troop figures (14) and undated ones (1); an organisation's
	 * memberships (49), events (48), names (23), bodies (10), office holders (6) and
	 * troop totals (6); a state's memberships (7) and troop figures (2); what a source
	 * supports (189); an event's nodes (9); the steps of a shortest connection; the
	 * trends' roles per year (5), the states of one role (12), series of one state (3)
	 * and their years (2), and the years with troop totals (3). As every level multiplies
	 * by its largest list, a deep estimate is well above what the graph would answer; the
	 * budget allows for that.
	 */
	private static final Map<String, Integer> LIST_SIZES = Map.ofEntries(Map.entry("Query.organisations", 15),
			Map.entry("Query.overlap", 50), Map.entry("Query.troopFigures", 50),
			Map.entry("Query.undatedTroopFigures", 10), Map.entry("Organisation.memberships", 60),
			Map.entry("Organisation.events", 60), Map.entry("Organisation.names", 30),
			Map.entry("Organisation.bodies", 15), Map.entry("Organisation.officeHolders", 10),
			Map.entry("Organisation.troopTotals", 10), Map.entry("State.memberships", 10),
			Map.entry("State.troopFigures", 5), Map.entry("Source.supports", 250), Map.entry("OverlapCell.states", 50),
			Map.entry("Event.involves", 15), Map.entry("Path.steps", 12), Map.entry("MembershipYear.counts", 10),
			Map.entry("MembershipYear.sources", 40), Map.entry("RoleCount.states", 50),
			Map.entry("TroopTrend.series", 10), Map.entry("TroopSeries.points", 40), Map.entry("Query.troopTotals", 40),
			Map.entry("CoveredTroopTotal.members", 50), Map.entry("CoveredTroopTotal.coveredMembers", 50),
			Map.entry("CoveredTroopTotal.missingMembers", 50), Map.entry("CoveredTroopTotal.sources", 50));

	/**
	 * Years a trend can span at most: 1991 to 2100 (the current year bounds it when it
	 * runs).
	 */
	private static final int TREND_YEARS = 110;

	/**
	 * Nodes (and edges) a neighbourhood of depth 1, 2 and 3 can hold (Russia's: 23, 129
	 * and 142 nodes).
	 */
	private static final List<Integer> NEIGHBOURHOOD_SIZES = List.of(60, 400, 1000);

	private static final String CONNECTION_SUFFIX = "Connection";

	private final GraphQlLimits limits;

	private final GraphQLSchema schema;

	private long aliases;

	/**
	 * One calculation: it also counts the aliased fields (in every spread of a fragment).
	 */
	RequestCost(GraphQlLimits limits, GraphQLSchema schema) {
		this.limits = limits;
		this.schema = schema;
	}

	long aliases() {
		return this.aliases;
	}

	/** The estimate of a whole operation, at most {@code Long.MAX_VALUE}. */
	long of(ExecutableNormalizedOperation operation) {
		long total = 0;
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			total = add(total, of(field));
		}
		return total;
	}

	private long of(ExecutableNormalizedField field) {
		if (field.getAlias() != null) {
			this.aliases++;
		}
		long cost = 1;
		for (ExecutableNormalizedField child : field.getChildren()) {
			cost = add(cost, of(child));
		}
		List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(this.schema);
		if (!definitions.isEmpty()
				&& GraphQLTypeUtil.unwrapNonNull(definitions.getFirst().getType()) instanceof GraphQLList) {
			cost = multiply(cost, listSize(field));
		}
		if (isRoot(field, "overlapMatrix")) {
			cost = multiply(cost, squareOfOrganisations(field));
		}
		return cost;
	}

	private long listSize(ExecutableNormalizedField field) {
		String parent = typeOf(field);
		String name = field.getName();
		ExecutableNormalizedField owner = field.getParent();
		if (isRoot(field, "search")) {
			return pageSize(field.getResolvedArguments().get("limit"));
		}
		if (parent.endsWith(CONNECTION_SUFFIX) && ("edges".equals(name) || "nodes".equals(name)) && owner != null) {
			return connectionPage(owner.getResolvedArguments());
		}
		if (isRoot(field, "nodes") && field.getResolvedArguments().get("ids") instanceof List<?> ids) {
			return Math.max(1, ids.size());
		}
		if ("Neighbourhood".equals(parent) && owner != null) {
			Object depth = owner.getResolvedArguments().get("depth");
			int steps = (depth instanceof Integer d) ? Math.clamp(d, 1, NEIGHBOURHOOD_SIZES.size()) : 1;
			return NEIGHBOURHOOD_SIZES.get(steps - 1);
		}
		if (isRoot(field, "overlapMatrix")) {
			return 1;
		}
		if (isRoot(field, "membershipTrend")) {
			return trendSize(field);
		}
		return LIST_SIZES.getOrDefault(parent + "." + name, UNKNOWN_LIST);
	}

	/**
	 * The page of a connection: {@code first} or {@code last} as asked (the larger when
	 * both are), the default page without either.
	 */
	private long connectionPage(Map<String, Object> arguments) {
		Object first = arguments.get("first");
		Object last = arguments.get("last");
		if (first == null && last != null) {
			return pageSize(last);
		}
		if (first != null && last != null) {
			return Math.max(pageSize(first), pageSize(last));
		}
		return pageSize(first);
	}

	/**
	 * A page as asked for; a page above the largest is refused by its field, so it counts
	 * as the largest.
	 */
	private long pageSize(Object requested) {
		int size = (requested instanceof Integer n) ? n : this.limits.defaultPageSize();
		return Math.clamp(size, 1, this.limits.maxPageSize());
	}

	/**
	 * The matrix has one cell per ordered pair of its organisations (all of them when
	 * none are listed).
	 */
	private static long squareOfOrganisations(ExecutableNormalizedField field) {
		Object listed = field.getResolvedArguments().get("organisations");
		long count = (listed instanceof List<?> list) ? Math.max(1, list.stream().distinct().count())
				: LIST_SIZES.get("Query.organisations");
		return count * count;
	}

	/**
	 * A membership trend has one item per organisation and year: the organisations listed
	 * times the years asked for (every year when a bound is left out).
	 */
	private static long trendSize(ExecutableNormalizedField field) {
		Map<String, Object> arguments = field.getResolvedArguments();
		long organisations = (arguments.get("organisations") instanceof List<?> list)
				? Math.max(1, list.stream().distinct().count()) : 1;
		long years = (arguments.get("from") instanceof Integer from && arguments.get("to") instanceof Integer to)
				? Math.clamp(to - from + 1, 1, TREND_YEARS) : TREND_YEARS;
		return organisations * years;
	}

	private static boolean isRoot(ExecutableNormalizedField field, String name) {
		return field.getParent() == null && name.equals(field.getName());
	}

	private static String typeOf(ExecutableNormalizedField field) {
		return (field.getParent() == null) ? "Query" : field.getObjectTypeNames().iterator().next();
	}

	private static long add(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	private static long multiply(long a, long b) {
		return (b != 0 && a > Long.MAX_VALUE / b) ? Long.MAX_VALUE : a * b;
	}

}
