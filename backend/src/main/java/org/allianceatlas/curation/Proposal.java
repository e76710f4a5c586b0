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
 */
public record Proposal(String id, ProposalKind kind, ProposalStatus status, String summary, String proposer,
		OffsetDateTime createdAt, String reviewer, OffsetDateTime reviewedAt, String reason, NodeKind targetKind,
		String targetKey, String targetTitle, int baseVersion, List<FieldChange> changes, List<ProposedSource> sources,
		String revisionId) {

	/** A source of a proposal: an existing one by key, or a new document to record. */
	public record ProposedSource(String key, String title, String publisher, String published, String url,
			String locator, boolean isNew) {

	}

}
