package org.allianceatlas.curation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
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
import org.allianceatlas.event.Event;
import org.allianceatlas.graphql.Batches;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.membership.Membership;
import org.allianceatlas.node.GuardedNodeType;
import org.allianceatlas.membership.StatusChange;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Facts;
import org.allianceatlas.source.Source;
import org.allianceatlas.state.State;
import org.allianceatlas.troops.TroopFigure;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The curation API: proposals, review, revisions. Every rule is the service's; this maps
 * fields onto it and names the account from the request's authentication.
 */
@Controller
class CurationController {

	private final CurationService curation;

	private final Viewers viewers;

	private final Facts facts;

	private final Paging paging;

	private final GuardedNodeType<Proposal> proposalNodes;

	private final GuardedNodeType<Revision> revisionNodes;

	CurationController(CurationService curation, Viewers viewers, Facts facts, Paging paging,
			GuardedNodeType<Proposal> proposalNodes, GuardedNodeType<Revision> revisionNodes) {
		this.curation = curation;
		this.proposalNodes = proposalNodes;
		this.revisionNodes = revisionNodes;
		this.viewers = viewers;
		this.facts = facts;
		this.paging = paging;
	}

	@MutationMapping
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	Proposal proposeMembership(@Argument NewMembershipInput input, Authentication auth) {
		return propose(input, auth);
	}

	@MutationMapping
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	Proposal proposeMembershipEnd(@Argument MembershipEndInput input, Authentication auth) {
		return propose(input, auth);
	}

	@MutationMapping
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	Proposal proposeStatusChange(@Argument StatusChangeInput input, Authentication auth) {
		return propose(input, auth);
	}

	@MutationMapping
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	Proposal proposeEvent(@Argument EventInput input, Authentication auth) {
		return propose(input, auth);
	}

	@MutationMapping
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	Proposal proposeTroopFigure(@Argument TroopFigureInput input, Authentication auth) {
		return propose(input, auth);
	}

	@MutationMapping
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	Proposal proposeName(@Argument NameInput input, Authentication auth) {
		return propose(input, auth);
	}

	@MutationMapping
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	Proposal proposeCorrection(@Argument CorrectionInput input, Authentication auth) {
		return propose(input, auth);
	}

	@MutationMapping
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	Proposal proposeClaim(@Argument ClaimInput input, Authentication auth) {
		return propose(input, auth);
	}

	private Proposal propose(ProposalInput input, Authentication auth) {
		return this.curation.propose(input, auth.getName(), this.viewers.isEditor(auth));
	}

	@MutationMapping
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	Proposal amendProposal(@Argument AmendProposalInput input, Authentication auth) {
		return this.curation.amend(input.withId(this.proposalNodes.keyIn(input.id())), auth.getName());
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Proposal acceptProposal(@Argument String id, Authentication auth) {
		return this.curation.accept(this.proposalNodes.keyIn(id), auth.getName());
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Proposal rejectProposal(@Argument String id, @Argument String reason, Authentication auth) {
		return this.curation.reject(this.proposalNodes.keyIn(id), reason, auth.getName());
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Proposal requestChanges(@Argument String id, @Argument String reason, Authentication auth) {
		return this.curation.requestChanges(this.proposalNodes.keyIn(id), reason, auth.getName());
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Revision revertRevision(@Argument String id, @Argument String summary, Authentication auth) {
		return this.curation.revert(this.revisionNodes.keyIn(id), summary, auth.getName());
	}

	@QueryMapping
	List<Proposal> proposals(@Argument ProposalStatus status) {
		Authentication auth = this.viewers.current();
		return this.curation.proposals(this.viewers.name(auth), this.viewers.isEditor(auth), status);
	}

	@QueryMapping
	Proposal proposal(@Argument String id) {
		Authentication auth = this.viewers.current();
		return this.curation.proposal(this.proposalNodes.keyIn(id), this.viewers.name(auth),
				this.viewers.isEditor(auth));
	}

	@QueryMapping
	Paging.Connection<Revision> recentChanges(DataFetchingEnvironment env) {
		int total = this.curation.revisionCount();
		Paging.Window window = this.paging.window(total, Paging.Page.of(env));
		return this.paging.connection(this.curation.recentChanges(window.start(), window.size()), window, total);
	}

	@QueryMapping
	Revision revision(@Argument String id) {
		String key = this.revisionNodes.keyIn(id);
		Revision revision = this.curation.revisions(List.of(key)).get(key);
		if (revision == null) {
			throw new NotFoundException("id", id, "revision");
		}
		return revision;
	}

	@SchemaMapping(typeName = "Proposal", field = "revision")
	Revision proposalRevision(Proposal proposal) {
		return (proposal.revisionId() != null) ? this.curation.revision(proposal.revisionId()) : null;
	}

	@SchemaMapping(typeName = "Proposal", field = "createdAt")
	String proposalCreatedAt(Proposal proposal) {
		return instant(proposal.createdAt());
	}

	@SchemaMapping(typeName = "Proposal", field = "reviewedAt")
	String proposalReviewedAt(Proposal proposal) {
		return instant(proposal.reviewedAt());
	}

	@SchemaMapping(typeName = "ProposalVersion", field = "at")
	String proposalVersionAt(Proposal.Version version) {
		return instant(version.at());
	}

	@SchemaMapping(typeName = "Revision", field = "at")
	String revisionAt(Revision revision) {
		return instant(revision.at());
	}

	@SchemaMapping(typeName = "Revision", field = "revertOf")
	String revisionRevertOf(Revision revision) {
		return (revision.revertOf() != null) ? this.revisionNodes.idOfKey(revision.revertOf()) : null;
	}

	@SchemaMapping(typeName = "Revision", field = "revertedBy")
	String revisionRevertedBy(Revision revision) {
		return (revision.revertedBy() != null) ? this.revisionNodes.idOfKey(revision.revertedBy()) : null;
	}

	@SchemaMapping(typeName = "Revision", field = "summary")
	String revisionSummary(Revision revision) {
		return revision.summary();
	}

	@BatchMapping(typeName = "Revision", field = "sources")
	Map<Revision, List<Source>> revisionSources(List<Revision> revisions) {
		return this.facts.listedSourcesFor(revisions, Revision::sourceKeys);
	}

	@BatchMapping(typeName = "State", field = "revisions")
	Map<State, List<Revision>> stateRevisions(List<State> list) {
		return revisions(NodeKind.STATE, list, State::iso3);
	}

	@BatchMapping(typeName = "Organisation", field = "revisions")
	Map<Organisation, List<Revision>> organisationRevisions(List<Organisation> list) {
		return revisions(NodeKind.ORGANISATION, list, Organisation::abbreviation);
	}

	@BatchMapping(typeName = "Membership", field = "revisions")
	Map<Membership, List<Revision>> membershipRevisions(List<Membership> list) {
		return revisions(NodeKind.MEMBERSHIP, list, Membership::key);
	}

	@BatchMapping(typeName = "StatusChange", field = "revisions")
	Map<StatusChange, List<Revision>> statusChangeRevisions(List<StatusChange> list) {
		return revisions(NodeKind.STATUS_CHANGE, list, StatusChange::key);
	}

	@BatchMapping(typeName = "Event", field = "revisions")
	Map<Event, List<Revision>> eventRevisions(List<Event> list) {
		return revisions(NodeKind.EVENT, list, Event::key);
	}

	@BatchMapping(typeName = "TroopFigure", field = "revisions")
	Map<TroopFigure, List<Revision>> troopFigureRevisions(List<TroopFigure> list) {
		return revisions(NodeKind.TROOP_FIGURE, list, TroopFigure::key);
	}

	@BatchMapping(typeName = "Source", field = "revisions")
	Map<Source, List<Revision>> sourceRevisions(List<Source> list) {
		return revisions(NodeKind.SOURCE, list, Source::key);
	}

	private <P> Map<P, List<Revision>> revisions(NodeKind kind, List<P> parents, Function<P, String> key) {
		return Batches.byKey(parents, key, this.curation.revisionsOf(kind, Batches.keys(parents, key)));
	}

	private static String instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant().toString() : null;
	}

}
