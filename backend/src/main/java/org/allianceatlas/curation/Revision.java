package org.allianceatlas.curation;

import java.time.OffsetDateTime;
import java.util.List;

import org.allianceatlas.query.NodeKind;

/**
 * One accepted change of one thing in the atlas, kept for good. Revision 0 of a thing is
 * what the atlas first recorded of it, with the sources it cited then.
 *
 * @param id opaque id ({@code null} for revision 0)
 * @param number the thing's revision number: 0 as first recorded, then 1, 2, ...
 * @param entityKind the kind of thing changed
 * @param entityKey its key
 * @param title a readable name of it
 * @param kind what kind of change, null for revision 0
 * @param summary what changed, in the proposer's words
 * @param proposer who proposed it (null for revision 0)
 * @param reviewer who accepted it
 * @param at when it was accepted
 * @param changes fields before and after
 * @param sourceKeys the keys of its sources
 * @param created whether it created the thing
 * @param deleted whether it removed the thing (a revert of its creation)
 * @param revertOf the id of the revision it reverts, or null
 * @param revertedBy the id of the revision that reverted it, or null
 */
public record Revision(String id, int number, NodeKind entityKind, String entityKey, String title, ProposalKind kind,
		String summary, String proposer, String reviewer, OffsetDateTime at, List<FieldChange> changes,
		List<String> sourceKeys, boolean created, boolean deleted, String revertOf, String revertedBy) {

}
