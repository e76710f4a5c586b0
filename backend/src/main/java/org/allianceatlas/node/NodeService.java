package org.allianceatlas.node;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.allianceatlas.event.EventService;
import org.allianceatlas.membership.MembershipService;
import org.allianceatlas.organisation.OrganisationService;
import org.allianceatlas.query.NodeKind;
import org.allianceatlas.source.SourceService;
import org.allianceatlas.state.StateService;
import org.allianceatlas.troops.TroopService;
import org.springframework.stereotype.Service;

/**
 * Nodes of any kind by global id, one round trip per kind asked for, through the look-ups
 * by key of each feature's service.
 */
@Service
public class NodeService {

	private final Map<NodeKind, ByKeys> loaders = new EnumMap<>(NodeKind.class);

	NodeService(StateService states, OrganisationService organisations, EventService events,
			MembershipService memberships, TroopService troops, SourceService sources) {
		this.loaders.put(NodeKind.STATE, states::byKeys);
		this.loaders.put(NodeKind.ORGANISATION, organisations::byKeys);
		this.loaders.put(NodeKind.BODY, organisations::bodiesByKey);
		this.loaders.put(NodeKind.PERSON, organisations::peopleByKey);
		this.loaders.put(NodeKind.EVENT, events::byKeys);
		this.loaders.put(NodeKind.MEMBERSHIP, memberships::byKeys);
		this.loaders.put(NodeKind.STATUS_CHANGE, memberships::statusChangesByKey);
		this.loaders.put(NodeKind.TROOP_FIGURE, troops::byKeys);
		this.loaders.put(NodeKind.SOURCE, sources::sourcesByKey);
		this.loaders.put(NodeKind.CLAIM, sources::claimsByKey);
		this.loaders.put(NodeKind.NAME, sources::namesByKey);
	}

	/** The nodes found; an id the graph lacks is left out. */
	public Map<GlobalId, Object> load(Collection<GlobalId> ids) {
		Map<GlobalId, Object> result = new LinkedHashMap<>();
		Map<NodeKind, List<GlobalId>> byKind = ids.stream()
			.collect(Collectors.groupingBy(GlobalId::kind, () -> new EnumMap<>(NodeKind.class), Collectors.toList()));
		byKind.forEach((kind, group) -> {
			ByKeys loader = this.loaders.get(kind);
			if (loader != null) {
				Map<String, ?> found = loader.load(group.stream().map(GlobalId::key).distinct().toList());
				group.stream()
					.filter(id -> found.get(id.key()) != null)
					.forEach(id -> result.put(id, found.get(id.key())));
			}
		});
		return result;
	}

	/** A feature's look-up of many nodes of one kind by business key. */
	@FunctionalInterface
	private interface ByKeys {

		Map<String, ?> load(Collection<String> keys);

	}

}
