package org.allianceatlas.curation;

/** What a proposal changes. */
public enum ProposalKind {

	/** A state's new membership of an organisation. */
	NEW_MEMBERSHIP,

	/** The end of a membership. */
	MEMBERSHIP_END,

	/** A status (frozen, suspended, ...) for part of a membership. */
	STATUS_CHANGE,

	/** A dated event concerning organisations. */
	EVENT,

	/** A count of a state's armed forces. */
	TROOP_FIGURE,

	/** A name or alias of a state or organisation. */
	NAME,

	/** A new value for one field of something the atlas holds. */
	CORRECTION,

	/** A competing value for a field, from its own source. */
	CLAIM

}
