package org.allianceatlas.node;

import java.util.Collection;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.security.core.Authentication;

/**
 * A {@code Node} type that not everyone may see (a proposal, an account, an access
 * token), declared as a bean by the feature that owns it. {@code node(id:)} and
 * {@code nodes(ids:)} give only what {@link #visible} lets the viewer see; anything else
 * is NOT_FOUND, as if it did not exist, so an id tells nobody that something is there.
 *
 * @param <T> the record the type is read as
 * @param type the GraphQL type name, also the label in its global ids
 * @param javaType the record's class
 * @param key the key of a record, encoded in its global id
 * @param visible those of the keys the viewer may see (null for a reader without an
 * account), by key, in one read
 */
public record GuardedNodeType<T>(String type, Class<T> javaType, Function<T, String> key,
		BiFunction<Collection<String>, Authentication, Map<String, T>> visible) {

	/** The global id of one of its records. */
	public String idOf(Object node) {
		return idOfKey(this.key.apply(this.javaType.cast(node)));
	}

	/** The global id of the record of this key. */
	public String idOfKey(String key) {
		return GlobalId.encode(this.type, key);
	}

	/**
	 * The key in an id given as an argument: the key of a global id of this type, or the
	 * text as given when it is none (the plain ids this API gave before).
	 */
	public String keyIn(String id) {
		return GlobalId.keyOf(this.type, id);
	}

}
