package org.allianceatlas.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import reactor.core.publisher.Mono;

/**
 * The data fetcher of a field its parent is often read with (a membership's sources, when
 * the selection asks for them): a value read along is the answer as it is, and only the
 * parents read without it go to a batch loader. A batch mapping would send every parent
 * through a data loader, which costs each one a future, a cache entry keyed by the whole
 * parent record and a place in the next dispatch: about a tenth of the request thread's
 * time for one organisation with its memberships and their sources, all read in one
 * query.
 */
public final class ReadAlong {

	private ReadAlong() {
	}

	/**
	 * Registers {@code load} as the batch loader named {@code name}, for the parents read
	 * without the value.
	 * @param load the values of the parents read without them, in one query for all
	 */
	public static <P, V> void loader(BatchLoaderRegistry registry, String name, Function<List<P>, Map<P, V>> load) {
		registry.<P, V>forName(name)
			.registerMappedBatchLoader((parents, env) -> Mono.fromCallable(() -> load.apply(List.copyOf(parents))));
	}

	/**
	 * The data fetcher: the parent's value from {@code along} when it is not null,
	 * otherwise the value of the batch loader named {@code name}. It needs no bean, so
	 * the wiring that installs it can be part of any {@code @GraphQlTest} slice.
	 */
	public static <P, V> DataFetcher<Object> fetcher(String name, Function<P, V> along) {
		return (env) -> {
			P parent = env.getSource();
			V value = along.apply(parent);
			return (value != null) ? value : env.<P, V>getDataLoader(name).load(parent);
		};
	}

	/**
	 * The wiring of a read-along field on the types that have it, for a bean of its
	 * feature: it needs no other bean, so it can be part of any {@code @GraphQlTest}
	 * slice.
	 */
	public abstract static class Wiring<P, V> implements RuntimeWiringConfigurer {

		private final String field;

		private final DataFetcher<Object> fetcher;

		private final List<String> types;

		/**
		 * @param field the field's name
		 * @param loader the name of its batch loader ({@link #loader})
		 * @param along the value read with the parent, null when it was not
		 * @param types the types with that field
		 */
		protected Wiring(String field, String loader, Function<P, V> along, String... types) {
			this.field = field;
			this.fetcher = fetcher(loader, along);
			this.types = List.of(types);
		}

		@Override
		public void configure(RuntimeWiring.Builder wiring) {
			this.types.forEach((type) -> wiring.type(type, (builder) -> builder.dataFetcher(this.field, this.fetcher)));
		}

	}

}
