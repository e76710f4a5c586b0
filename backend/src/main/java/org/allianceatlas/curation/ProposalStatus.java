package org.allianceatlas.curation;

/** Where a proposal stands in review. */
public enum ProposalStatus {

	/** Waiting for an editor. */
	PENDING,

	/** An editor asked the contributor to amend it; it waits for the amendment. */
	CHANGES_REQUESTED,

	/** Accepted: its change is in the atlas as a revision. */
	ACCEPTED,

	/** Rejected with a reason; it changed nothing. */
	REJECTED

}
