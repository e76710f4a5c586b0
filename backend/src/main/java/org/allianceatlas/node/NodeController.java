package org.allianceatlas.node;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.allianceatlas.graphql.GraphQlLimits;
import org.allianceatlas.graphql.LimitExceededException;
import org.allianceatlas.graphql.NotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Relay's {@code node(id:)} and the {@code nodes(ids:)} of many ids in one batch. */
@Controller
class NodeController {

	private final GraphQlLimits limits;

	NodeController(NodeService nodes, GraphQlLimits limits, BatchLoaderRegistry registry) {
		this.limits = limits;
		registry.<GlobalId, Object>forName(Nodes.LOADER)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> nodes.load(ids)));
	}

	@QueryMapping
	CompletableFuture<Object> node(@Argument String id, DataFetchingEnvironment env) {
		return Nodes.load(env, GlobalId.decode("id", id)).thenApply(node -> {
			if (node == null) {
				throw new NotFoundException("id", id, "node");
			}
			return node;
		});
	}

	@QueryMapping
	CompletableFuture<List<Object>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
		if (ids.size() > this.limits.maxPageSize()) {
			throw new LimitExceededException("ids",
					"has " + ids.size() + " ids, more than the limit of " + this.limits.maxPageSize());
		}
		List<GlobalId> decoded = new ArrayList<>();
		ids.forEach(id -> decoded.add(GlobalId.decode("ids", id)));
		return env.<GlobalId, Object>getDataLoader(Nodes.LOADER).loadMany(decoded);
	}

}
