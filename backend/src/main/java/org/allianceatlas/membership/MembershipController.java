package org.allianceatlas.membership;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.graphql.ReadAlong;
import org.allianceatlas.organisation.Body;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Claim;
import org.allianceatlas.source.Facts;
import org.allianceatlas.source.Source;
import org.allianceatlas.state.State;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Memberships of states and organisations. The membership fields take arguments, which
 * {@code @BatchMapping} cannot pass on, so they use a data loader keyed by owner, day,
 * roles and the shape of the selection: one query per selection level returns the
 * memberships with their states, organisations, status periods and (when asked for)
 * sources, with only the properties the selection needs.
 */
@Controller
class MembershipController {

	private static final String LOADER = "memberships";

	/** The loader of the sources of memberships read without them. */
	private static final String SOURCES = "Membership.sources";

	/**
	 * The request context's shapes by the syntax nodes of their field (graphql-java's
	 * nodes compare by identity).
	 */
	private static final String SHAPES = MembershipController.class.getName() + ".shapes";

	/**
	 * The request context's memberships read along with their owners, by the request of
	 * their field.
	 */
	private static final String ALONG = MembershipController.class.getName() + ".along";

	/**
	 * The field of organisations and states that this controller answers, and that
	 * {@link MembershipLookahead} reads along.
	 */
	static final String FIELD = "memberships";

	/** Where the memberships are in the selection of a list field. */
	static final String[] LIST = { "" };

	/** Where the memberships are in the selection of a connection field. */
	private static final String[] CONNECTION = { "nodes/", "edges/node/" };

	private final MembershipService memberships;

	private final Facts facts;

	private final Paging paging;

	MembershipController(MembershipService memberships, Facts facts, Paging paging, BatchLoaderRegistry registry) {
		this.memberships = memberships;
		this.facts = facts;
		this.paging = paging;
		registry.<Shaped, List<Membership>>forName(LOADER)
			.registerMappedBatchLoader((requests, env) -> Mono.fromCallable(() -> load(requests)));
		ReadAlong.<Membership, List<Source>>loader(registry, SOURCES,
				(list) -> facts.sourcesFor(NodeKind.MEMBERSHIP, list, Membership::key));
	}

	/**
	 * A membership's sources: those read with it (see {@link MembershipShape}), and one
	 * query for those of memberships read without them (the loader registered above).
	 */
	@Component
	static class SourcesWiring extends ReadAlong.Wiring<Membership, List<Source>> {

		SourcesWiring() {
			super("sources", SOURCES, Membership::sources, "Membership");
		}

	}

	/** One query per day and roles for every shaped request of a dispatch. */
	private Map<Shaped, List<Membership>> load(Set<Shaped> requests) {
		Map<MembershipsOf, MembershipShape> shapes = new LinkedHashMap<>();
		requests.forEach(r -> shapes.merge(r.request(), r.shape(), MembershipShape::and));
		Map<MembershipsOf, List<Membership>> found = this.memberships.load(shapes);
		Map<Shaped, List<Membership>> result = new HashMap<>();
		requests.forEach(r -> result.put(r, found.get(r.request())));
		return result;
	}

	/**
	 * The {@code memberships} fields of organisations and states: those read along with
	 * their owner ({@link MembershipLookahead}) as they are, the others through the
	 * memberships loader. They are plain data fetchers rather than schema mappings: at
	 * 100 times the seed, all organisations with their memberships ask this field 1,200
	 * times a request, and an annotated method costs each call an invocation object,
	 * argument resolution and a data loader's future. Bean-free, so that every
	 * {@code @GraphQlTest} slice can have it.
	 */
	@Component
	static class MembershipsWiring implements RuntimeWiringConfigurer {

		@Override
		public void configure(RuntimeWiring.Builder wiring) {
			wiring.type("Organisation", (type) -> type.dataFetcher(FIELD,
					(env) -> memberships(env, MembershipsOf.organisation(env.<Organisation>getSource().abbreviation(),
							env.getArgument("asOf"), env.getArgument("roles")))));
			wiring.type("State", (type) -> type.dataFetcher(FIELD, (env) -> memberships(env, MembershipsOf
				.state(env.<State>getSource().iso3(), env.getArgument("asOf"), env.getArgument("roles")))));
		}

	}

	/** The memberships of the request, read along with their owner or loaded. */
	private static Object memberships(DataFetchingEnvironment env, MembershipsOf request) {
		Shaped shaped = new Shaped(request, shape(env, LIST));
		Map<Shaped, List<Membership>> along = env.getGraphQlContext().get(ALONG);
		List<Membership> found = (along != null) ? along.get(shaped) : null;
		return (found != null) ? found : loader(env).load(shaped);
	}

	/**
	 * Keeps, for the rest of the request, memberships read along with their owner, for
	 * the {@code memberships} field that asks for them.
	 */
	static void readAlong(DataFetchingEnvironment env, Shaped request, List<Membership> memberships) {
		env.getGraphQlContext()
			.<Map<Shaped, List<Membership>>>computeIfAbsent(ALONG, (key) -> new ConcurrentHashMap<>())
			.put(request, memberships);
	}

	@SchemaMapping(typeName = "Organisation", field = "membershipsConnection")
	CompletableFuture<Paging.Connection<Membership>> membershipsConnection(Organisation organisation,
			@Argument LocalDate asOf, @Argument List<String> roles, DataFetchingEnvironment env) {
		return loader(env)
			.load(new Shaped(MembershipsOf.organisation(organisation.abbreviation(), asOf, roles),
					shape(env, CONNECTION)))
			.thenApply(list -> this.paging.page(list, Paging.Page.of(env)));
	}

	@SchemaMapping(typeName = "State", field = "membershipsConnection")
	CompletableFuture<Paging.Connection<Membership>> stateMembershipsConnection(State state, @Argument LocalDate asOf,
			@Argument List<String> roles, DataFetchingEnvironment env) {
		return loader(env).load(new Shaped(MembershipsOf.state(state.iso3(), asOf, roles), shape(env, CONNECTION)))
			.thenApply(list -> this.paging.page(list, Paging.Page.of(env)));
	}

	@QueryMapping
	Membership membership(@Argument String key) {
		Membership found = this.memberships.byKeys(List.of(key)).get(key);
		if (found == null) {
			throw new NotFoundException("key", key, "membership");
		}
		return found;
	}

	@BatchMapping
	Map<Membership, Body> through(List<Membership> list) {
		Map<String, Body> bodies = this.memberships
			.bodiesThrough(list.stream().map(Membership::key).distinct().toList());
		Map<Membership, Body> result = new LinkedHashMap<>();
		list.stream().filter(m -> bodies.containsKey(m.key())).forEach(m -> result.put(m, bodies.get(m.key())));
		return result;
	}

	@BatchMapping
	Map<Membership, List<Claim>> claims(List<Membership> list) {
		return this.facts.claimsFor(NodeKind.MEMBERSHIP, list, Membership::key);
	}

	@BatchMapping(typeName = "StatusChange", field = "sources")
	Map<StatusChange, List<Source>> statusChangeSources(List<StatusChange> list) {
		return this.facts.sourcesFor(NodeKind.STATUS_CHANGE, list, StatusChange::key);
	}

	/**
	 * The shape of the field's selection, worked out once per field of the request's
	 * document and kept in the request's context: every owner in a list shares the same
	 * memberships field (1,200 organisations at 100 times the seed), and reading a
	 * selection set's globs for each of them took 7 % of the request thread's time when
	 * all organisations were asked with their memberships.
	 */
	private static MembershipShape shape(DataFetchingEnvironment env, String[] prefixes) {
		Map<List<Field>, MembershipShape> shapes = env.getGraphQlContext()
			.computeIfAbsent(SHAPES, (key) -> new ConcurrentHashMap<>());
		return shapes.computeIfAbsent(env.getMergedField().getFields(),
				(fields) -> MembershipShape.of(env.getSelectionSet(), prefixes));
	}

	static DataLoader<Shaped, List<Membership>> loader(DataFetchingEnvironment env) {
		return env.getDataLoader(LOADER);
	}

	/** A request for memberships with what its selection needs of them. */
	record Shaped(MembershipsOf request, MembershipShape shape) {
	}

}
