package org.allianceatlas.organisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.membership.MembershipLookahead;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Claim;
import org.allianceatlas.source.Facts;
import org.allianceatlas.source.Name;
import org.allianceatlas.source.Source;
import org.allianceatlas.state.State;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Organisations, their bodies, office holders, successions and cooperations. */
@Controller
class OrganisationController {

	private static final String OFFICE_HOLDERS = "officeHolders";

	private final OrganisationService organisations;

	private final Facts facts;

	private final MembershipLookahead lookahead;

	OrganisationController(OrganisationService organisations, Facts facts, BatchLoaderRegistry registry,
			MembershipLookahead lookahead) {
		this.organisations = organisations;
		this.lookahead = lookahead;
		this.facts = facts;
		// officeHolders takes an argument, which @BatchMapping cannot pass on: one loader
		// per day asked.
		registry.<OfficeHoldersOf, List<OfficeHolding>>forName(OFFICE_HOLDERS)
			.registerMappedBatchLoader((requests, env) -> Mono.fromCallable(() -> loadOfficeHolders(requests)));
	}

	@QueryMapping
	Organisation organisation(@Argument String abbreviation, DataFetchingEnvironment env) {
		return this.lookahead.organisation("abbreviation", abbreviation, env);
	}

	@QueryMapping
	List<Organisation> organisations(@Argument OrganisationFilter.Where where,
			@Argument OrganisationFilter.OrderBy orderBy, DataFetchingEnvironment env) {
		return this.lookahead.organisations(where, orderBy, env);
	}

	@QueryMapping
	Paging.Connection<Organisation> organisationsConnection(@Argument OrganisationFilter.Where where,
			@Argument OrganisationFilter.OrderBy orderBy, DataFetchingEnvironment env) {
		return this.lookahead.organisationsConnection(where, orderBy, env);
	}

	@QueryMapping
	Body body(@Argument String key) {
		return found(this.organisations.bodiesByKey(List.of(key)).get(key), key, "body");
	}

	@QueryMapping
	Person person(@Argument String key) {
		return found(this.organisations.peopleByKey(List.of(key)).get(key), key, "person");
	}

	private static <T> T found(T item, String key, String what) {
		if (item == null) {
			throw new NotFoundException("key", key, what);
		}
		return item;
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<Name>> names(List<Organisation> list) {
		return this.facts.namesFor(NodeKind.ORGANISATION, list, Organisation::abbreviation);
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<Body>> bodies(List<Organisation> list) {
		return byOrganisation(list, this.organisations.bodies(keys(list)), List.of());
	}

	@SchemaMapping(typeName = "Organisation")
	CompletableFuture<List<OfficeHolding>> officeHolders(Organisation organisation, @Argument LocalDate asOf,
			DataFetchingEnvironment env) {
		return env.<OfficeHoldersOf, List<OfficeHolding>>getDataLoader(OFFICE_HOLDERS)
			.load(new OfficeHoldersOf(organisation.abbreviation(), asOf));
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, Succession> predecessor(List<Organisation> list) {
		return byOrganisation(list, this.organisations.successions(keys(list), false), null);
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, Succession> successor(List<Organisation> list) {
		return byOrganisation(list, this.organisations.successions(keys(list), true), null);
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<Cooperation>> cooperations(List<Organisation> list) {
		return byOrganisation(list, this.organisations.cooperations(keys(list)), List.of());
	}

	@BatchMapping(typeName = "Organisation", field = "claims")
	Map<Organisation, List<Claim>> organisationClaims(List<Organisation> list) {
		return this.facts.claimsFor(NodeKind.ORGANISATION, list, Organisation::abbreviation);
	}

	@BatchMapping(typeName = "Organisation", field = "sources")
	Map<Organisation, List<Source>> organisationSources(List<Organisation> list) {
		return this.facts.sourcesFor(NodeKind.ORGANISATION, list, Organisation::abbreviation);
	}

	@BatchMapping(typeName = "Succession", field = "sources")
	Map<Succession, List<Source>> successionSources(List<Succession> list) {
		return this.facts.listedSourcesFor(list, Succession::sourceKeys);
	}

	@BatchMapping(typeName = "Cooperation", field = "sources")
	Map<Cooperation, List<Source>> cooperationSources(List<Cooperation> list) {
		return this.facts.listedSourcesFor(list, Cooperation::sourceKeys);
	}

	@BatchMapping(typeName = "OfficeHolding", field = "sources")
	Map<OfficeHolding, List<Source>> officeHoldingSources(List<OfficeHolding> list) {
		return this.facts.listedSourcesFor(list, OfficeHolding::sourceKeys);
	}

	@BatchMapping(typeName = "Body", field = "organisation")
	Map<Body, Organisation> bodyOrganisation(List<Body> list) {
		return ofOwner(list, BodyOwner::organisation);
	}

	@BatchMapping(typeName = "Body", field = "state")
	Map<Body, State> bodyState(List<Body> list) {
		return ofOwner(list, BodyOwner::state);
	}

	@BatchMapping(typeName = "Body", field = "names")
	Map<Body, List<Name>> bodyNames(List<Body> list) {
		return this.facts.namesFor(NodeKind.BODY, list, Body::key);
	}

	@BatchMapping(typeName = "Body", field = "sources")
	Map<Body, List<Source>> bodySources(List<Body> list) {
		return this.facts.sourcesFor(NodeKind.BODY, list, Body::key);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<State>> nationality(List<Person> list) {
		Map<String, List<State>> states = this.organisations
			.nationalities(list.stream().map(Person::key).distinct().toList());
		Map<Person, List<State>> result = new LinkedHashMap<>();
		list.forEach(person -> result.put(person, states.getOrDefault(person.key(), List.of())));
		return result;
	}

	private Map<OfficeHoldersOf, List<OfficeHolding>> loadOfficeHolders(Set<OfficeHoldersOf> requests) {
		Map<OfficeHoldersOf, List<OfficeHolding>> result = new LinkedHashMap<>();
		requests.stream().collect(Collectors.groupingBy(r -> Optional.ofNullable(r.asOf()))).forEach((day, group) -> {
			Map<String, List<OfficeHolding>> found = this.organisations
				.officeHolders(group.stream().map(OfficeHoldersOf::abbreviation).toList(), day.orElse(null));
			group.forEach(r -> result.put(r, found.getOrDefault(r.abbreviation(), List.of())));
		});
		return result;
	}

	private <V> Map<Body, V> ofOwner(List<Body> list, Function<BodyOwner, V> side) {
		Map<String, BodyOwner> owners = this.organisations.owners(list.stream().map(Body::key).distinct().toList());
		Map<Body, V> result = new LinkedHashMap<>();
		for (Body body : list) {
			BodyOwner owner = owners.get(body.key());
			if (owner != null && side.apply(owner) != null) {
				result.put(body, side.apply(owner));
			}
		}
		return result;
	}

	private static List<String> keys(List<Organisation> list) {
		return list.stream().map(Organisation::abbreviation).distinct().toList();
	}

	private static <V> Map<Organisation, V> byOrganisation(List<Organisation> list, Map<String, V> byKey, V missing) {
		Map<Organisation, V> result = new LinkedHashMap<>();
		for (Organisation organisation : list) {
			V value = byKey.getOrDefault(organisation.abbreviation(), missing);
			if (value != null) {
				result.put(organisation, value);
			}
		}
		return result;
	}

	/** A request for the office holders of one organisation, optionally on one day. */
	record OfficeHoldersOf(String abbreviation, LocalDate asOf) {
	}

}
