package org.allianceatlas.curation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.allianceatlas.audit.AuditEvent;
import org.allianceatlas.curation.CurationRepository.Link;
import org.allianceatlas.curation.CurationRepository.Writes;
import org.allianceatlas.curation.Inputs.AmendInput;
import org.allianceatlas.curation.Inputs.AmendProposalInput;
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
import org.allianceatlas.graphql.ConflictException;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.query.Row;
import org.allianceatlas.source.FactRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of curation, in one place for the API and the pages: what a proposal must
 * hold (the integrity rules of the atlas's facts, {@link FactRules}), who may review it,
 * how an accepted one becomes a revision, and how a revision is reverted. Each operation
 * is one write transaction; a rule that fails leaves the graph as it was.
 */
@Service
public class CurationService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_TEXT = 2000;

	private static final int MAX_SUMMARY = 500;

	private static final int MAX_SOURCES = 10;

	/** The fields a correction may change, by kind of thing, with how to read them. */
	private static final Map<NodeKind, Map<String, FieldType>> CORRECTABLE = Map.of(NodeKind.STATE,
			Map.of("name", FieldType.TEXT), NodeKind.ORGANISATION, Map.of("name", FieldType.TEXT, "kind",
					FieldType.TEXT, "founded", FieldType.PARTIAL_DATE, "dissolved", FieldType.PARTIAL_DATE,
					"headquarters", FieldType.TEXT, "description", FieldType.TEXT, "website", FieldType.URL),
			NodeKind.MEMBERSHIP, Map.of("role", FieldType.ROLE, "roleLabel", FieldType.TEXT, "from",
					FieldType.PARTIAL_DATE, "to", FieldType.PARTIAL_DATE, "note", FieldType.TEXT),
			NodeKind.STATUS_CHANGE,
			Map.of("status", FieldType.STATUS, "from", FieldType.PARTIAL_DATE, "to", FieldType.PARTIAL_DATE, "note",
					FieldType.TEXT),
			NodeKind.EVENT,
			Map.of("title", FieldType.TEXT, "date", FieldType.PARTIAL_DATE, "kind", FieldType.TEXT, "description",
					FieldType.TEXT, "troops", FieldType.COUNT),
			NodeKind.TROOP_FIGURE,
			Map.of("year", FieldType.YEAR, "active", FieldType.COUNT, "reserve", FieldType.COUNT, "paramilitary",
					FieldType.COUNT, "total", FieldType.COUNT, "note", FieldType.TEXT),
			NodeKind.SOURCE, Map.of("title", FieldType.TEXT, "publisher", FieldType.TEXT, "published",
					FieldType.PARTIAL_DATE, "url", FieldType.URL));

	/** What may carry a competing claim. */
	private static final Set<NodeKind> CLAIMABLE = Set.of(NodeKind.ORGANISATION, NodeKind.MEMBERSHIP,
			NodeKind.STATUS_CHANGE, NodeKind.EVENT, NodeKind.TROOP_FIGURE);

	private static final Set<NodeKind> NAMED = Set.of(NodeKind.STATE, NodeKind.ORGANISATION);

	/** The field of an amendment that holds new values, by kind of proposal. */
	private static final Map<ProposalKind, String> AMENDABLE = Map.of(ProposalKind.NEW_MEMBERSHIP, "newMembership",
			ProposalKind.MEMBERSHIP_END, "membershipEnd", ProposalKind.STATUS_CHANGE, "statusChange",
			ProposalKind.EVENT, "event", ProposalKind.TROOP_FIGURE, "troopFigure", ProposalKind.NAME, "name",
			ProposalKind.CORRECTION, "correction", ProposalKind.CLAIM, "claim");

	private final CurationRepository repository;

	private final CurationProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CurationService(CurationRepository repository, CurationProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	// --- proposals
	// --------------------------------------------------------------------------

	/**
	 * Proposes a change of the kind the input is, or applies it at once for an editor
	 * where that is allowed.
	 */
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	public Proposal propose(ProposalInput in, String proposer, boolean editor) {
		return propose(draft(in), proposer, editor);
	}

	// --- what each kind of proposal holds, checked by the rules of the atlas's facts
	// -------

	private static Draft draft(ProposalInput in) {
		return switch (in) {
			case NewMembershipInput membership -> membershipDraft(membership);
			case MembershipEndInput end -> membershipEndDraft(end);
			case StatusChangeInput status -> statusChangeDraft(status);
			case EventInput event -> eventDraft(event);
			case TroopFigureInput figure -> troopFigureDraft(figure);
			case NameInput name -> nameDraft(name);
			case CorrectionInput correction -> correctionDraft(correction);
			case ClaimInput claim -> claimDraft(claim);
		};
	}

	private static Draft membershipDraft(NewMembershipInput in) {
		String state = required("input.state", in.state());
		String organisation = required("input.organisation", in.organisation());
		String role = oneOf("input.role", required("input.role", in.role()), FactRules.ROLES);
		String from = partialDate("input.from", in.from());
		String to = partialDate("input.to", in.to());
		inOrder(from, to);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("role", role);
		put(fields, "roleLabel", text("input.roleLabel", in.roleLabel()));
		put(fields, "from", from);
		put(fields, "to", to);
		put(fields, "note", text("input.note", in.note()));
		String key = newKey(
				organisation + "-" + state + "-" + role + ((from != null) ? "-" + from.substring(0, 4) : ""));
		return new Draft(ProposalKind.NEW_MEMBERSHIP, in.summary(), in.sources(), w -> {
			exists(w, NodeKind.STATE, state, "input.state", "state");
			exists(w, NodeKind.ORGANISATION, organisation, "input.organisation", "organisation");
			return Change.create(NodeKind.MEMBERSHIP, key, fields,
					Map.of("state", state, "organisation", organisation));
		});
	}

	private static Draft membershipEndDraft(MembershipEndInput in) {
		String membership = required("input.membership", in.membership());
		String to = partialDate("input.to", required("input.to", in.to()));
		String endStatus = oneOf("input.endStatus", (in.endStatus() != null) ? in.endStatus() : "ENDED",
				FactRules.END_STATUSES);
		return new Draft(ProposalKind.MEMBERSHIP_END, in.summary(), in.sources(), w -> {
			Row current = exists(w, NodeKind.MEMBERSHIP, membership, "input.membership", "membership");
			if (current.string("to") != null) {
				throw new BadArgumentException("input.membership",
						"has ended already (" + current.string("to") + "); propose a correction of 'to' instead");
			}
			if (!FactRules.inOrder(current.string("from"), to)) {
				throw new BadArgumentException("input.to",
						"is before the membership's start " + current.string("from"));
			}
			LocalDate end = FactRules.end(to);
			for (Row status : w.statusPeriods(membership)) {
				if (status.date("validTo") == null || status.date("validTo").isAfter(end)) {
					throw new BadArgumentException("input.to",
							"is before the end of a status of this membership; end or correct that status first");
				}
			}
			return Change.update(NodeKind.MEMBERSHIP, membership, current, fields("to", to, "endStatus", endStatus),
					Map.of());
		});
	}

	private static Draft statusChangeDraft(StatusChangeInput in) {
		String membership = required("input.membership", in.membership());
		String status = oneOf("input.status", required("input.status", in.status()), FactRules.STATUS_CHANGES);
		String from = partialDate("input.from", required("input.from", in.from()));
		String to = partialDate("input.to", in.to());
		inOrder(from, to);
		Map<String, Object> fields = fields("status", status, "from", from, "to", to);
		put(fields, "note", text("input.note", in.note()));
		String key = newKey(membership + "-" + status);
		return new Draft(ProposalKind.STATUS_CHANGE, in.summary(), in.sources(), w -> {
			Row current = exists(w, NodeKind.MEMBERSHIP, membership, "input.membership", "membership");
			String start = current.string("from");
			String end = current.string("to");
			if (start != null && FactRules.start(from).isBefore(FactRules.start(start))) {
				throw new BadArgumentException("input.from", "is before the membership's start " + start);
			}
			if (end != null && (to == null || FactRules.end(to).isAfter(FactRules.end(end)))) {
				throw new BadArgumentException("input.to", "must end by the membership's end " + end);
			}
			return Change.create(NodeKind.STATUS_CHANGE, key, fields, Map.of("membership", membership, "parentKind",
					NodeKind.MEMBERSHIP.name(), "parentKey", membership));
		});
	}

	private static Draft eventDraft(EventInput in) {
		String title = required("input.title", text("input.title", in.title()));
		String date = partialDate("input.date", required("input.date", in.date()));
		String kind = required("input.kind", text("input.kind", in.kind()));
		List<String> organisations = (in.organisations() != null) ? List.copyOf(new LinkedHashSet<>(in.organisations()))
				: List.of();
		if (organisations.isEmpty()) {
			throw new BadArgumentException("input.organisations",
					"must name at least one organisation the event concerns");
		}
		List<String> states = (in.states() != null) ? List.copyOf(new LinkedHashSet<>(in.states())) : List.of();
		Map<String, Object> fields = fields("title", title, "date", date, "kind", kind);
		put(fields, "description", text("input.description", in.description()));
		put(fields, "troops", count("input.troops", in.troops()));
		String key = newKey(kind + "-" + date.substring(0, 4));
		return new Draft(ProposalKind.EVENT, in.summary(), in.sources(), w -> {
			organisations.forEach(o -> exists(w, NodeKind.ORGANISATION, o, "input.organisations", "organisation"));
			states.forEach(s -> exists(w, NodeKind.STATE, s, "input.states", "state"));
			return Change.create(NodeKind.EVENT, key, fields, Map.of("organisations", organisations, "states", states));
		});
	}

	private static Draft troopFigureDraft(TroopFigureInput in) {
		String state = required("input.state", in.state());
		Integer year = year("input.year", in.year());
		Map<String, Object> fields = new LinkedHashMap<>();
		put(fields, "year", year);
		put(fields, "active", count("input.active", in.active()));
		put(fields, "reserve", count("input.reserve", in.reserve()));
		put(fields, "paramilitary", count("input.paramilitary", in.paramilitary()));
		put(fields, "total", count("input.total", in.total()));
		if (fields.keySet().stream().noneMatch(f -> !f.equals("year"))) {
			throw new BadArgumentException("input.active", "or another count must be given");
		}
		if (!FactRules.partsAddUp(in.active(), in.reserve(), in.paramilitary(), in.total())) {
			throw new BadArgumentException("input.total", "must be the sum of active, reserve and paramilitary ("
					+ ((long) in.active() + in.reserve() + in.paramilitary()) + ")");
		}
		if (Boolean.TRUE.equals(in.approximate())) {
			fields.put("approximate", true);
		}
		put(fields, "note", text("input.note", in.note()));
		String key = newKey(state + "-troops-" + ((year != null) ? year : "undated"));
		return new Draft(ProposalKind.TROOP_FIGURE, in.summary(), in.sources(), w -> {
			exists(w, NodeKind.STATE, state, "input.state", "state");
			return Change.create(NodeKind.TROOP_FIGURE, key, fields, Map.of("state", state));
		});
	}

	private static Draft nameDraft(NameInput in) {
		NodeKind ownerKind = kind("input.ownerKind", in.ownerKind(), NAMED);
		String owner = required("input.owner", in.owner());
		String value = required("input.value", text("input.value", in.value()));
		String language = required("input.language", in.language());
		if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
			throw new BadArgumentException("input.language", "must be a BCP 47 language tag such as 'ru' or 'ru-Latn'");
		}
		String nameKind = oneOf("input.kind", (in.kind() != null) ? in.kind() : "alias",
				List.of("official", "short", "abbreviation", "romanized", "alias", "former"));
		Map<String, Object> fields = fields("value", value, "language", language, "kind", nameKind);
		if (in.script() != null) {
			if (!in.script().matches("[A-Z][a-z]{3}")) {
				throw new BadArgumentException("input.script", "must be an ISO 15924 code such as 'Cyrl'");
			}
			fields.put("script", in.script());
		}
		put(fields, "note", text("input.note", in.note()));
		String key = newKey(owner + "-name-" + language);
		return new Draft(ProposalKind.NAME, in.summary(), in.sources(), w -> {
			exists(w, ownerKind, owner, "input.owner", ownerKind.label().toLowerCase(Locale.ROOT));
			return Change.create(NodeKind.NAME, key, fields, Map.of("ownerKind", ownerKind.name(), "owner", owner,
					"parentKind", ownerKind.name(), "parentKey", owner));
		});
	}

	private static Draft correctionDraft(CorrectionInput in) {
		NodeKind kind = kind("input.targetKind", in.targetKind(), CORRECTABLE.keySet());
		String target = required("input.target", in.target());
		String field = required("input.field", in.field());
		FieldType type = CORRECTABLE.get(kind).get(field);
		if (type == null) {
			throw new BadArgumentException("input.field", "is not a field a correction may change; one of "
					+ String.join(", ", CORRECTABLE.get(kind).keySet().stream().sorted().toList()));
		}
		Object value = type.read("input.value", required("input.value", in.value()));
		return new Draft(ProposalKind.CORRECTION, in.summary(), in.sources(), w -> {
			Row current = exists(w, kind, target, "input.target", kind.label().toLowerCase(Locale.ROOT));
			if (w.disputedFields(kind, target).contains(field)) {
				throw new BadArgumentException("input.field",
						"has competing claims from different sources; propose a claim instead");
			}
			if (Objects.equals(current.get(field), value)) {
				throw new BadArgumentException("input.value", "is the value the atlas holds already");
			}
			Map<String, Object> after = new HashMap<>(current.values());
			after.put(field, value);
			if (type == FieldType.PARTIAL_DATE && (field.equals("from") || field.equals("to"))
					&& !FactRules.inOrder((String) after.get("from"), (String) after.get("to"))) {
				throw new BadArgumentException("input.value", "would make the period end before it starts");
			}
			Row row = new Row(after);
			if (kind == NodeKind.TROOP_FIGURE && !FactRules.partsAddUp(row.integer("active"), row.integer("reserve"),
					row.integer("paramilitary"), row.integer("total"))) {
				throw new BadArgumentException("input.value", "would make the parts no longer add up to the total");
			}
			return Change.update(kind, target, current, fields(field, value), Map.of());
		});
	}

	private static Draft claimDraft(ClaimInput in) {
		NodeKind kind = kind("input.targetKind", in.targetKind(), CLAIMABLE);
		String target = required("input.target", in.target());
		String field = required("input.field", text("input.field", in.field()));
		if (!field.matches("[a-zA-Z]{1,40}")) {
			throw new BadArgumentException("input.field", "must be a field name such as 'from' or 'active'");
		}
		String value = required("input.value", text("input.value", in.value()));
		Map<String, Object> fields = fields("field", field, "value", value);
		if (Boolean.TRUE.equals(in.approximate())) {
			fields.put("approximate", true);
		}
		put(fields, "note", text("input.note", in.note()));
		String key = newKey(target + "-" + field + "-claim");
		return new Draft(ProposalKind.CLAIM, in.summary(), in.sources(), w -> {
			exists(w, kind, target, "input.target", kind.label().toLowerCase(Locale.ROOT));
			return Change.create(NodeKind.CLAIM, key, fields,
					Map.of("ownerKind", kind.name(), "owner", target, "parentKind", kind.name(), "parentKey", target));
		});
	}

	/** A contributor's new summary or sources for a proposal an editor sent back. */
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	public Proposal amend(AmendInput in, String contributor) {
		return amend(new AmendProposalInput(in.id(), in.summary(), in.sources(), null, null, null, null, null, null,
				null, null), contributor);
	}

	/**
	 * A contributor's amendment of a proposal an editor sent back: a new summary or new
	 * sources, or new values of the proposal's kind (with their own summary and sources),
	 * checked by the same rules as a new proposal. The version it replaces is kept with
	 * the proposal for the reviewer.
	 */
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	public Proposal amend(AmendProposalInput in, String contributor) {
		String id = required("id", in.id());
		Map.Entry<String, Draft> values = values(in);
		String summary;
		List<Map<String, Object>> sources;
		if (values != null) {
			String under = "input." + values.getKey();
			if (in.summary() != null || in.sources() != null) {
				throw new BadArgumentException((in.summary() != null) ? "input.summary" : "input.sources",
						"is given inside '" + under + "' when the values are amended; leave it out here");
			}
			summary = under(values.getKey(), () -> summary(values.getValue().summary()));
			sources = under(values.getKey(), () -> sources(values.getValue().sources()));
		}
		else {
			summary = (in.summary() != null) ? summary(in.summary()) : null;
			sources = (in.sources() != null) ? sources(in.sources()) : null;
		}
		Proposal amended = this.repository.write(w -> {
			Row p = proposalToReview(w, id);
			if (!contributor.equals(p.string("proposer"))) {
				throw new NotFoundException("id", id, "proposal of yours");
			}
			if (!ProposalStatus.CHANGES_REQUESTED.name().equals(p.string("status"))) {
				throw new ConflictException("status", "Proposal " + id + " is " + p.string("status")
						+ "; only a proposal sent back for changes can be amended");
			}
			Map<String, Object> update = new HashMap<>();
			if (values != null) {
				ProposalKind kind = ProposalKind.valueOf(p.string("kind"));
				if (values.getValue().kind() != kind) {
					throw new BadArgumentException("input." + values.getKey(), "does not fit this proposal, which is a "
							+ kind + "; give its values as 'input." + AMENDABLE.get(kind) + "'");
				}
				under(values.getKey(), () -> {
					checkSources(w, sources);
					update.putAll(changeProperties(w, values.getValue().build().apply(w)));
					return null;
				});
			}
			else if (sources != null) {
				checkSources(w, sources);
			}
			int version = (p.integer("version") != null) ? p.integer("version") : 1;
			List<Map<String, Object>> earlier = new ArrayList<>(readList(p.string("previousVersions")));
			Map<String, Object> previous = new LinkedHashMap<>();
			previous.put("number", version);
			previous.put("at", Objects.requireNonNullElse(p.get("updatedAt"), p.get("createdAt")).toString());
			for (String field : List.of("summary", "targetKind", "targetKey", "targetTitle", "fields", "beforeValues",
					"sources", "reviewer", "reason")) {
				previous.put(field, p.get(field));
			}
			earlier.add(previous);
			update.put("previousVersions", JSON.writeValueAsString(earlier));
			update.put("version", version + 1);
			update.put("status", ProposalStatus.PENDING.name());
			update.put("updatedAt", now());
			if (summary != null) {
				update.put("summary", summary);
			}
			if (sources != null) {
				update.put("sources", JSON.writeValueAsString(sources));
			}
			w.updateProposal(id, update);
			Map<String, Object> all = new HashMap<>(p.values());
			all.putAll(update);
			return proposal(new Row(all));
		});
		audit(contributor, "proposal.amended", id, Map.of("version", Integer.toString(amended.version())));
		return amended;
	}

	/** The new values an amendment gives, under the name of their field; null if none. */
	private static Map.Entry<String, Draft> values(AmendProposalInput in) {
		Map<String, Object> given = new LinkedHashMap<>();
		put(given, AMENDABLE.get(ProposalKind.NEW_MEMBERSHIP), in.newMembership());
		put(given, AMENDABLE.get(ProposalKind.MEMBERSHIP_END), in.membershipEnd());
		put(given, AMENDABLE.get(ProposalKind.STATUS_CHANGE), in.statusChange());
		put(given, AMENDABLE.get(ProposalKind.EVENT), in.event());
		put(given, AMENDABLE.get(ProposalKind.TROOP_FIGURE), in.troopFigure());
		put(given, AMENDABLE.get(ProposalKind.NAME), in.name());
		put(given, AMENDABLE.get(ProposalKind.CORRECTION), in.correction());
		put(given, AMENDABLE.get(ProposalKind.CLAIM), in.claim());
		if (given.isEmpty()) {
			return null;
		}
		if (given.size() > 1) {
			throw new BadArgumentException("input." + given.keySet().stream().skip(1).findFirst().orElseThrow(),
					"is one set of values too many: give the values of the proposal's own kind only");
		}
		String field = given.keySet().iterator().next();
		Draft draft = under(field, () -> draft((ProposalInput) given.get(field)));
		return Map.entry(field, draft);
	}

	/**
	 * Runs the rules of a proposal's input nested in an amendment, so that a bad value is
	 * named where it is: {@code input.claim.sources[0].url}.
	 */
	private static <T> T under(String field, Supplier<T> work) {
		try {
			return work.get();
		}
		catch (BadArgumentException ex) {
			String argument = ex.argument();
			if (argument == null || !argument.startsWith("input.")) {
				throw ex;
			}
			String nested = "input." + field + "." + argument.substring("input.".length());
			throw new BadArgumentException(nested,
					ex.getMessage().substring(("Argument '" + argument + "' ").length()));
		}
	}

	// --- review
	// -----------------------------------------------------------------------------

	@PreAuthorize("hasRole('EDITOR')")
	public Proposal accept(String id, String editor) {
		Proposal accepted = this.repository.write(w -> {
			Row p = proposalToReview(w, id);
			pending(p, id);
			if (editor.equals(p.string("proposer")) && !this.properties.editorsApplyDirectly()) {
				throw new BadArgumentException("id", "is your own proposal; another editor reviews it");
			}
			String revision = apply(w, p, editor);
			Map<String, Object> update = reviewed(ProposalStatus.ACCEPTED, editor, null);
			update.put("revisionId", revision);
			w.updateProposal(id, update);
			Map<String, Object> all = new HashMap<>(p.values());
			all.putAll(update);
			return proposal(new Row(all));
		});
		audit(editor, "proposal.accepted", id, Map.of("revision", accepted.revisionId()));
		return accepted;
	}

	@PreAuthorize("hasRole('EDITOR')")
	public Proposal reject(String id, String reason, String editor) {
		return review(id, reason, editor, ProposalStatus.REJECTED, "proposal.rejected");
	}

	@PreAuthorize("hasRole('EDITOR')")
	public Proposal requestChanges(String id, String reason, String editor) {
		return review(id, reason, editor, ProposalStatus.CHANGES_REQUESTED, "proposal.changes-requested");
	}

	/** Undoes a revision by a new revision, if nothing changed the thing since. */
	@PreAuthorize("hasRole('EDITOR')")
	public Revision revert(String revisionId, String summary, String editor) {
		String words = summary(summary);
		Revision revision = this.repository.write(w -> {
			Row r = w.lockRevision(required("id", revisionId));
			if (r == null) {
				throw new NotFoundException("id", revisionId, "revision");
			}
			if (r.string("revertedBy") != null) {
				throw new ConflictException("id", "Revision " + revisionId + " is reverted already");
			}
			if (r.string("revertOf") != null) {
				throw new BadArgumentException("id", "is itself a revert; revert the revision it undid instead");
			}
			NodeKind kind = NodeKind.valueOf(r.string("entityKind"));
			String key = r.string("entityKey");
			int number = r.integer("number");
			String title = r.string("title");
			int before = w.nextRevision(kind, key);
			if (before != number) {
				throw new ConflictException("revision",
						"Revision " + before + " of " + title + " came after this one; revert it first");
			}
			List<FieldChange> changes = changes(r);
			boolean deletes = r.flag("created");
			if (deletes && w.hasDependents(kind, key)) {
				throw new ConflictException("revision",
						"Names, claims or statuses were added to " + title + " since; revert them first");
			}
			if (deletes) {
				w.delete(kind, key);
			}
			else {
				Map<String, Object> restore = new HashMap<>();
				Map<String, Object> beforeValues = readMap(r.string("beforeValues"));
				for (FieldChange change : changes) {
					restore.put(change.field(), beforeValues.get(change.field()));
				}
				restore.putAll(periods(restore));
				w.setFields(kind, key, restore);
				w.uncite(kind, key, r.strings("addedCitations"));
			}
			w.deleteUncitedSources(r.strings("createdSources"));
			String id = UUID.randomUUID().toString();
			Map<String, Object> props = new HashMap<>();
			props.put("id", id);
			props.put("number", number + 1);
			props.put("entityKind", kind.name());
			props.put("entityKey", key);
			props.put("parentKind", r.string("parentKind"));
			props.put("parentKey", r.string("parentKey"));
			props.put("title", title);
			props.put("kind", r.string("kind"));
			props.put("summary", words);
			props.put("proposer", editor);
			props.put("reviewer", editor);
			props.put("at", now());
			props.put("changes",
					JSON.writeValueAsString(changes.stream()
						.map(c -> Map.of("field", c.field(), "before", nullToEmpty(c.after()), "after",
								nullToEmpty(c.before())))
						.toList()));
			props.put("sourceKeys", r.strings("sourceKeys"));
			props.put("created", false);
			props.put("deleted", deletes);
			props.put("revertOf", revisionId);
			w.createRevision(props);
			w.markReverted(revisionId, id);
			return revision(new Row(props));
		});
		audit(editor, "revision.reverted", revisionId, Map.of("revision", revision.id()));
		return revision;
	}

	// --- reading
	// ------------------------------------------------------------------------------

	/** Proposals an account may see: all for an editor, its own for a contributor. */
	public List<Proposal> proposals(String viewer, boolean editor, ProposalStatus status) {
		if (viewer == null) {
			return List.of();
		}
		return this.repository.proposals(editor ? null : viewer, (status != null) ? status.name() : null)
			.stream()
			.map(CurationService::proposal)
			.toList();
	}

	/** One proposal, if the viewer may see it. */
	public Proposal proposal(String id, String viewer, boolean editor) {
		Row row = (viewer != null) ? this.repository.proposal(id) : null;
		if (row == null || (!editor && !viewer.equals(row.string("proposer")))) {
			throw new NotFoundException("id", id, "proposal");
		}
		return proposal(row);
	}

	/** Those of the proposals of these ids that the viewer may see, by id. */
	public Map<String, Proposal> proposals(Collection<String> ids, String viewer, boolean editor) {
		Map<String, Proposal> result = new LinkedHashMap<>();
		if (viewer != null) {
			for (Row row : this.repository.proposals(ids)) {
				if (editor || viewer.equals(row.string("proposer"))) {
					result.put(row.string("id"), proposal(row));
				}
			}
		}
		return result;
	}

	/**
	 * Revisions by the keys of their global ids: an id, or for revision 0 the kind and
	 * key of its thing ({@code 0:MEMBERSHIP:csto-arm-member-2002}).
	 */
	public Map<String, Revision> revisions(Collection<String> keys) {
		Map<String, Revision> result = new LinkedHashMap<>();
		Map<NodeKind, Map<String, String>> zeros = new HashMap<>();
		List<String> ids = new ArrayList<>();
		for (String key : keys) {
			String[] parts = key.split(":", 3);
			NodeKind kind = (parts.length == 3 && (parts[0] + ":").equals(CurationNodes.REVISION_ZERO))
					? revisable(parts[1]) : null;
			if (kind != null) {
				zeros.computeIfAbsent(kind, k -> new HashMap<>()).put(parts[2], key);
			}
			else {
				ids.add(key);
			}
		}
		this.repository.revisions(ids).forEach(row -> result.put(row.string("id"), revision(row)));
		zeros.forEach((kind, byEntity) -> revisionsOf(kind, this.repository.existing(kind, byEntity.keySet()))
			.forEach((entity, history) -> {
				Revision zero = history.getLast();
				if (zero.number() == 0 && zero.id() == null) {
					result.put(byEntity.get(entity), zero);
				}
			}));
		return result;
	}

	private static NodeKind revisable(String name) {
		for (NodeKind kind : CORRECTABLE.keySet()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

	/** How many revisions there are. */
	public int revisionCount() {
		return this.repository.revisionCount();
	}

	/** A page of the revisions, newest first, cut by the database. */
	public List<Revision> recentChanges(int skip, int limit) {
		return (limit <= 0) ? List.of()
				: this.repository.revisions(skip, limit).stream().map(CurationService::revision).toList();
	}

	/** Every revision, newest first. */
	public List<Revision> recentChanges() {
		return this.repository.revisions().stream().map(CurationService::revision).toList();
	}

	public Revision revision(String id) {
		Row row = this.repository.revision(id);
		if (row == null) {
			throw new NotFoundException("id", id, "revision");
		}
		return revision(row);
	}

	/**
	 * The history of many things of one kind, newest first, ending with revision 0 (what
	 * the atlas first recorded, with the sources it cited then) for things the atlas held
	 * before curation.
	 */
	public Map<String, List<Revision>> revisionsOf(NodeKind kind, Collection<String> keys) {
		Map<String, List<Row>> found = this.repository.revisionsOf(kind, keys);
		Map<String, List<String>> cited = this.repository.citedSources(kind, keys);
		Map<String, List<Revision>> result = new LinkedHashMap<>();
		for (String key : keys) {
			List<Row> rows = found.getOrDefault(key, List.of());
			List<Revision> history = new ArrayList<>(rows.stream().map(CurationService::revision).toList());
			boolean createdHere = history.stream().anyMatch(r -> r.created() && r.entityKey().equals(key));
			if (!createdHere) {
				Set<String> added = rows.stream()
					.filter(r -> key.equals(r.string("entityKey")))
					.flatMap(r -> r.strings("addedCitations").stream())
					.collect(Collectors.toSet());
				List<String> original = cited.getOrDefault(key, List.of())
					.stream()
					.filter(s -> !added.contains(s))
					.toList();
				history.add(new Revision(null, 0, kind, key, key, null, "As first recorded in the atlas", null, null,
						null, List.of(), original, false, false, null, null));
			}
			result.put(key, history);
		}
		return result;
	}

	/** The fields a correction may change on a kind of thing, sorted. */
	public List<String> correctableFields(NodeKind kind) {
		return CORRECTABLE.getOrDefault(kind, Map.of()).keySet().stream().sorted().toList();
	}

	public boolean editorsApplyDirectly() {
		return this.properties.editorsApplyDirectly();
	}

	// --- the work inside transactions
	// ----------------------------------------------------

	private Proposal propose(Draft draft, String proposer, boolean editor) {
		ProposalKind kind = draft.kind();
		String summary = summary(draft.summary());
		List<Map<String, Object>> sources = sources(draft.sources());
		boolean direct = editor && this.properties.editorsApplyDirectly();
		Proposal proposal = this.repository.write(w -> {
			checkSources(w, sources);
			String id = UUID.randomUUID().toString();
			Map<String, Object> props = changeProperties(w, draft.build().apply(w));
			props.put("id", id);
			props.put("kind", kind.name());
			props.put("status", ProposalStatus.PENDING.name());
			props.put("summary", summary);
			props.put("proposer", proposer);
			props.put("createdAt", now());
			props.put("version", 1);
			props.put("sources", JSON.writeValueAsString(sources));
			w.createProposal(props);
			if (direct) {
				String revision = apply(w, new Row(props), proposer);
				Map<String, Object> update = reviewed(ProposalStatus.ACCEPTED, proposer, null);
				update.put("revisionId", revision);
				w.updateProposal(id, update);
				props.putAll(update);
			}
			return proposal(new Row(props));
		});
		audit(proposer, "proposal.created", proposal.id(), Map.of("kind", kind.name()));
		if (direct) {
			audit(proposer, "proposal.accepted", proposal.id(), Map.of("revision", proposal.revisionId()));
		}
		return proposal;
	}

	/** The properties of a proposal that say what it changes and how. */
	private Map<String, Object> changeProperties(Writes w, Change change) {
		Map<String, Object> props = new HashMap<>();
		props.put("targetKind", change.kind().name());
		props.put("targetKey", change.key());
		props.put("targetTitle", change.create() ? newTitle(w, change) : w.title(change.kind(), change.key()));
		props.put("create", change.create());
		props.put("baseVersion", change.baseVersion());
		props.put("fields", JSON.writeValueAsString(change.fields()));
		props.put("beforeValues", JSON.writeValueAsString(change.before()));
		props.put("links", JSON.writeValueAsString(change.links()));
		return props;
	}

	private Proposal review(String id, String reasonText, String editor, ProposalStatus outcome, String action) {
		String reason = required("reason", text("reason", reasonText));
		Proposal reviewed = this.repository.write(w -> {
			Row p = proposalToReview(w, id);
			pending(p, id);
			Map<String, Object> update = reviewed(outcome, editor, reason);
			w.updateProposal(id, update);
			Map<String, Object> all = new HashMap<>(p.values());
			all.putAll(update);
			return proposal(new Row(all));
		});
		audit(editor, action, id, Map.of("reason", reason));
		return reviewed;
	}

	/**
	 * Writes an accepted proposal's change and its revision; the revision's id. A change
	 * to something that was changed since the proposal was made is a CONFLICT naming the
	 * fields that changed.
	 */
	private String apply(Writes w, Row p, String reviewer) {
		NodeKind kind = NodeKind.valueOf(p.string("targetKind"));
		String key = p.string("targetKey");
		Map<String, Object> fields = readMap(p.string("fields"));
		Map<String, Object> before = readMap(p.string("beforeValues"));
		Map<String, Object> links = readMap(p.string("links"));
		boolean create = p.flag("create");
		int number;
		if (create) {
			createWithLinks(w, kind, key, fields, links);
			number = 1;
		}
		else {
			int base = p.integer("baseVersion");
			int current = w.nextRevision(kind, key);
			if (current < 0) {
				throw new ConflictException("target", p.string("targetTitle") + " is no longer in the atlas");
			}
			if (current != base) {
				List<Row> since = w.revisionsAfter(kind, key, base);
				Set<String> changed = new LinkedHashSet<>();
				since.forEach(r -> changes(r).forEach(c -> changed.add(c.field())));
				Set<String> overlapping = changed.stream()
					.filter(fields::containsKey)
					.collect(Collectors.toCollection(LinkedHashSet::new));
				String named = String.join(", ", overlapping.isEmpty() ? changed : overlapping);
				Row last = since.isEmpty() ? null : since.getLast();
				throw new ConflictException(named.isEmpty() ? null : named.split(", ")[0],
						p.string("targetTitle") + " changed after this proposal was made: revision " + current
								+ ((last != null) ? " by " + last.string("reviewer") : "") + " changed " + named
								+ "; compare with the atlas as it is now and propose again");
			}
			Map<String, Object> write = new HashMap<>(fields);
			write.putAll(periods(fields));
			w.setFields(kind, key, write);
			number = current + 1;
		}
		List<Map<String, Object>> sources = readList(p.string("sources"));
		List<String> createdSources = new ArrayList<>();
		List<Map<String, Object>> citations = new ArrayList<>();
		for (Map<String, Object> source : sources) {
			String sourceKey = (String) source.get("key");
			if (Boolean.TRUE.equals(source.get("isNew"))) {
				sourceKey = newKey(Objects.toString(source.get("publisher"), (String) source.get("title")));
				Map<String, Object> document = new HashMap<>();
				for (String field : List.of("title", "publisher", "published", "url")) {
					put(document, field, source.get(field));
				}
				document.put("kind", "document");
				w.createSource(sourceKey, document);
				createdSources.add(sourceKey);
			}
			citations.add(Map.of("key", sourceKey, "note", Objects.toString(source.get("locator"), "")));
		}
		List<String> added = w.cite(kind, key, citations);
		String id = UUID.randomUUID().toString();
		List<Map<String, Object>> changes = new ArrayList<>();
		fields.forEach((field, value) -> changes.add(Map.of("field", field, "before",
				nullToEmpty(asText(before.get(field))), "after", nullToEmpty(asText(value)))));
		Map<String, Object> props = new HashMap<>();
		props.put("id", id);
		props.put("number", number);
		props.put("entityKind", kind.name());
		props.put("entityKey", key);
		props.put("parentKind", links.get("parentKind"));
		props.put("parentKey", links.get("parentKey"));
		props.put("title", p.string("targetTitle"));
		props.put("kind", p.string("kind"));
		props.put("proposalId", p.string("id"));
		props.put("summary", p.string("summary"));
		props.put("proposer", p.string("proposer"));
		props.put("reviewer", reviewer);
		props.put("at", now());
		props.put("changes", JSON.writeValueAsString(changes));
		props.put("beforeValues", p.string("beforeValues"));
		props.put("sourceKeys", citations.stream().map(c -> (String) c.get("key")).toList());
		props.put("addedCitations", create ? List.of() : added);
		props.put("createdSources", createdSources);
		props.put("created", create);
		props.put("deleted", false);
		w.createRevision(props);
		return id;
	}

	private static void createWithLinks(Writes w, NodeKind kind, String key, Map<String, Object> fields,
			Map<String, Object> links) {
		for (Map.Entry<String, Object> link : links.entrySet()) {
			if (link.getValue() instanceof String target && !link.getKey().startsWith("parent")
					&& !link.getKey().equals("ownerKind")) {
				NodeKind targetKind = switch (link.getKey()) {
					case "state" -> NodeKind.STATE;
					case "organisation" -> NodeKind.ORGANISATION;
					case "membership" -> NodeKind.MEMBERSHIP;
					default -> NodeKind.valueOf((String) links.get("ownerKind"));
				};
				if (w.node(targetKind, target) == null) {
					throw new ConflictException(link.getKey(), "'" + target + "' is no longer in the atlas");
				}
			}
		}
		Map<String, Object> write = new HashMap<>(fields);
		write.putAll(periods(fields));
		w.createNode(kind, key, write);
		switch (kind) {
			case MEMBERSHIP -> {
				w.relate(NodeKind.STATE, (String) links.get("state"), Link.HOLDS, kind, key);
				w.relate(kind, key, Link.IN, NodeKind.ORGANISATION, (String) links.get("organisation"));
			}
			case STATUS_CHANGE ->
				w.relate(NodeKind.MEMBERSHIP, (String) links.get("membership"), Link.HAS_STATUS, kind, key);
			case EVENT -> {
				for (Object organisation : (List<?>) links.get("organisations")) {
					w.relate(kind, key, Link.CONCERNS, NodeKind.ORGANISATION, (String) organisation);
				}
				for (Object state : (List<?>) links.get("states")) {
					w.relate(kind, key, Link.INVOLVES, NodeKind.STATE, (String) state);
				}
			}
			case TROOP_FIGURE -> w.relate(kind, key, Link.OF_STATE, NodeKind.STATE, (String) links.get("state"));
			case NAME -> w.relate(NodeKind.valueOf((String) links.get("ownerKind")), (String) links.get("owner"),
					Link.HAS_NAME, kind, key);
			case CLAIM -> w.relate(NodeKind.valueOf((String) links.get("ownerKind")), (String) links.get("owner"),
					Link.HAS_CLAIM, kind, key);
			default -> throw new IllegalStateException("Nothing of kind " + kind + " is created by a proposal");
		}
	}

	/** The days a change's partial dates stand for, as the graph stores them. */
	private static Map<String, Object> periods(Map<String, Object> fields) {
		Map<String, Object> days = new HashMap<>();
		if (fields.containsKey("from")) {
			days.put("validFrom", (fields.get("from") != null) ? FactRules.start((String) fields.get("from")) : null);
		}
		if (fields.containsKey("to")) {
			days.put("validTo", (fields.get("to") != null) ? FactRules.end((String) fields.get("to")) : null);
		}
		if (fields.containsKey("date")) {
			days.put("validFrom", (fields.get("date") != null) ? FactRules.start((String) fields.get("date")) : null);
		}
		return days;
	}

	private String newTitle(Writes w, Change change) {
		Map<String, Object> links = change.links();
		return switch (change.kind()) {
			case MEMBERSHIP ->
				w.title(NodeKind.STATE, (String) links.get("state")) + " in " + links.get("organisation");
			case TROOP_FIGURE -> w.title(NodeKind.STATE, (String) links.get("state")) + " troops "
					+ Objects.toString(change.fields().get("year"), "undated");
			case EVENT -> (String) change.fields().get("title");
			case STATUS_CHANGE -> change.fields().get("status") + " status of "
					+ w.title(NodeKind.MEMBERSHIP, (String) links.get("membership"));
			case NAME -> change.fields().get("value") + " (name of "
					+ w.title(NodeKind.valueOf((String) links.get("ownerKind")), (String) links.get("owner")) + ")";
			case CLAIM -> change.fields().get("field") + " of "
					+ w.title(NodeKind.valueOf((String) links.get("ownerKind")), (String) links.get("owner"));
			default -> change.key();
		};
	}

	private static Row proposalToReview(Writes w, String id) {
		Row p = w.lockProposal(required("id", id));
		if (p == null) {
			throw new NotFoundException("id", id, "proposal");
		}
		return p;
	}

	private static void pending(Row p, String id) {
		if (!ProposalStatus.PENDING.name().equals(p.string("status"))) {
			throw new ConflictException("status", "Proposal " + id + " is " + p.string("status")
					+ " already; only a pending proposal can be reviewed");
		}
	}

	private Map<String, Object> reviewed(ProposalStatus outcome, String editor, String reason) {
		Map<String, Object> update = new HashMap<>();
		update.put("status", outcome.name());
		update.put("reviewer", editor);
		update.put("reviewedAt", now());
		update.put("reason", reason);
		return update;
	}

	private static void checkSources(Writes w, List<Map<String, Object>> sources) {
		List<String> keys = sources.stream()
			.filter(s -> !Boolean.TRUE.equals(s.get("isNew")))
			.map(s -> (String) s.get("key"))
			.toList();
		List<String> missing = w.missingSources(keys);
		if (!missing.isEmpty()) {
			throw new BadArgumentException("input.sources[" + indexOfKey(sources, missing.getFirst()) + "].key",
					"names no source: '" + missing.getFirst() + "'");
		}
	}

	private static int indexOfKey(List<Map<String, Object>> sources, String key) {
		for (int i = 0; i < sources.size(); i++) {
			if (key.equals(sources.get(i).get("key"))) {
				return i;
			}
		}
		return 0;
	}

	// --- input rules
	// -----------------------------------------------------------------------

	private static String summary(String text) {
		String summary = required("input.summary", text("input.summary", text));
		if (summary.length() > MAX_SUMMARY) {
			throw new BadArgumentException("input.summary", "is longer than " + MAX_SUMMARY + " characters");
		}
		return summary;
	}

	/**
	 * The sources as stored with a proposal; each an existing key or a whole document.
	 */
	private static List<Map<String, Object>> sources(List<SourceInput> inputs) {
		if (inputs == null || inputs.isEmpty()) {
			throw new BadArgumentException("input.sources", "must name at least one source for the fact");
		}
		if (inputs.size() > MAX_SOURCES) {
			throw new BadArgumentException("input.sources", "may name at most " + MAX_SOURCES + " sources");
		}
		List<Map<String, Object>> result = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			SourceInput in = inputs.get(i);
			String at = "input.sources[" + i + "]";
			Map<String, Object> source = new HashMap<>();
			put(source, "locator", text(at + ".locator", in.locator()));
			if (in.isExisting()) {
				if (in.title() != null || in.publisher() != null || in.url() != null || in.published() != null) {
					throw new BadArgumentException(at + ".key",
							"names an existing source; give either its key or a new document, not both");
				}
				source.put("key", in.key());
				source.put("isNew", false);
			}
			else {
				String title = text(at + ".title", in.title());
				String publisher = text(at + ".publisher", in.publisher());
				if (title == null) {
					throw new BadArgumentException(at + ".title",
							"is needed for a new document (or give the key of an existing source)");
				}
				String published = partialDate(at + ".published", in.published());
				String url = blankToNull(in.url());
				if (url != null && !FactRules.isHttpUrl(url)) {
					throw new BadArgumentException(at + ".url", "must be an http or https address");
				}
				if (url == null && source.get("locator") == null) {
					throw new BadArgumentException(at + ".locator",
							"is needed for a document without an address: say where in it the fact is (page, section)");
				}
				put(source, "title", title);
				put(source, "publisher", publisher);
				put(source, "published", published);
				put(source, "url", url);
				source.put("isNew", true);
			}
			result.add(source);
		}
		return result;
	}

	private static String required(String argument, String value) {
		if (value == null || value.isBlank()) {
			throw new BadArgumentException(argument, "is required");
		}
		return value.strip();
	}

	/**
	 * Plain text: stripped, without control characters, of bounded length; blank is null.
	 */
	private static String text(String argument, String value) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		if (text.length() > MAX_TEXT) {
			throw new BadArgumentException(argument, "is longer than " + MAX_TEXT + " characters");
		}
		if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
			throw new BadArgumentException(argument, "contains control characters");
		}
		return text;
	}

	private static String partialDate(String argument, String value) {
		String text = blankToNull(value);
		if (text != null && !FactRules.isPartialDate(text)) {
			throw new BadArgumentException(argument,
					"must be a real date with the precision known: YYYY, YYYY-MM or YYYY-MM-DD (not '" + text + "')");
		}
		return text;
	}

	private static void inOrder(String from, String to) {
		if (!FactRules.inOrder(from, to)) {
			throw new BadArgumentException("input.to", "is before 'input.from' (" + from + ")");
		}
	}

	private static String oneOf(String argument, String value, List<String> allowed) {
		if (!allowed.contains(value)) {
			throw new BadArgumentException(argument, "must be one of " + String.join(", ", allowed));
		}
		return value;
	}

	private static Integer count(String argument, Integer value) {
		if (value != null && value < 0) {
			throw new BadArgumentException(argument, "must not be negative");
		}
		return value;
	}

	private static Integer year(String argument, Integer value) {
		if (value != null && (value < 1900 || value > 2100)) {
			throw new BadArgumentException(argument, "must be a year between 1900 and 2100");
		}
		return value;
	}

	private static NodeKind kind(String argument, NodeKind kind, Set<NodeKind> allowed) {
		if (kind == null || !allowed.contains(kind)) {
			throw new BadArgumentException(argument,
					"must be one of " + String.join(", ", allowed.stream().map(NodeKind::name).sorted().toList()));
		}
		return kind;
	}

	private static Row exists(Writes w, NodeKind kind, String key, String argument, String what) {
		Row row = w.node(kind, key);
		if (row == null) {
			throw new BadArgumentException(argument, "names no " + what + ": '" + key + "'");
		}
		return row;
	}

	private static Map<String, Object> fields(Object... namesAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			put(map, (String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String asText(Object value) {
		return (value != null) ? value.toString() : null;
	}

	/** A new business key: lowercase kebab-case words and a short random part. */
	private static String newKey(String words) {
		String base = words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (base.length() > 60) {
			base = base.substring(0, 60);
		}
		return base + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private ZonedDateTime now() {
		return ZonedDateTime.now(this.clock.withZone(ZoneOffset.UTC));
	}

	private void audit(String actor, String action, String subject, Map<String, String> details) {
		this.events.publishEvent(new AuditEvent(actor, action, subject, details));
	}

	// --- reading stored records
	// ------------------------------------------------------------

	static Proposal proposal(Row p) {
		List<Proposal.Version> previous = readList(p.string("previousVersions")).stream().map(Row::new).map(v -> {
			return new Proposal.Version(v.integer("number"), ZonedDateTime.parse(v.string("at")).toOffsetDateTime(),
					v.string("summary"), NodeKind.valueOf(v.string("targetKind")), v.string("targetKey"),
					v.string("targetTitle"), proposedChanges(v), proposedSources(v), v.string("reviewer"),
					v.string("reason"));
		}).toList();
		return new Proposal(p.string("id"), ProposalKind.valueOf(p.string("kind")),
				ProposalStatus.valueOf(p.string("status")), p.string("summary"), p.string("proposer"),
				time(p.get("createdAt")), p.string("reviewer"), time(p.get("reviewedAt")), p.string("reason"),
				NodeKind.valueOf(p.string("targetKind")), p.string("targetKey"), p.string("targetTitle"),
				p.integer("baseVersion"), proposedChanges(p), proposedSources(p), p.string("revisionId"),
				(p.integer("version") != null) ? p.integer("version") : 1, previous);
	}

	private static List<FieldChange> proposedChanges(Row p) {
		Map<String, Object> fields = readMap(p.string("fields"));
		Map<String, Object> before = readMap(p.string("beforeValues"));
		List<FieldChange> changes = new ArrayList<>();
		fields.forEach((field, value) -> changes.add(new FieldChange(field, asText(before.get(field)), asText(value))));
		return changes;
	}

	private static List<Proposal.ProposedSource> proposedSources(Row p) {
		return readList(p.string("sources")).stream()
			.map(s -> new Proposal.ProposedSource((String) s.get("key"), (String) s.get("title"),
					(String) s.get("publisher"), (String) s.get("published"), (String) s.get("url"),
					(String) s.get("locator"), Boolean.TRUE.equals(s.get("isNew"))))
			.toList();
	}

	static Revision revision(Row r) {
		return new Revision(r.string("id"), r.integer("number"), NodeKind.valueOf(r.string("entityKind")),
				r.string("entityKey"), r.string("title"),
				(r.string("kind") != null) ? ProposalKind.valueOf(r.string("kind")) : null, r.string("summary"),
				r.string("proposer"), r.string("reviewer"), time(r.get("at")), changes(r), r.strings("sourceKeys"),
				r.flag("created"), r.flag("deleted"), r.string("revertOf"), r.string("revertedBy"));
	}

	private static List<FieldChange> changes(Row r) {
		return readList(r.string("changes")).stream()
			.map(c -> new FieldChange((String) c.get("field"), emptyToNull((String) c.get("before")),
					emptyToNull((String) c.get("after"))))
			.toList();
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	private static OffsetDateTime time(Object value) {
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime();
		}
		return (value instanceof OffsetDateTime offset) ? offset : null;
	}

	private static Map<String, Object> readMap(String json) {
		return (json == null) ? new LinkedHashMap<>()
				: JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
				});
	}

	private static List<Map<String, Object>> readList(String json) {
		return (json == null) ? List.of() : JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
		});
	}

	/** How the value of a correctable field is read from text. */
	private enum FieldType {

		TEXT, PARTIAL_DATE, URL, COUNT, YEAR, ROLE, STATUS;

		Object read(String argument, String value) {
			return switch (this) {
				case TEXT -> text(argument, value);
				case PARTIAL_DATE -> partialDate(argument, value);
				case URL -> {
					if (!FactRules.isHttpUrl(value)) {
						throw new BadArgumentException(argument, "must be an http or https address");
					}
					yield value;
				}
				case COUNT, YEAR -> {
					int number;
					try {
						number = Integer.parseInt(value);
					}
					catch (NumberFormatException ex) {
						throw new BadArgumentException(argument, "must be a whole number");
					}
					yield (this == YEAR) ? year(argument, number) : count(argument, number);
				}
				case ROLE -> oneOf(argument, value, FactRules.ROLES);
				case STATUS -> oneOf(argument, value, FactRules.STATUS_CHANGES);
			};
		}

	}

	/**
	 * A proposal as its input gives it, its values checked: its kind, summary and
	 * sources, and how it reads the graph to become a change, inside the transaction that
	 * stores it.
	 */
	private record Draft(ProposalKind kind, String summary, List<SourceInput> sources, Function<Writes, Change> build) {

	}

	/**
	 * A proposal's change as stored: what it creates or updates, the fields after, their
	 * values before, and what a new thing is linked to.
	 */
	private record Change(NodeKind kind, String key, boolean create, int baseVersion, Map<String, Object> fields,
			Map<String, Object> before, Map<String, Object> links) {

		static Change create(NodeKind kind, String key, Map<String, Object> fields, Map<String, Object> links) {
			return new Change(kind, key, true, 0, fields, Map.of(), links);
		}

		static Change update(NodeKind kind, String key, Row current, Map<String, Object> fields,
				Map<String, Object> links) {
			Map<String, Object> before = new LinkedHashMap<>();
			fields.keySet().forEach(field -> before.put(field, plain(current.get(field))));
			Integer version = current.integer("revision");
			return new Change(kind, key, false, (version != null) ? version : 0, fields, before, links);
		}

		private static Object plain(Object value) {
			return (value instanceof String || value instanceof Number || value instanceof Boolean) ? value
					: (value != null) ? value.toString() : null;
		}

	}

}
