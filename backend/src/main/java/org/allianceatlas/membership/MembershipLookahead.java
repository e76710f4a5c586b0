package org.allianceatlas.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.SelectedField;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.OrganisationFilter;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.query.Along;
import org.allianceatlas.query.Row;
import org.allianceatlas.state.State;
import org.allianceatlas.state.StateFilter;
import org.allianceatlas.state.StateService;
import org.allianceatlas.troops.TroopFigure;
import org.dataloader.DataLoader;
import org.springframework.stereotype.Component;

/**
 * One query for an organisation or a state asked by its key, or for the list of
 * organisations, and their memberships, when the selection asks for them: the memberships
 * are kept in the request's context ({@link MembershipController#readAlong}), so the
 * {@code memberships} field below finds them there and sends no query of its own; a
 * state's troop figures come along too when the selection asks for them. Planned only for
 * the common case, one {@code memberships} field without arguments; any other selection
 * reads the owner alone and its fields load as usual. The answer is the same either way.
 */
@Component
public class MembershipLookahead {

	private static final String DATED = "troopFigures";

	private static final String UNDATED = "undatedTroopFigures";

	private final MembershipService memberships;

	private final OrganisationService organisations;

	private final StateService states;

	private final Paging paging;

	MembershipLookahead(MembershipService memberships, OrganisationService organisations, StateService states,
			Paging paging) {
		this.memberships = memberships;
		this.organisations = organisations;
		this.states = states;
		this.paging = paging;
	}

	/**
	 * The organisation (NOT_FOUND naming {@code argument} when there is none), with its
	 * memberships read along when the selection asks for them.
	 */
	public Organisation organisation(String argument, String abbreviation, DataFetchingEnvironment env) {
		return plain(env)
			.flatMap(field -> read(MembershipsOf.organisation(abbreviation, null, null), field, env, false))
			.map(owned -> Organisation.from(owned.owner()))
			.orElseGet(() -> this.organisations.require(argument, abbreviation));
	}

	/**
	 * The organisations matching the filter, in the order asked, with their memberships
	 * read in the same query when the selection asks for them (every organisation's field
	 * has the same selection, so one shape serves them all).
	 */
	public List<Organisation> organisations(OrganisationFilter.Where where, OrganisationFilter.OrderBy orderBy,
			DataFetchingEnvironment env) {
		Optional<SelectedField> field = plain(env);
		if (field.isEmpty()) {
			return this.organisations.find(where, orderBy);
		}
		MembershipShape shape = shapeOf(field.get());
		return primed(this.organisations.findAlong(where, orderBy, this.memberships.along(shape)), shape, env,
				(o) -> MembershipsOf.organisation(o.abbreviation(), null, null), this.memberships::readAlong);
	}

	/**
	 * A page of organisations, with the memberships of those on it read in the same query
	 * when the selection of its nodes (or of its edges' nodes) asks for them. A page the
	 * database cannot cut (one with {@code last} or {@code before}) reads the
	 * organisations alone, and their memberships load as usual.
	 */
	public Paging.Connection<Organisation> organisationsConnection(OrganisationFilter.Where where,
			OrganisationFilter.OrderBy orderBy, DataFetchingEnvironment env) {
		return page(env, (window) -> this.organisations.find(where, orderBy, window),
				(window, shape) -> this.organisations.findAlong(where, orderBy, window, this.memberships.along(shape)),
				(o) -> MembershipsOf.organisation(o.abbreviation(), null, null), this.memberships::readAlong,
				() -> this.organisations.find(where, orderBy));
	}

	/**
	 * A page of states, with the memberships of those on it read in the same query when
	 * the selection of its nodes (or of its edges' nodes) asks for them, as
	 * {@link #organisationsConnection}.
	 */
	public Paging.Connection<State> states(StateFilter.Where where, StateFilter.OrderBy orderBy,
			DataFetchingEnvironment env) {
		return page(env, (window) -> this.states.find(where, orderBy, window),
				(window, shape) -> this.states.findAlong(where, orderBy, window, this.memberships.alongStates(shape)),
				(s) -> MembershipsOf.state(s.iso3(), null, null), this.memberships::readAlong,
				() -> this.states.find(where, orderBy));
	}

	/**
	 * The page: read alone ({@code find}) or with the memberships of its items
	 * ({@code findAlong}, then kept as {@code request} names them, as {@code read} reads
	 * them), and the whole list for a page the database cannot cut.
	 */
	private <T> Paging.Connection<T> page(DataFetchingEnvironment env, Function<Paging.Window, Paging.Slice<T>> find,
			BiFunction<Paging.Window, MembershipShape, Paging.Slice<Along.Item<T>>> findAlong,
			Function<T, MembershipsOf> request, BiFunction<T, List<Row>, List<Membership>> read,
			Supplier<List<T>> all) {
		Optional<MembershipShape> shape = plainInConnection(env).map(MembershipLookahead::shapeOf);
		return this.paging.page(Paging.Page.of(env), (window) -> shape.isEmpty() ? find.apply(window)
				: primed(findAlong.apply(window, shape.get()), shape.get(), env, request, read), all);
	}

	/** The items of a slice read along with their memberships, which are kept. */
	private static <T> Paging.Slice<T> primed(Paging.Slice<Along.Item<T>> slice, MembershipShape shape,
			DataFetchingEnvironment env, Function<T, MembershipsOf> request,
			BiFunction<T, List<Row>, List<Membership>> read) {
		return new Paging.Slice<>(slice.total(), primed(slice.items(), shape, env, request, read));
	}

	/**
	 * The items read along with their memberships ({@code read} makes them of an item and
	 * its rows), which are kept for the request each item's field makes.
	 */
	private static <T> List<T> primed(List<Along.Item<T>> items, MembershipShape shape, DataFetchingEnvironment env,
			Function<T, MembershipsOf> request, BiFunction<T, List<Row>, List<Membership>> read) {
		return items.stream().map((found) -> {
			MembershipController.readAlong(env, new MembershipController.Shaped(request.apply(found.item()), shape),
					read.apply(found.item(), found.rows()));
			return found.item();
		}).toList();
	}

	private static MembershipShape shapeOf(SelectedField field) {
		return MembershipShape.of(field.getSelectionSet(), MembershipController.LIST);
	}

	/**
	 * The state, empty when there is none, with its memberships read along when the
	 * selection asks for them, and then its troop figures too when it asks for those (put
	 * in the loaders of {@code State.troopFigures} and {@code State.undatedTroopFigures},
	 * which {@code @BatchMapping} names after the field's coordinates).
	 */
	public Optional<State> state(String iso3, DataFetchingEnvironment env) {
		Optional<SelectedField> field = plain(env);
		if (field.isEmpty()) {
			return this.states.find(iso3);
		}
		boolean figures = env.getSelectionSet()
			.getImmediateFields()
			.stream()
			.anyMatch(f -> DATED.equals(f.getName()) || UNDATED.equals(f.getName()));
		MembershipsOf request = MembershipsOf.state(iso3, null, null);
		return read(request, field.get(), env, figures).map(owned -> {
			State state = State.from(owned.owner());
			if (owned.troopFigures() != null) {
				prime(env, DATED, state, owned.troopFigures().stream().filter(TroopFigure::dated).toList());
				prime(env, UNDATED, state, owned.troopFigures().stream().filter(f -> !f.dated()).toList());
			}
			return state;
		});
	}

	private static void prime(DataFetchingEnvironment env, String field, State state, List<TroopFigure> figures) {
		DataLoader<State, List<TroopFigure>> loader = env
			.getDataLoader(FieldCoordinates.coordinates("State", field).toString());
		if (loader != null) {
			loader.prime(state, figures);
		}
	}

	/** The one memberships field of the selection, when it has no arguments. */
	private static Optional<SelectedField> plain(DataFetchingEnvironment env) {
		return single(named(env.getSelectionSet().getImmediateFields()));
	}

	/**
	 * The one memberships field of a connection's nodes (or of its edges' nodes), when it
	 * has no arguments and the connection selects no other.
	 */
	private static Optional<SelectedField> plainInConnection(DataFetchingEnvironment env) {
		List<SelectedField> fields = new ArrayList<>();
		for (SelectedField part : env.getSelectionSet().getImmediateFields()) {
			if ("nodes".equals(part.getName())) {
				fields.addAll(named(part.getSelectionSet().getImmediateFields()));
			}
			else if ("edges".equals(part.getName())) {
				part.getSelectionSet()
					.getImmediateFields()
					.stream()
					.filter((f) -> "node".equals(f.getName()))
					.forEach((node) -> fields.addAll(named(node.getSelectionSet().getImmediateFields())));
			}
		}
		return single(fields);
	}

	private static List<SelectedField> named(List<SelectedField> fields) {
		return fields.stream().filter((f) -> MembershipController.FIELD.equals(f.getName())).toList();
	}

	private static Optional<SelectedField> single(List<SelectedField> fields) {
		if (fields.size() != 1 || fields.getFirst().getArguments().values().stream().anyMatch(Objects::nonNull)) {
			return Optional.empty();
		}
		return Optional.of(fields.getFirst());
	}

	/** The owner read with its memberships, which are kept for its field. */
	private Optional<MembershipRepository.Owned> read(MembershipsOf request, SelectedField field,
			DataFetchingEnvironment env, boolean troopFigures) {
		MembershipShape shape = shapeOf(field);
		return this.memberships.withOwner(request, shape, troopFigures).map(owned -> {
			MembershipController.readAlong(env, new MembershipController.Shaped(request, shape), owned.memberships());
			return owned;
		});
	}

}
