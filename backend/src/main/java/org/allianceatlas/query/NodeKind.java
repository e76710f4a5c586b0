package org.allianceatlas.query;

import java.util.List;

/**
 * The kinds of node the API shows, and how to read a node's business key and name by its
 * labels.
 */
public enum NodeKind {

	STATE("State", "iso3"), ORGANISATION("Organisation", "abbreviation"), BODY("Body", "key"), PERSON("Person", "key"),
	EVENT("Event", "key"), MEMBERSHIP("Membership", "key"), TROOP_FIGURE("TroopFigure", "key"),
	STATUS_CHANGE("StatusChange", "key"), NAME("Name", "key"), SOURCE("Source", "key"), CLAIM("Claim", "key"),
	OTHER("", "key");

	private final String label;

	private final String keyProperty;

	NodeKind(String label, String keyProperty) {
		this.label = label;
		this.keyProperty = keyProperty;
	}

	public String label() {
		return this.label;
	}

	public String keyProperty() {
		return this.keyProperty;
	}

	public static NodeKind of(List<String> labels) {
		for (NodeKind kind : values()) {
			if (kind != OTHER && labels.contains(kind.label)) {
				return kind;
			}
		}
		return OTHER;
	}

	/** The key of a node of this kind from its properties. */
	public String keyOf(Row properties) {
		return properties.string(this.keyProperty);
	}

	/** A readable name of a node from its properties. */
	public static String nameOf(Row properties) {
		for (String property : List.of("name", "title", "value", "key", "abbreviation", "iso3")) {
			if (properties.string(property) != null) {
				return properties.string(property);
			}
		}
		return "";
	}

}
