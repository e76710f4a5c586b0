package org.allianceatlas.curation;

import java.time.OffsetDateTime;
import java.util.List;

import org.allianceatlas.query.NodeKind;

/**
 * A change a contributor asks for, invisible to readers until an editor accepts it.
 *
 * @param id opaque id
 * @param kind what it changes
 * @param status where it stands in review
 * @param summary the contributor's own summary
 * @param proposer user name of the contributor
 * @param createdAt when it was proposed
 * @param reviewer user name of the editor who last reviewed it, or null
 * @param reviewedAt when, or null
 * @param reason the editor's reason for a rejection or a request for changes
 * @param targetKind the kind of thing it changes or creates
 * @param targetKey that thing's key (the key it will have, for something new)
 * @param targetTitle a readable name of it
 * @param baseVersion the revision of the thing when the proposal was made
 * @param changes the fields before and after
 * @param sources its sources as proposed
 * @param revisionId the revision it became, once accepted
 * @param version 1 as first proposed, one more with each amendment
 * @param previousVersions what it was before each amendment, oldest first
 */
public record Proposal(String id, ProposalKind kind, ProposalStatus status, String summary, String proposer,
		OffsetDateTime createdAt, String reviewer, OffsetDateTime reviewedAt, String reason, NodeKind targetKind,
		String targetKey, String targetTitle, int baseVersion, List<FieldChange> changes, List<ProposedSource> sources,
		String revisionId, int version, List<Version> previousVersions) {

	/**
	 * What a proposal was before an amendment, and why an editor sent it back.
	 *
	 * @param number its version number
	 * @param at when this version was proposed or amended
	 * @param summary its summary
	 * @param targetKind the kind of thing it changed or created
	 * @param targetKey that thing's key
	 * @param targetTitle a readable name of it
	 * @param changes its fields before and after
	 * @param sources its sources
	 * @param reviewer the editor who sent it back
	 * @param reason what the editor asked to change
	 */
	public record Version(int number, OffsetDateTime at, String summary, NodeKind targetKind, String targetKey,
			String targetTitle, List<FieldChange> changes, List<ProposedSource> sources, String reviewer,
			String reason) {

	}

	/** A source of a proposal: an existing one by key, or a new document to record. */
	public record ProposedSource(String key, String title, String publisher, String published, String url,
			String locator, boolean isNew) {

	}

}
