package org.allianceatlas.source;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.allianceatlas.graphql.Arguments;

import org.allianceatlas.graphql.Batches;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.query.NodeKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Sources, what each supports, and the sources of claims. */
@Controller
class SourceController {

	private static final String SUPPORTS = "sourceSupports";

	private final SourceService sources;

	private final Paging paging;

	private final Facts facts;

	SourceController(SourceService sources, Paging paging, Facts facts, BatchLoaderRegistry registry) {
		this.sources = sources;
		this.paging = paging;
		this.facts = facts;
		registry.<String, List<SupportedFact>>forName(SUPPORTS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> sources.supports(List.copyOf(keys))));
	}

	@QueryMapping
	Source source(@Argument String key) {
		return this.sources.find(key).orElseThrow(() -> new NotFoundException("key", key, "source"));
	}

	@QueryMapping
	Paging.Connection<Source> sources(@Argument String kind, @Argument SourceFilter.Where where,
			@Argument SourceFilter.OrderBy orderBy, DataFetchingEnvironment env) {
		SourceFilter.Where given = (where != null) ? where : SourceFilter.Where.ALL;
		SourceFilter.Where filter = new SourceFilter.Where(Arguments.either("kind", kind, given.kind()),
				given.titleContains(), given.publisherContains());
		return this.paging.page(Paging.Page.of(env), window -> this.sources.find(filter, orderBy, window),
				() -> this.sources.find(filter, orderBy));
	}

	@SchemaMapping(typeName = "Source", field = "supportsConnection")
	CompletableFuture<Paging.Connection<SupportedFact>> supportsConnection(Source source, DataFetchingEnvironment env) {
		return env.<String, List<SupportedFact>>getDataLoader(SUPPORTS)
			.load(source.key())
			.thenApply(list -> this.paging.page(list, Paging.Page.of(env)));
	}

	@BatchMapping(typeName = "Source")
	Map<Source, List<SupportedFact>> supports(List<Source> sources) {
		return Batches.byKey(sources, Source::key, this.sources.supports(Batches.keys(sources, Source::key)));
	}

	@BatchMapping(typeName = "Claim", field = "sources")
	Map<Claim, List<Source>> claimSources(List<Claim> claims) {
		return this.facts.sourcesFor(NodeKind.CLAIM, claims, Claim::key);
	}

}
