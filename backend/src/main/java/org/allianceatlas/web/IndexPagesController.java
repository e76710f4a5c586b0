package org.allianceatlas.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.membership.MembershipsOf;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourceService;
import org.allianceatlas.state.State;
import org.allianceatlas.state.StateService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Index pages: every state (filtered by name, organisation, role and day) and every
 * organisation (filtered by name and kind), each a table with a CSV of the same rows.
 */
@Controller
class IndexPagesController {

	/** Rows a page: more than the seed has, so that it fits on one. */
	static final int PAGE_SIZE = 100;

	private final StateService states;

	private final OrganisationService organisations;

	private final MembershipService memberships;

	private final SourceService sources;

	IndexPagesController(StateService states, OrganisationService organisations, MembershipService memberships,
			SourceService sources) {
		this.states = states;
		this.organisations = organisations;
		this.memberships = memberships;
		this.sources = sources;
	}

	@GetMapping("/states")
	String states(@RequestParam(required = false) String name, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) String role, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String page, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		StateFilter filter = StateFilter.read(name, organisation, role, asOf, this.organisations.findAll(),
				this.memberships.today());
		StatePage shown = statePage(filter, page, request);
		if (!filter.messages().isEmpty() || shown.pager().message() != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("filter", filter);
		model.addAttribute("rows", shown.rows());
		model.addAttribute("pager", shown.pager());
		model.addAttribute("organisations", this.organisations.findAll());
		model.addAttribute("today", this.memberships.today());
		return "states";
	}

	@GetMapping("/states.csv")
	ResponseEntity<String> statesCsv(@RequestParam(required = false) String name,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String role,
			@RequestParam(required = false) String asOf) {
		StateFilter filter = StateFilter.read(name, organisation, role, asOf, this.organisations.findAll(),
				this.memberships.today());
		if (!filter.messages().isEmpty()) {
			return Csv.refused(filter.messages());
		}
		List<StateRow> rows = stateRows(filter);
		Map<String, List<Source>> cited = this.sources.sourcesOf(NodeKind.MEMBERSHIP,
				rows.stream().flatMap(r -> r.memberships().stream()).map(MembershipRow::key).toList());
		Csv csv = new Csv().row("state", "iso3", "memberships", "sources");
		for (StateRow row : rows) {
			csv.row(row.state().name(), row.state().iso3(), row.summary(), Csv.sources(
					row.memberships().stream().flatMap(m -> cited.getOrDefault(m.key(), List.of()).stream()).toList()));
		}
		return csv.download(
				Csv.fileName("csv", "states", filter.organisation(), filter.role(), filter.name(), filter.asOf()));
	}

	@GetMapping("/organisations")
	String organisations(@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String page, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		List<Organisation> all = this.organisations.findAll();
		List<String> kinds = kinds(all);
		String wanted = blankToNull(kind);
		List<String> messages = new ArrayList<>();
		if (wanted != null && !kinds.contains(wanted)) {
			messages.add("No organisation is of the kind “" + wanted + "”; showing every kind. Kinds: "
					+ String.join(", ", kinds) + ".");
			wanted = null;
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("messages", messages);
		model.addAttribute("name", blankToNull(name));
		model.addAttribute("kind", wanted);
		model.addAttribute("kinds", kinds);
		List<Organisation> kept = kept(all, name, wanted);
		Pager pager = Pager.of(request, page, kept.size(), PAGE_SIZE);
		if (pager.message() != null) {
			messages.add(pager.message());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		int from = pager.offset(PAGE_SIZE);
		model.addAttribute("rows", organisationRows(kept.subList(from, Math.min(kept.size(), from + PAGE_SIZE))));
		model.addAttribute("pager", pager);
		return "organisations";
	}

	@GetMapping("/organisations.csv")
	ResponseEntity<String> organisationsCsv(@RequestParam(required = false) String name,
			@RequestParam(required = false) String kind) {
		List<Organisation> all = this.organisations.findAll();
		String wanted = blankToNull(kind);
		if (wanted != null && !kinds(all).contains(wanted)) {
			return Csv.refused(List.of("No organisation is of the kind “" + wanted + "”."));
		}
		List<OrganisationRow> rows = organisationRows(kept(all, name, wanted));
		Map<String, List<Source>> cited = this.sources.sourcesOf(NodeKind.ORGANISATION,
				rows.stream().map(r -> r.organisation().abbreviation()).toList());
		Csv csv = new Csv().row("abbreviation", "name", "kind", "founded", "dissolved", "headquarters", "members_today",
				"sources");
		for (OrganisationRow row : rows) {
			Organisation o = row.organisation();
			csv.row(o.abbreviation(), o.name(), o.kind(), o.founded(), o.dissolved(), o.headquarters(), row.members(),
					Csv.sources(cited.getOrDefault(o.abbreviation(), List.of())));
		}
		return csv.download(Csv.fileName("csv", "organisations", wanted, blankToNull(name)));
	}

	/**
	 * Each state with the memberships the filter keeps; states without one are left out
	 * when filtering by them.
	 */
	private List<StateRow> stateRows(StateFilter filter) {
		return rowsOf(statesFor(filter), filter);
	}

	/**
	 * The page of {@link #stateRows}: the states are chosen first (in the query when the
	 * filter asks about memberships), and only the shown ones' memberships are read.
	 */
	private StatePage statePage(StateFilter filter, String page, HttpServletRequest request) {
		List<State> chosen = statesFor(filter);
		Pager pager = Pager.of(request, page, chosen.size(), PAGE_SIZE);
		int from = pager.offset(PAGE_SIZE);
		return new StatePage(rowsOf(chosen.subList(from, Math.min(chosen.size(), from + PAGE_SIZE)), filter), pager);
	}

	/**
	 * The states the filter keeps, by name: those holding a membership it asks about
	 * (found by the database), or every state.
	 */
	private List<State> statesFor(StateFilter filter) {
		List<State> candidates = filter.byMembership()
				? this.memberships.statesWith(filter.organisation(), filter.role(), filter.asOf())
				: this.states.find(null, null);
		return candidates.stream().filter(state -> filter.name() == null || filter.matchesName(state)).toList();
	}

	/** The states with the memberships the filter keeps, read for these states only. */
	private List<StateRow> rowsOf(List<State> shown, StateFilter filter) {
		Set<MembershipsOf> requests = new LinkedHashSet<>();
		shown.forEach(state -> requests.add(MembershipsOf.state(state.iso3(), filter.asOf())));
		Map<MembershipsOf, List<Membership>> held = this.memberships.load(requests);
		List<StateRow> rows = new ArrayList<>();
		for (State state : shown) {
			rows.add(new StateRow(state, kept(
					held.get(MembershipsOf.state(state.iso3(), filter.asOf())).stream().map(MembershipRow::of).toList(),
					filter)));
		}
		return rows;
	}

	/** The memberships the filter keeps, by organisation and start. */
	private static List<MembershipRow> kept(List<MembershipRow> held, StateFilter filter) {
		return held.stream()
			.filter(m -> filter.organisation() == null || filter.organisation().equals(m.organisation().abbreviation()))
			.filter(m -> filter.role() == null || filter.role().equals(m.role()))
			.sorted(Comparator.comparing((MembershipRow m) -> m.organisation().abbreviation())
				.thenComparing(m -> Objects.toString(m.validFrom(), "")))
			.toList();
	}

	/**
	 * The organisations of the kind (any when null) whose name or abbreviation holds the
	 * text.
	 */
	private static List<Organisation> kept(List<Organisation> all, String name, String kind) {
		String text = blankToNull(name);
		return all.stream()
			.filter(o -> kind == null || kind.equals(o.kind()))
			.filter(o -> text == null || contains(o.abbreviation(), text) || contains(o.name(), text))
			.toList();
	}

	/** Each organisation with how many full members it has today. */
	private List<OrganisationRow> organisationRows(List<Organisation> shown) {
		Map<String, List<Membership>> today = this.memberships
			.ofOrganisations(shown.stream().map(Organisation::abbreviation).toList(), this.memberships.today());
		return shown.stream()
			.map(o -> new OrganisationRow(o,
					(int) today.getOrDefault(o.abbreviation(), List.of())
						.stream()
						.filter(m -> "MEMBER".equals(m.role()))
						.map(m -> m.state().iso3())
						.distinct()
						.count()))
			.toList();
	}

	private static List<String> kinds(List<Organisation> all) {
		return List.copyOf(all.stream()
			.map(Organisation::kind)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	static boolean contains(String haystack, String needle) {
		return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The states shown on a page of the index. */
	record StatePage(List<StateRow> rows, Pager pager) {
	}

	/** A state and the memberships shown for it. */
	record StateRow(State state, List<MembershipRow> memberships) {

		/** "CSTO (Member 1992–); CIS (Member 1991–)": the memberships as one line. */
		String summary() {
			return this.memberships.stream()
				.map(m -> m.organisation().abbreviation() + " ("
						+ ((m.roleLabel() != null) ? m.roleLabel() : Vocabulary.INSTANCE.labels().get(m.role())) + " "
						+ Objects.toString(m.from(), "?") + "–" + Objects.toString(m.to(), "") + ")")
				.collect(Collectors.joining("; "));
		}

	}

	/** An organisation and how many full members it has today. */
	record OrganisationRow(Organisation organisation, int members) {
	}

	/**
	 * The state index's filters, read leniently: anything unknown is dropped with a
	 * message naming it.
	 */
	record StateFilter(String name, String organisation, String role, LocalDate asOf, List<String> messages) {

		static StateFilter read(String name, String organisation, String role, String asOf, List<Organisation> all,
				LocalDate today) {
			List<String> messages = new ArrayList<>();
			String org = blankToNull(organisation);
			if (org != null) {
				String wanted = org;
				org = all.stream()
					.map(Organisation::abbreviation)
					.filter(a -> a.equalsIgnoreCase(wanted))
					.findFirst()
					.orElse(null);
				if (org == null) {
					messages.add("The atlas has no organisation “" + wanted + "”; showing every organisation.");
				}
			}
			String r = blankToNull(role);
			if (r != null) {
				String wanted = r.toUpperCase(Locale.ROOT);
				r = Vocabulary.INSTANCE.roles().contains(wanted) ? wanted : null;
				if (r == null) {
					messages.add("“" + role.strip() + "” is not a role; showing every role. Roles: "
							+ String.join(", ", Vocabulary.INSTANCE.roles()) + ".");
				}
			}
			LocalDate day = null;
			String text = blankToNull(asOf);
			if (text != null) {
				try {
					day = LocalDate.parse(text);
					if (day.isAfter(today)) {
						messages.add("“" + text + "” is after today (" + today + "); showing every period.");
						day = null;
					}
				}
				catch (DateTimeParseException ex) {
					messages.add("“" + text + "” is not a day (use YYYY-MM-DD); showing every period.");
				}
			}
			return new StateFilter(blankToNull(name), org, r, day, messages);
		}

		/** Whether the filter asks about memberships (and not only about names). */
		boolean byMembership() {
			return this.organisation != null || this.role != null || this.asOf != null;
		}

		boolean matchesName(State state) {
			return contains(state.name(), this.name) || state.iso3().equalsIgnoreCase(this.name);
		}

	}

}
