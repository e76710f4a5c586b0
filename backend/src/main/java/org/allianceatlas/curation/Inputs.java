package org.allianceatlas.curation;

import java.util.List;

import org.allianceatlas.query.NodeKind;

/**
 * What a contributor sends for each kind of proposal; every one has a summary and at
 * least one source. The GraphQL input types of the same names bind to these.
 */
final class Inputs {

	private Inputs() {
	}

	/**
	 * The input of one kind of proposal: what it proposes, with the summary and sources
	 * every proposal carries.
	 */
	sealed interface ProposalInput permits NewMembershipInput, MembershipEndInput, StatusChangeInput, EventInput,
			TroopFigureInput, NameInput, CorrectionInput, ClaimInput {

		String summary();

		List<SourceInput> sources();

	}

	record NewMembershipInput(String state, String organisation, String role, String roleLabel, String from, String to,
			String note, String summary, List<SourceInput> sources) implements ProposalInput {
	}

	record MembershipEndInput(String membership, String to, String endStatus, String summary,
			List<SourceInput> sources) implements ProposalInput {
	}

	record StatusChangeInput(String membership, String status, String from, String to, String note, String summary,
			List<SourceInput> sources) implements ProposalInput {
	}

	record EventInput(String title, String date, String kind, String description, List<String> organisations,
			List<String> states, Integer troops, String summary, List<SourceInput> sources) implements ProposalInput {
	}

	record TroopFigureInput(String state, Integer year, Integer active, Integer reserve, Integer paramilitary,
			Integer total, Boolean approximate, String note, String summary,
			List<SourceInput> sources) implements ProposalInput {
	}

	record NameInput(NodeKind ownerKind, String owner, String value, String language, String script, String kind,
			String note, String summary, List<SourceInput> sources) implements ProposalInput {
	}

	record CorrectionInput(NodeKind targetKind, String target, String field, String value, String summary,
			List<SourceInput> sources) implements ProposalInput {
	}

	record ClaimInput(NodeKind targetKind, String target, String field, String value, Boolean approximate, String note,
			String summary, List<SourceInput> sources) implements ProposalInput {
	}

	record AmendInput(String id, String summary, List<SourceInput> sources) {
	}

	/**
	 * An amendment: a new summary or sources, or new values as the input of the
	 * proposal's kind gives them (that input's summary and sources then replace the old).
	 */
	record AmendProposalInput(String id, String summary, List<SourceInput> sources, NewMembershipInput newMembership,
			MembershipEndInput membershipEnd, StatusChangeInput statusChange, EventInput event,
			TroopFigureInput troopFigure, NameInput name, CorrectionInput correction, ClaimInput claim) {

		AmendProposalInput withId(String id) {
			return new AmendProposalInput(id, this.summary, this.sources, this.newMembership, this.membershipEnd,
					this.statusChange, this.event, this.troopFigure, this.name, this.correction, this.claim);
		}

	}

}
