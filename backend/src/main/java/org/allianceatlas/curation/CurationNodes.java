package org.allianceatlas.curation;

import org.allianceatlas.node.GuardedNodeType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Proposals and revisions as {@code Node}s: a proposal is seen by its proposer and by
 * editors only, a revision by anyone. The key of revision 0, which has no id of its own,
 * is the kind and key of its thing.
 */
@Configuration(proxyBeanMethods = false)
class CurationNodes {

	static final String REVISION_ZERO = "0:";

	@Bean
	GuardedNodeType<Proposal> proposalNodeType(CurationService curation, Viewers viewers) {
		return new GuardedNodeType<>("Proposal", Proposal.class, Proposal::id,
				(ids, viewer) -> curation.proposals(ids, viewers.name(viewer), viewers.isEditor(viewer)));
	}

	@Bean
	GuardedNodeType<Revision> revisionNodeType(CurationService curation) {
		return new GuardedNodeType<>("Revision", Revision.class, CurationNodes::key,
				(keys, viewer) -> curation.revisions(keys));
	}

	/** The key of a revision in its global id. */
	static String key(Revision revision) {
		return (revision.id() != null) ? revision.id()
				: REVISION_ZERO + revision.entityKind().name() + ":" + revision.entityKey();
	}

}
