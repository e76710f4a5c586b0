package org.allianceatlas.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
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

	/** More states than the atlas will hold: the index lists them all on one page. */

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
			@RequestParam(required = false) String role, @RequestParam(required = false) String asOf, Model model,
			HttpServletResponse response) {
		StateFilter filter = StateFilter.read(name, organisation, role, asOf, this.organisations.findAll(),
				this.memberships.today());
		if (!filter.messages().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("filter", filter);
		model.addAttribute("rows", stateRows(filter));
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
			Model model, HttpServletResponse response) {
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
		model.addAttribute("rows", organisationRows(all, name, wanted));
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
		List<OrganisationRow> rows = organisationRows(all, name, wanted);
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
		List<String> abbreviations = this.organisations.findAll().stream().map(Organisation::abbreviation).toList();
		Map<String, List<MembershipRow>> byState = new LinkedHashMap<>();
		this.memberships.ofOrganisations(abbreviations, filter.asOf())
			.values()
			.forEach(list -> list.forEach(
					m -> byState.computeIfAbsent(m.state().iso3(), k -> new ArrayList<>()).add(MembershipRow.of(m))));
		boolean byMembership = filter.organisation() != null || filter.role() != null || filter.asOf() != null;
		List<StateRow> rows = new ArrayList<>();
		for (State state : this.states.find(null, null)) {
			if (filter.name() != null && !filter.matchesName(state)) {
				continue;
			}
			List<MembershipRow> held = byState.getOrDefault(state.iso3(), List.of())
				.stream()
				.filter(m -> filter.organisation() == null
						|| filter.organisation().equals(m.organisation().abbreviation()))
				.filter(m -> filter.role() == null || filter.role().equals(m.role()))
				.sorted(Comparator.comparing((MembershipRow m) -> m.organisation().abbreviation())
					.thenComparing(m -> Objects.toString(m.validFrom(), "")))
				.toList();
			if (byMembership && held.isEmpty()) {
				continue;
			}
			rows.add(new StateRow(state, held));
		}
		return rows;
	}

	private List<OrganisationRow> organisationRows(List<Organisation> all, String name, String kind) {
		String text = blankToNull(name);
		Map<String, List<Membership>> today = this.memberships
			.ofOrganisations(all.stream().map(Organisation::abbreviation).toList(), this.memberships.today());
		return all.stream()
			.filter(o -> kind == null || kind.equals(o.kind()))
			.filter(o -> text == null || contains(o.abbreviation(), text) || contains(o.name(), text))
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

		boolean matchesName(State state) {
			return contains(state.name(), this.name) || state.iso3().equalsIgnoreCase(this.name);
		}

	}

}
