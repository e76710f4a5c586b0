package org.allianceatlas.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.allianceatlas.graph.RelationshipKind;
import org.allianceatlas.membership.MembershipStatus;
import org.allianceatlas.membership.Role;
import org.allianceatlas.membership.StatusStage;
import org.allianceatlas.query.NodeKind;

/**
 * The words and colours the pages use for roles, statuses, stages and relationship kinds:
 * the one table of them, keyed by the domain's enums, so that Java, the templates, the
 * stylesheet ({@code /vocabulary.css}) and the page scripts (the JSON data block every
 * page carries, also at {@code /vocabulary.json}) share it.
 *
 * @param roles role keys in display order, strongest first
 * @param statuses membership statuses
 * @param stages other stages recorded inside a membership
 * @param relationships the explorer's edge kinds, in display order
 * @param nodeKinds the kinds of node the explorer draws
 * @param labels display label of every key
 * @param swatches colour and readable text colour of every role, status, stage and node
 * kind, and of every relationship kind but {@code MEMBER_OF} (drawn in its role's colour)
 */
record Vocabulary(List<String> roles, List<String> statuses, List<String> stages, List<String> relationships,
		List<String> nodeKinds, Map<String, String> labels, Map<String, Swatch> swatches) {

	/** The node kinds the explorer shows. */
	private static final NodeKind[] DRAWN = { NodeKind.STATE, NodeKind.ORGANISATION, NodeKind.BODY, NodeKind.PERSON,
			NodeKind.EVENT };

	private static final String WHITE = "#fff";

	private static final String BLACK = "#000";

	private static final String INK = "#1d2430";

	private static final String GREY = "#999999";

	/**
	 * Okabe–Ito colours, safe for colour-blind readers; Paul Tol's muted scheme for the
	 * stages.
	 */
	private static final Map<Enum<?>, Look> LOOKS = Map.ofEntries(
			Map.entry(Role.MEMBER, look("Member", "#0072b2", WHITE)),
			Map.entry(Role.ASSOCIATE_MEMBER, look("Associate member", "#56b4e9", BLACK)),
			Map.entry(Role.OBSERVER, look("Observer", "#e69f00", BLACK)),
			Map.entry(Role.PARLIAMENTARY_OBSERVER, look("Parliamentary observer", "#f0e442", BLACK)),
			Map.entry(Role.PARTNER, look("Partner", "#009e73", WHITE)),
			Map.entry(Role.PARTICIPANT, look("Participant (not a member)", "#44aa99", BLACK)),
			Map.entry(MembershipStatus.ACTIVE, look("Active", "#0072b2", WHITE)),
			Map.entry(MembershipStatus.FROZEN, look("Frozen", "#cc79a7", BLACK)),
			Map.entry(MembershipStatus.SUSPENDED, look("Suspended", "#d55e00", WHITE)),
			Map.entry(MembershipStatus.ENDED, look("Ended", "#b8bec8", BLACK)),
			Map.entry(MembershipStatus.REPRESENTATIVES_RECALLED, look("Representatives recalled", "#882255", WHITE)),
			Map.entry(MembershipStatus.UNDATED, look("Undated (no status on any day)", "#ffffff", BLACK)),
			Map.entry(StatusStage.WITHDRAWING, look("Withdrawing (notice given)", "#999933", BLACK)),
			Map.entry(RelationshipKind.MEMBER_OF, look("member of", null, null)),
			Map.entry(RelationshipKind.SUCCEEDED_BY, look("succeeded by", INK, WHITE)),
			Map.entry(RelationshipKind.PART_OF, look("part of", "#009e73", WHITE)),
			Map.entry(RelationshipKind.OBSERVER_IN, look("observer in", "#e69f00", BLACK)),
			Map.entry(RelationshipKind.COOPERATES_WITH, look("cooperates with", "#56b4e9", BLACK)),
			Map.entry(RelationshipKind.HELD_OFFICE, look("held office", "#cc79a7", BLACK)),
			Map.entry(RelationshipKind.NATIONAL_OF, look("national of", "#cc79a7", BLACK)),
			Map.entry(RelationshipKind.CONCERNS, look("concerns", GREY, BLACK)),
			Map.entry(RelationshipKind.INVOLVES, look("involves", GREY, BLACK)),
			Map.entry(NodeKind.STATE, look("State", "#0072b2", WHITE)),
			Map.entry(NodeKind.ORGANISATION, look("Organisation", "#e69f00", BLACK)),
			Map.entry(NodeKind.BODY, look("Body", "#009e73", WHITE)),
			Map.entry(NodeKind.PERSON, look("Person", "#cc79a7", BLACK)),
			Map.entry(NodeKind.EVENT, look("Event", GREY, BLACK)));

	static final Vocabulary INSTANCE = build();

	private static Vocabulary build() {
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, Swatch> swatches = new LinkedHashMap<>();
		Stream.of(Role.values(), MembershipStatus.values(), StatusStage.values(), RelationshipKind.values(), DRAWN)
			.flatMap(Arrays::stream)
			.forEach(key -> {
				Look look = LOOKS.get(key);
				if (look == null) {
					throw new IllegalStateException("The vocabulary has no label for " + key);
				}
				labels.put(key.name(), look.label());
				if (look.swatch() != null) {
					swatches.put(key.name(), look.swatch());
				}
			});
		return new Vocabulary(names(Role.values()), names(MembershipStatus.values()), names(StatusStage.values()),
				names(RelationshipKind.values()), names(DRAWN), labels, swatches);
	}

	private static Look look(String label, String colour, String ink) {
		return new Look(label, (colour != null) ? new Swatch(colour, ink) : null);
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	/**
	 * The badge and swatch classes of the pages: {@code .r-ROLE} for a role,
	 * {@code .s-STATUS} for a status or stage, each in its colour with a readable text
	 * colour.
	 */
	String css() {
		StringBuilder css = new StringBuilder("/* Role and status colours, written from the atlas's vocabulary. */\n");
		Stream.of(this.roles, this.statuses, this.stages).flatMap(List::stream).forEach(key -> {
			Swatch swatch = this.swatches.get(key);
			css.append(this.roles.contains(key) ? ".r-" : ".s-")
				.append(key)
				.append(" { background: ")
				.append(swatch.colour())
				.append("; color: ")
				.append(swatch.ink())
				.append("; }\n");
		});
		return css.toString();
	}

	/**
	 * As JSON for a {@code <script type="application/json">} block: {@code <}, {@code >}
	 * and {@code &} are written as Unicode escapes, so no text can close the element.
	 */
	String json() {
		return scriptSafe(Json.write(this));
	}

	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	/** A colour and the text colour readable on it. */
	record Swatch(String colour, String ink) {
	}

	private record Look(String label, Swatch swatch) {
	}

}
