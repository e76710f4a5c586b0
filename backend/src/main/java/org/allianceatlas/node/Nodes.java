package org.allianceatlas.node;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.allianceatlas.query.NodeKind;

/**
 * The data loader of nodes by global id, for any field that returns a {@code Node}: the
 * nodes a request asks for are read together, one round trip per kind.
 */
public final class Nodes {

	static final String LOADER = "nodes";

	private Nodes() {
	}

	/** The node, or null when the graph lacks it. */
	public static CompletableFuture<Object> load(DataFetchingEnvironment env, NodeKind kind, String key) {
		return load(env, new GlobalId(kind, key));
	}

	static CompletableFuture<Object> load(DataFetchingEnvironment env, GlobalId id) {
		return env.<GlobalId, Object>getDataLoader(LOADER).load(id);
	}

}
