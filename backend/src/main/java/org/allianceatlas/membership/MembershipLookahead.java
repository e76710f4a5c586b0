package org.allianceatlas.membership;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.query.Row;
import org.allianceatlas.state.State;
import org.allianceatlas.state.StateService;
import org.springframework.stereotype.Component;

/**
 * One query for an organisation or a state asked by its key and its memberships, when the
 * selection asks for them: the memberships are put in the request's memberships loader
 * (primed), so the {@code memberships} field below finds them there and sends no query of
 * its own. Planned only for the common case, one {@code memberships} field without
 * arguments; any other selection reads the owner alone and its fields load as usual. The
 * answer is the same either way.
 */
@Component
public class MembershipLookahead {

	private static final String FIELD = "memberships";

	private final MembershipService memberships;

	private final OrganisationService organisations;

	private final StateService states;

	MembershipLookahead(MembershipService memberships, OrganisationService organisations, StateService states) {
		this.memberships = memberships;
		this.organisations = organisations;
		this.states = states;
	}

	/**
	 * The organisation (NOT_FOUND naming {@code argument} when there is none), with its
	 * memberships read along when the selection asks for them.
	 */
	public Organisation organisation(String argument, String abbreviation, DataFetchingEnvironment env) {
		return plain(env).flatMap(field -> read(MembershipsOf.organisation(abbreviation, null, null), field, env))
			.map(Organisation::from)
			.orElseGet(() -> this.organisations.require(argument, abbreviation));
	}

	/**
	 * The state, empty when there is none, with its memberships read along when the
	 * selection asks for them.
	 */
	public Optional<State> state(String iso3, DataFetchingEnvironment env) {
		Optional<SelectedField> field = plain(env);
		if (field.isEmpty()) {
			return this.states.find(iso3);
		}
		return read(MembershipsOf.state(iso3, null, null), field.get(), env).map(State::from);
	}

	/** The one memberships field of the selection, when it has no arguments. */
	private static Optional<SelectedField> plain(DataFetchingEnvironment env) {
		List<SelectedField> fields = env.getSelectionSet()
			.getImmediateFields()
			.stream()
			.filter(f -> FIELD.equals(f.getName()))
			.toList();
		if (fields.size() != 1 || fields.getFirst().getArguments().values().stream().anyMatch(Objects::nonNull)) {
			return Optional.empty();
		}
		return Optional.of(fields.getFirst());
	}

	/** The owner's projection, its memberships primed in the loader. */
	private Optional<Row> read(MembershipsOf request, SelectedField field, DataFetchingEnvironment env) {
		MembershipShape shape = MembershipShape.of(field.getSelectionSet(), MembershipController.LIST);
		return this.memberships.withOwner(request, shape).map(owned -> {
			MembershipController.loader(env)
				.prime(new MembershipController.Shaped(request, shape), owned.memberships());
			return owned.owner();
		});
	}

}
