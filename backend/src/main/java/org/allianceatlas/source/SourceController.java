package org.allianceatlas.source;

import java.util.List;
import java.util.Map;

import org.allianceatlas.graphql.Batches;
import org.allianceatlas.graphql.NotFoundException;
import org.allianceatlas.graphql.Paging;
import org.allianceatlas.query.NodeKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Sources, what each supports, and the sources of claims. */
@Controller
class SourceController {

	private final SourceService sources;

	private final Paging paging;

	private final Facts facts;

	SourceController(SourceService sources, Paging paging, Facts facts) {
		this.sources = sources;
		this.paging = paging;
		this.facts = facts;
	}

	@QueryMapping
	Source source(@Argument String key) {
		return this.sources.find(key).orElseThrow(() -> new NotFoundException("key", key, "source"));
	}

	@QueryMapping
	Paging.Connection<Source> sources(@Argument String kind, @Argument Integer first, @Argument String after) {
		Paging.Window window = this.paging.window(first, after);
		return window.page(this.sources.page(kind, window.offset(), window.fetch()));
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
