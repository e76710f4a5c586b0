package org.allianceatlas.node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.allianceatlas.graphql.GraphQlLimits;
import org.allianceatlas.graphql.LimitExceededException;
import org.allianceatlas.graphql.NotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Relay's {@code node(id:)} and the {@code nodes(ids:)} of many ids in one batch. Nodes
 * of the atlas go through the data loader; nodes of a {@link GuardedNodeType} are read
 * here, where the viewer is known, one read per type.
 */
@Controller
class NodeController {

	private final GraphQlLimits limits;

	private final Map<String, GuardedNodeType<?>> guarded = new HashMap<>();

	NodeController(NodeService nodes, GraphQlLimits limits, BatchLoaderRegistry registry,
			List<GuardedNodeType<?>> guarded) {
		this.limits = limits;
		guarded.forEach(type -> this.guarded.put(type.type(), type));
		registry.<GlobalId, Object>forName(Nodes.LOADER)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> nodes.load(ids)));
	}

	@QueryMapping
	CompletableFuture<Object> node(@Argument String id, DataFetchingEnvironment env) {
		GuardedNodeType<?> type = this.guarded.get(GlobalId.typeOf(id));
		CompletableFuture<Object> found = (type != null)
				? CompletableFuture.completedFuture(visible(type, List.of(id)).get(id))
				: Nodes.load(env, GlobalId.decode("id", id));
		return found.thenApply(node -> {
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
		Map<GuardedNodeType<?>, List<String>> byType = new LinkedHashMap<>();
		List<GlobalId> decoded = new ArrayList<>();
		for (String id : ids) {
			GuardedNodeType<?> type = this.guarded.get(GlobalId.typeOf(id));
			if (type != null) {
				byType.computeIfAbsent(type, t -> new ArrayList<>()).add(id);
			}
			else {
				decoded.add(GlobalId.decode("ids", id));
			}
		}
		Map<String, Object> found = new HashMap<>();
		byType.forEach((type, group) -> found.putAll(visible(type, group)));
		return env.<GlobalId, Object>getDataLoader(Nodes.LOADER).loadMany(decoded).thenApply(loaded -> {
			List<Object> result = new ArrayList<>();
			int next = 0;
			for (String id : ids) {
				result.add(this.guarded.containsKey(GlobalId.typeOf(id)) ? found.get(id) : loaded.get(next++));
			}
			return result;
		});
	}

	/** The nodes of these ids of one guarded type that the viewer may see, by id. */
	private static Map<String, Object> visible(GuardedNodeType<?> type, List<String> ids) {
		Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
		Set<String> keys = new LinkedHashSet<>();
		ids.forEach(id -> keys.add(type.keyIn(id)));
		Map<String, ?> byKey = type.visible().apply(keys, viewer);
		Map<String, Object> result = new HashMap<>();
		for (String id : ids) {
			Object node = byKey.get(type.keyIn(id));
			if (node != null) {
				result.put(id, node);
			}
		}
		return result;
	}

}
