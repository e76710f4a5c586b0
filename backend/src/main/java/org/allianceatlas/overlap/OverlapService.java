package org.allianceatlas.overlap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.membership.Role;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.state.State;
import org.springframework.stereotype.Service;

/**
 * Shared members of organisations on a day (today when none is given): lists, matrix,
 * intersections.
 */
@Service
public class OverlapService {

	/** The organisations the atlas is about, which the pages compare. */
	public static final List<String> FOUR = List.of("CSTO", "SCO", "CIS", "GUAM");

	private static final List<String> MEMBERS_ONLY = List.of(Role.MEMBER.name());

	private final OverlapRepository overlap;

	private final OrganisationService organisations;

	private final MembershipService memberships;

	OverlapService(OverlapRepository overlap, OrganisationService organisations, MembershipService memberships) {
		this.overlap = overlap;
		this.organisations = organisations;
		this.memberships = memberships;
	}

	/**
	 * States that held one of the roles (MEMBER when none) in every organisation on the
	 * day.
	 */
	public List<State> sharedMembers(List<String> organisations, LocalDate asOf, List<String> roles) {
		List<String> wanted = organisations.stream().distinct().toList();
		if (wanted.isEmpty()) {
			throw new BadArgumentException("organisations", "must list at least one organisation abbreviation");
		}
		List<String> held = rolesOrMembers(roles);
		LocalDate day = day(asOf);
		List<State> shared = this.overlap.sharedMembers(wanted, held, day);
		// A state shared by all the organisations proves that each of them exists; only
		// an
		// empty answer may come from an unknown one, so only then are they looked up (one
		// round trip instead of two for the usual question).
		if (shared.isEmpty()) {
			this.organisations.requireExisting("organisations", wanted);
		}
		return shared;
	}

	/**
	 * One cell per ordered pair of the organisations (all when null), in the order asked.
	 */
	public List<OverlapCell> matrix(List<String> organisations, LocalDate asOf, List<String> roles) {
		List<String> wanted = (organisations == null) ? null : organisations.stream().distinct().toList();
		if (wanted != null) {
			if (wanted.isEmpty()) {
				throw new BadArgumentException("organisations",
						"must list at least one organisation abbreviation, or be left out for all");
			}
			this.organisations.requireExisting("organisations", wanted);
		}
		Map<String, Organisation> byKey = new LinkedHashMap<>();
		Map<String, List<State>> members = new LinkedHashMap<>();
		this.overlap.membersOf(wanted, rolesOrMembers(roles), day(asOf)).forEach((organisation, states) -> {
			byKey.put(organisation.abbreviation(), organisation);
			members.put(organisation.abbreviation(), states);
		});
		List<String> order = (wanted != null) ? wanted : List.copyOf(byKey.keySet());
		List<OverlapCell> cells = new ArrayList<>();
		for (String row : order) {
			for (String column : order) {
				Set<String> columnMembers = new HashSet<>(members.get(column).stream().map(State::iso3).toList());
				List<State> shared = members.get(row).stream().filter(s -> columnMembers.contains(s.iso3())).toList();
				cells.add(new OverlapCell(byKey.get(row), byKey.get(column), shared.size(), shared));
			}
		}
		return cells;
	}

	/**
	 * Every state's strongest role in each of the organisations on the day (a state
	 * holding two roles keeps the stronger), states with full memberships in many
	 * organisations first; with the matrix of shared full members and the exclusive
	 * intersections of full members.
	 */
	public OverlapTable table(List<String> organisations, LocalDate asOf) {
		LocalDate day = day(asOf);
		List<String> wanted = organisations.stream().distinct().toList();
		this.organisations.requireExisting("organisations", wanted);
		Map<String, OverlapTable.StateRow> rows = new TreeMap<>();
		this.memberships.ofOrganisations(wanted, day).forEach((organisation, held) -> {
			for (Membership m : held) {
				OverlapTable.StateRow row = rows.computeIfAbsent(m.state().iso3(),
						iso3 -> new OverlapTable.StateRow(iso3, m.state().name(), new LinkedHashMap<>()));
				OverlapTable.Cell existing = row.cells().get(organisation);
				if (existing == null || Role.rank(m.role()) < Role.rank(existing.role())) {
					row.cells()
						.put(organisation, new OverlapTable.Cell(organisation, m.role(), m.roleLabel(),
								m.status().name(), m.from(), m.to(), m.key()));
				}
			}
		});
		List<OverlapTable.StateRow> sorted = rows.values()
			.stream()
			.map(r -> new OverlapTable.StateRow(r.iso3(), r.name(), ordered(r.cells(), wanted)))
			.sorted(Comparator.comparingInt((OverlapTable.StateRow r) -> -strength(r))
				.thenComparing(OverlapTable.StateRow::name))
			.toList();
		return new OverlapTable(day, wanted, sorted, matrix(wanted, day, null), intersections(sorted, wanted));
	}

	/** Full memberships count ten, any other role one. */
	static int strength(OverlapTable.StateRow row) {
		return row.cells().values().stream().mapToInt(c -> Role.MEMBER.name().equals(c.role()) ? 10 : 1).sum();
	}

	/**
	 * UpSet-style exclusive intersections of the full members (any status but ended),
	 * largest first.
	 */
	static List<OverlapTable.Intersection> intersections(List<OverlapTable.StateRow> rows, List<String> organisations) {
		Map<String, OverlapTable.Intersection> sets = new LinkedHashMap<>();
		for (OverlapTable.StateRow row : rows) {
			List<String> in = organisations.stream().filter(o -> {
				OverlapTable.Cell cell = row.cells().get(o);
				return cell != null && Role.MEMBER.name().equals(cell.role())
						&& !MembershipStatus.ENDED.name().equals(cell.status());
			}).toList();
			if (!in.isEmpty()) {
				String label = String.join(" ∩ ", in);
				sets.computeIfAbsent(label, k -> new OverlapTable.Intersection(k, in, new ArrayList<>()))
					.states()
					.add(row.name());
			}
		}
		return sets.values()
			.stream()
			.sorted(Comparator.comparingInt((OverlapTable.Intersection s) -> -s.states().size())
				.thenComparingInt(s -> -s.organisations().size()))
			.map(s -> new OverlapTable.Intersection(s.label(), s.organisations(), List.copyOf(s.states())))
			.toList();
	}

	private static Map<String, OverlapTable.Cell> ordered(Map<String, OverlapTable.Cell> cells, List<String> order) {
		Map<String, OverlapTable.Cell> result = new LinkedHashMap<>();
		order.stream().filter(cells::containsKey).forEach(o -> result.put(o, cells.get(o)));
		return result;
	}

	private static List<String> rolesOrMembers(List<String> roles) {
		return (roles == null || roles.isEmpty()) ? MEMBERS_ONLY : roles;
	}

	private LocalDate day(LocalDate asOf) {
		return (asOf != null) ? asOf : this.memberships.today();
	}

}
