package org.allianceatlas.node;

import java.util.List;
import java.util.function.Function;

import org.allianceatlas.event.Event;
import org.allianceatlas.membership.Membership;
import org.allianceatlas.membership.StatusChange;
import org.allianceatlas.organisation.Body;
import org.allianceatlas.organisation.Organisation;
import org.allianceatlas.organisation.Person;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.Claim;
import org.allianceatlas.source.Name;
import org.allianceatlas.source.Source;
import org.allianceatlas.state.State;
import org.allianceatlas.troops.TroopFigure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Which Java records are which {@code Node} types: the {@code id} of each, and the type
 * that a {@code Node} field's value has. A troop figure without a year is an
 * {@code UndatedTroopFigure}; its id is that of its {@code TroopFigure} node either way,
 * so it does not change when a source dates it.
 */
@Configuration(proxyBeanMethods = false)
class NodeTypes {

	static final String UNDATED_TROOP_FIGURE = "UndatedTroopFigure";

	private static final List<Kind<?>> KINDS = List.of(new Kind<>(State.class, NodeKind.STATE, State::iso3),
			new Kind<>(Organisation.class, NodeKind.ORGANISATION, Organisation::abbreviation),
			new Kind<>(Body.class, NodeKind.BODY, Body::key), new Kind<>(Person.class, NodeKind.PERSON, Person::key),
			new Kind<>(Event.class, NodeKind.EVENT, Event::key),
			new Kind<>(Membership.class, NodeKind.MEMBERSHIP, Membership::key),
			new Kind<>(StatusChange.class, NodeKind.STATUS_CHANGE, StatusChange::key),
			new Kind<>(TroopFigure.class, NodeKind.TROOP_FIGURE, TroopFigure::key),
			new Kind<>(Source.class, NodeKind.SOURCE, Source::key), new Kind<>(Claim.class, NodeKind.CLAIM, Claim::key),
			new Kind<>(Name.class, NodeKind.NAME, Name::key));

	@Bean
	RuntimeWiringConfigurer nodeWiring(List<GuardedNodeType<?>> guarded) {
		return wiring -> {
			wiring.type("Node", type -> type.typeResolver(env -> {
				Object node = env.getObject();
				String name = guarded.stream()
					.filter(g -> g.javaType().isInstance(node))
					.map(GuardedNodeType::type)
					.findFirst()
					.orElseGet(() -> typeName(node));
				return env.getSchema().getObjectType(name);
			}));
			for (Kind<?> kind : KINDS) {
				wiring.type(kind.type().getSimpleName(), type -> type.dataFetcher("id", env -> idOf(env.getSource())));
			}
			wiring.type(UNDATED_TROOP_FIGURE, type -> type.dataFetcher("id", env -> idOf(env.getSource())));
			for (GuardedNodeType<?> type : guarded) {
				wiring.type(type.type(), builder -> builder.dataFetcher("id", env -> type.idOf(env.getSource())));
			}
		};
	}

	/** The global id of a node's record. */
	static String idOf(Object node) {
		return kindOf(node).id(node).encode();
	}

	/** The GraphQL type of a node's record. */
	static String typeName(Object node) {
		if (node instanceof TroopFigure figure && !figure.dated()) {
			return UNDATED_TROOP_FIGURE;
		}
		return kindOf(node).type().getSimpleName();
	}

	private static Kind<?> kindOf(Object node) {
		for (Kind<?> kind : KINDS) {
			if (kind.type().isInstance(node)) {
				return kind;
			}
		}
		throw new IllegalStateException("Not a node: " + node.getClass().getName());
	}

	/** A record type, its node kind and its business key. */
	private record Kind<T>(Class<T> type, NodeKind kind, Function<T, String> key) {

		GlobalId id(Object node) {
			return new GlobalId(this.kind, this.key.apply(this.type.cast(node)));
		}

	}

}
