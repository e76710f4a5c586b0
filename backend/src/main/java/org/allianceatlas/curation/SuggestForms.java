package org.allianceatlas.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceatlas.curation.Inputs.ClaimInput;
import org.allianceatlas.curation.Inputs.CorrectionInput;
import org.allianceatlas.curation.Inputs.EventInput;
import org.allianceatlas.curation.Inputs.MembershipEndInput;
import org.allianceatlas.curation.Inputs.NameInput;
import org.allianceatlas.curation.Inputs.NewMembershipInput;
import org.allianceatlas.curation.Inputs.ProposalInput;
import org.allianceatlas.curation.Inputs.StatusChangeInput;
import org.allianceatlas.curation.Inputs.TroopFigureInput;
import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.FactRules;
import org.allianceatlas.source.Source;
import org.allianceatlas.source.SourceService;
import org.allianceatlas.state.State;
import org.allianceatlas.state.StateService;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The "Suggest a change" forms of the pages: which kinds of proposal each page offers,
 * what each form asks for, and how its fields become the service's input. Every rule
 * stays the service's; this only names fields, reads whole numbers and maps the service's
 * argument names back onto the form's fields.
 */
@Component
class SuggestForms {

	private static final Pattern ARGUMENT = Pattern.compile("'(input\\.[A-Za-z0-9_.\\[\\]]+)'");

	private static final String DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source is";

	private static final Map<String, String> SOURCE_LABELS = sourceLabels();

	private final CurationService curation;

	private final StateService states;

	private final OrganisationService organisations;

	private final MembershipService memberships;

	private final SourceService sources;

	SuggestForms(CurationService curation, StateService states, OrganisationService organisations,
			MembershipService memberships, SourceService sources) {
		this.curation = curation;
		this.states = states;
		this.organisations = organisations;
		this.memberships = memberships;
		this.sources = sources;
	}

	/** The thing a page suggests a change to, if the atlas holds it. */
	Optional<Subject> subject(String target, String key) {
		Target kind = Target.of(target);
		if (kind == null) {
			return Optional.empty();
		}
		return switch (kind) {
			case STATES -> this.states.find(key).map(this::subject);
			case ORGANISATIONS -> this.organisations.find(key).map(this::subject);
			case MEMBERSHIPS -> Optional.ofNullable(this.memberships.byKeys(List.of(key)).get(key)).map(this::subject);
		};
	}

	private Subject subject(State state) {
		Map<String, String> now = new LinkedHashMap<>();
		now.put("name", state.name());
		return new Subject(Target.STATES, state.iso3(), state.name(), "/states/" + state.iso3(), now,
				List.of(Kind.CORRECTION, Kind.MEMBERSHIP, Kind.TROOPS, Kind.NAME, Kind.EVENT));
	}

	private Subject subject(Organisation org) {
		Map<String, String> now = new LinkedHashMap<>();
		now.put("name", org.name());
		now.put("kind", org.kind());
		now.put("founded", org.founded());
		now.put("dissolved", org.dissolved());
		now.put("headquarters", org.headquarters());
		now.put("description", org.description());
		return new Subject(Target.ORGANISATIONS, org.abbreviation(), org.name() + " (" + org.abbreviation() + ")",
				"/organisations/" + org.abbreviation(), now,
				List.of(Kind.CORRECTION, Kind.MEMBERSHIP, Kind.NAME, Kind.EVENT, Kind.CLAIM));
	}

	private Subject subject(Membership m) {
		Map<String, String> now = new LinkedHashMap<>();
		now.put("role", m.role());
		now.put("roleLabel", m.roleLabel());
		now.put("from", m.from());
		now.put("to", m.to());
		now.put("note", m.note());
		List<Kind> offered = new ArrayList<>(List.of(Kind.CORRECTION));
		if (m.to() == null) {
			offered.add(Kind.END);
		}
		offered.addAll(List.of(Kind.STATUS, Kind.CLAIM));
		return new Subject(Target.MEMBERSHIPS, m.key(),
				m.state().name() + " in " + m.organisation().abbreviation() + " ("
						+ m.role().toLowerCase(Locale.ROOT).replace('_', ' ') + ", from " + m.from() + ")",
				"/states/" + m.state().iso3() + "#" + m.key(), now, List.copyOf(offered));
	}

	/** What a form asks for about the change itself, before the source fields. */
	List<Field> fields(Kind kind, Subject subject) {
		List<String> correctable = this.curation.correctableFields(subject.target().kind());
		return switch (kind) {
			case CORRECTION -> List.of(Field.select("field", "Field", options(correctable), true, null),
					Field.text("value", "New value", true, "For a date: " + DATE_HINT));
			case MEMBERSHIP -> {
				List<Field> fields = new ArrayList<>();
				if (subject.target() == Target.STATES) {
					fields.add(Field.select("organisation", "Organisation", organisationOptions(), true, null));
				}
				else {
					fields.add(Field.select("state", "State", stateOptions(), true, null));
				}
				fields.add(Field.select("role", "Role", vocabulary(FactRules.ROLES), true, null));
				fields.add(Field.text("roleLabel", "The role as the organisation names it", false, null));
				fields.add(Field.text("from", "From", false, DATE_HINT));
				fields.add(Field.text("to", "To (empty while it holds)", false, DATE_HINT));
				fields.add(Field.textarea("note", "Note", false));
				yield fields;
			}
			case END -> List.of(Field.text("to", "Last day, month or year", true, DATE_HINT),
					Field.select("endStatus", "How it ended", vocabulary(FactRules.END_STATUSES), true, null));
			case STATUS -> List.of(Field.select("status", "Status", vocabulary(FactRules.STATUS_CHANGES), true, null),
					Field.text("from", "From", true, DATE_HINT),
					Field.text("to", "To (empty while it holds)", false, DATE_HINT),
					Field.textarea("note", "Note", false));
			case EVENT -> List.of(Field.text("title", "Title", true, null), Field.text("date", "Date", true, DATE_HINT),
					Field.text("kind", "Kind of event", true, "For example summit, exercise, accession, treaty"),
					Field.textarea("description", "Description", false),
					Field.checkboxes("organisations", "Organisations it concerns (at least one)",
							organisationOptions()),
					Field.checkboxes("states", "States it involves", stateOptions()),
					Field.number("troops", "Troops taking part", false));
			case TROOPS -> List.of(Field.number("year", "Year", false), Field.number("active", "Active", false),
					Field.number("reserve", "Reserve", false), Field.number("paramilitary", "Paramilitary", false),
					Field.number("total", "Total", false), Field.checkbox("approximate", "The figure is approximate"),
					Field.textarea("note", "Note", false));
			case NAME -> List.of(Field.text("value", "Name", true, null),
					Field.text("language", "Language", true, "A BCP 47 tag such as ru, ky or ru-Latn"),
					Field.text("script", "Script", false, "An ISO 15924 code such as Cyrl or Latn"),
					Field.select("kind", "Kind of name",
							options(List.of("alias", "official", "short", "abbreviation", "romanized", "former")), true,
							null),
					Field.textarea("note", "Note", false));
			case CLAIM -> List.of(
					Field.select("field", "Field the source gives another value for", options(correctable), true, null),
					Field.text("value", "The value this source gives", true, null),
					Field.checkbox("approximate", "The value is approximate"), Field.textarea("note", "Note", false));
		};
	}

	/** The summary and the source of every form. */
	List<Field> sourceFields() {
		return List.of(
				Field.text("sourceKey", SOURCE_LABELS.get("sourceKey"), false,
						"Start typing its key or title; or leave empty and describe a new document below"),
				Field.text("sourceTitle", SOURCE_LABELS.get("sourceTitle"), false, null),
				Field.text("sourcePublisher", SOURCE_LABELS.get("sourcePublisher"), false, null),
				Field.text("sourcePublished", SOURCE_LABELS.get("sourcePublished"), false, DATE_HINT),
				Field.url("sourceUrl", SOURCE_LABELS.get("sourceUrl"), "http:// or https://"),
				Field.text("sourceLocator", SOURCE_LABELS.get("sourceLocator"), false,
						"Page, section or paragraph; needed for a document without an address"));
	}

	Field summaryField() {
		return Field.textarea("summary", "Summary of the change, in your words", true);
	}

	/** The sources the atlas lists, to pick one by key or title. */
	List<Option> sourceOptions() {
		return this.sources.find(null, null).stream().map(s -> new Option(s.key(), title(s))).toList();
	}

	private static String title(Source source) {
		String title = (source.title() != null) ? source.title() : source.key();
		return (source.publisher() != null) ? title + " — " + source.publisher() : title;
	}

	/** Values a form starts with. */
	void defaults(Kind kind, Subject subject, MultiValueMap<String, String> values) {
		if (kind == Kind.EVENT) {
			values.add((subject.target() == Target.STATES) ? "states" : "organisations", subject.key());
		}
		if (kind == Kind.NAME) {
			values.add("kind", "alias");
		}
		if (kind == Kind.MEMBERSHIP) {
			values.add("role", "MEMBER");
		}
	}

	/** Sends the form to the service as a proposal of its kind. */
	Proposal submit(Kind kind, Subject subject, MultiValueMap<String, String> form, String user, boolean editor) {
		Values v = new Values(form);
		List<SourceInput> sources = source(v);
		String summary = v.text("summary");
		String key = subject.key();
		ProposalInput input = switch (kind) {
			case CORRECTION ->
				new CorrectionInput(subject.target().kind(), key, v.text("field"), v.text("value"), summary, sources);
			case MEMBERSHIP -> new NewMembershipInput((subject.target() == Target.STATES) ? key : v.text("state"),
					(subject.target() == Target.ORGANISATIONS) ? key : v.text("organisation"), v.text("role"),
					v.text("roleLabel"), v.text("from"), v.text("to"), v.text("note"), summary, sources);
			case END -> new MembershipEndInput(key, v.text("to"), v.text("endStatus"), summary, sources);
			case STATUS -> new StatusChangeInput(key, v.text("status"), v.text("from"), v.text("to"), v.text("note"),
					summary, sources);
			case EVENT -> new EventInput(v.text("title"), v.text("date"), v.text("kind"), v.text("description"),
					v.all("organisations"), v.all("states"), v.number("troops"), summary, sources);
			case TROOPS -> new TroopFigureInput(key, v.number("year"), v.number("active"), v.number("reserve"),
					v.number("paramilitary"), v.number("total"), v.flag("approximate"), v.text("note"), summary,
					sources);
			case NAME -> new NameInput(subject.target().kind(), key, v.text("value"), v.text("language"),
					v.text("script"), v.text("kind"), v.text("note"), summary, sources);
			case CLAIM -> new ClaimInput(subject.target().kind(), key, v.text("field"), v.text("value"),
					v.flag("approximate"), v.text("note"), summary, sources);
		};
		return this.curation.propose(input, user, editor);
	}

	/**
	 * The one source of a form: an existing source by key, or a new document; none when
	 * every source field is empty (the service then says a source is needed).
	 */
	static List<SourceInput> source(MultiValueMap<String, String> form) {
		return source(new Values(form));
	}

	private static List<SourceInput> source(Values v) {
		SourceInput source = new SourceInput(v.text("sourceKey"), v.text("sourceTitle"), v.text("sourcePublisher"),
				v.text("sourcePublished"), v.text("sourceUrl"), v.text("sourceLocator"));
		boolean empty = source.key() == null && source.title() == null && source.publisher() == null
				&& source.published() == null && source.url() == null && source.locator() == null;
		return empty ? List.of() : List.of(source);
	}

	/**
	 * The form field an argument of the service names: {@code input.from} is the field
	 * {@code from}, {@code input.sources[0].url} the field {@code sourceUrl}.
	 */
	static String fieldOf(String argument) {
		if (argument == null) {
			return null;
		}
		String name = argument.startsWith("input.") ? argument.substring("input.".length()) : argument;
		if (name.equals("sources")) {
			return "sourceKey";
		}
		Matcher source = Pattern.compile("sources\\[\\d+]\\.(\\w+)").matcher(name);
		if (source.matches()) {
			String part = source.group(1);
			return "source" + Character.toUpperCase(part.charAt(0)) + part.substring(1);
		}
		return name;
	}

	/**
	 * A problem in the words of the form: the service's argument names become the labels
	 * of the fields they stand for.
	 */
	static String message(String problem, String argument, Collection<Field> fields) {
		Map<String, String> labels = new LinkedHashMap<>();
		fields.forEach(f -> labels.put(f.name(), f.label()));
		String text = problem;
		String lead = "Argument '" + argument + "' ";
		if (argument != null && text.startsWith(lead)) {
			String label = labels.getOrDefault(fieldOf(argument), "This field");
			text = label + ": " + text.substring(lead.length());
		}
		Matcher named = ARGUMENT.matcher(text);
		StringBuilder words = new StringBuilder();
		while (named.find()) {
			String label = labels.getOrDefault(fieldOf(named.group(1)), "another field");
			named.appendReplacement(words, Matcher.quoteReplacement("“" + label + "”"));
		}
		named.appendTail(words);
		return words.toString().replaceAll(" \\(argument '[^']*'\\)", "");
	}

	private List<Option> organisationOptions() {
		return this.organisations.findAll()
			.stream()
			.map(o -> new Option(o.abbreviation(), o.abbreviation() + " — " + o.name()))
			.toList();
	}

	private List<Option> stateOptions() {
		return this.states.find(null, null).stream().map(s -> new Option(s.iso3(), s.name())).toList();
	}

	private static List<Option> options(List<String> values) {
		return values.stream().map(v -> new Option(v, v)).toList();
	}

	private static List<Option> vocabulary(List<String> values) {
		return values.stream().map(v -> new Option(v, v.toLowerCase(Locale.ROOT).replace('_', ' '))).toList();
	}

	private static Map<String, String> sourceLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("sourceKey", "A source the atlas lists");
		labels.put("sourceTitle", "Title of a new document");
		labels.put("sourcePublisher", "Its publisher");
		labels.put("sourcePublished", "Published");
		labels.put("sourceUrl", "Its address");
		labels.put("sourceLocator", "Where in it the fact is");
		return labels;
	}

	/** The pages a change can be suggested from, by their path segment. */
	enum Target {

		STATES(NodeKind.STATE), ORGANISATIONS(NodeKind.ORGANISATION), MEMBERSHIPS(NodeKind.MEMBERSHIP);

		private final NodeKind kind;

		Target(NodeKind kind) {
			this.kind = kind;
		}

		public NodeKind kind() {
			return this.kind;
		}

		public String segment() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Target of(String segment) {
			for (Target target : values()) {
				if (target.segment().equals(segment)) {
					return target;
				}
			}
			return null;
		}

	}

	/** The kinds of proposal the forms make, by their path segment. */
	enum Kind {

		CORRECTION("correction", "Correct a field", "A new value for something the atlas records."),

		MEMBERSHIP("membership", "A new membership", "A membership, observer status or partnership not yet recorded."),

		END("end", "The end of this membership", "When and how the membership ended."),

		STATUS("status", "A status for part of this membership",
				"A time the membership was frozen, suspended or being withdrawn from."),

		EVENT("event", "An event", "A summit, exercise, treaty or other dated event."),

		TROOPS("troops", "A troop figure", "A count of the armed forces for a year, from its own source."),

		NAME("name", "A name or alias", "Another name, in a language and script."),

		CLAIM("claim", "A competing claim",
				"A source that gives another value than the one the atlas records; both are kept.");

		private final String segment;

		private final String title;

		private final String description;

		Kind(String segment, String title, String description) {
			this.segment = segment;
			this.title = title;
			this.description = description;
		}

		public String segment() {
			return this.segment;
		}

		public String title() {
			return this.title;
		}

		public String description() {
			return this.description;
		}

		static Kind of(String segment) {
			for (Kind kind : values()) {
				if (kind.segment.equals(segment)) {
					return kind;
				}
			}
			return null;
		}

	}

	/**
	 * What a change is suggested to: its page, its values now, and the forms it offers.
	 */
	record Subject(Target target, String key, String title, String page, Map<String, String> now, List<Kind> offered) {

		public boolean offers(Kind kind) {
			return this.offered.contains(kind);
		}

	}

	/** One field of a form. */
	record Field(String name, String label, String type, List<Option> options, boolean required, String hint) {

		static Field text(String name, String label, boolean required, String hint) {
			return new Field(name, label, "text", List.of(), required, hint);
		}

		static Field url(String name, String label, String hint) {
			return new Field(name, label, "url", List.of(), false, hint);
		}

		static Field number(String name, String label, boolean required) {
			return new Field(name, label, "number", List.of(), required, "A whole number");
		}

		static Field textarea(String name, String label, boolean required) {
			return new Field(name, label, "textarea", List.of(), required, null);
		}

		static Field select(String name, String label, List<Option> options, boolean required, String hint) {
			return new Field(name, label, "select", options, required, hint);
		}

		static Field checkbox(String name, String label) {
			return new Field(name, label, "checkbox", List.of(), false, null);
		}

		static Field checkboxes(String name, String label, List<Option> options) {
			return new Field(name, label, "checkboxes", options, false, null);
		}

	}

	/** A choice of a select or a set of check boxes. */
	record Option(String value, String label) {

	}

	/** A form's values as the service takes them. */
	private record Values(MultiValueMap<String, String> form) {

		String text(String name) {
			String value = this.form.getFirst(name);
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		List<String> all(String name) {
			List<String> values = this.form.get(name);
			return (values != null) ? values.stream().filter(v -> !v.isBlank()).toList() : List.of();
		}

		boolean flag(String name) {
			return text(name) != null;
		}

		Integer number(String name) {
			String value = text(name);
			if (value == null) {
				return null;
			}
			try {
				return Integer.valueOf(value.replace(",", "").replace(" ", ""));
			}
			catch (NumberFormatException ex) {
				throw new BadArgumentException("input." + name, "must be a whole number");
			}
		}

	}

}
