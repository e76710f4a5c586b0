package org.allianceatlas.source;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.graphql.Paging;
import org.allianceatlas.query.NodeKind;
import org.springframework.stereotype.Service;

/** Sources, what they support, and the sources, claims and names of any node. */
@Service
public class SourceService {

	/** More than the atlas holds; for the sources page's whole list. */
	private static final int ALL = 100_000;

	private final SourceRepository sources;

	private final Facts facts;

	SourceService(SourceRepository sources, Facts facts) {
		this.sources = sources;
		this.facts = facts;
	}

	public Optional<Source> find(String key) {
		return Optional.ofNullable(this.facts.sourcesByKey(List.of(key)).get(key));
	}

	/** A window of the sources of a kind (all when null), in key order. */
	public List<Source> page(String kind, int offset, int fetch) {
		return this.sources.page(kind, offset, fetch);
	}

	/** The sources matching the filter (null: all) in the order asked (null: by key). */
	public List<Source> find(SourceFilter.Where where, SourceFilter.OrderBy orderBy) {
		return find(where, orderBy, null).items();
	}

	/**
	 * The sources matching the filter in a window of that order (all when null), and how
	 * many match in all: one query, whose answer holds only the window's sources.
	 */
	public Paging.Slice<Source> find(SourceFilter.Where where, SourceFilter.OrderBy orderBy, Paging.Window window) {
		SourceFilter.Where filter = (where != null) ? where : SourceFilter.Where.ALL;
		SourceFilter.OrderBy order = (orderBy != null) ? orderBy : SourceFilter.OrderBy.DEFAULT;
		return this.sources.find(filter.kind(), filter.titleContains(), filter.publisherContains(), order.field(),
				order.direction(), window);
	}

	/** Every source, in key order, with what it supports. */
	public List<SourceEntry> all() {
		return entries(0, ALL);
	}

	/** A window of the sources in key order, each with what it supports. */
	public List<SourceEntry> entries(int offset, int fetch) {
		List<Source> all = page(null, offset, fetch);
		Map<String, List<SupportedFact>> supports = supports(all.stream().map(Source::key).toList());
		return all.stream()
			.map(s -> new SourceEntry(s.key(), s.title(), s.publisher(), s.url(), s.kind(), s.published(), s.note(),
					supports.getOrDefault(s.key(), List.of())))
			.toList();
	}

	/** How many sources the atlas holds and how many facts they support together. */
	public Totals totals() {
		long[] counts = this.sources.countWithFacts();
		return new Totals(counts[0], counts[1]);
	}

	/** Every node citing each source and every relationship listing it, by source key. */
	public Map<String, List<SupportedFact>> supports(List<String> sourceKeys) {
		return this.sources.supports(sourceKeys);
	}

	public Map<String, List<Source>> sourcesOf(NodeKind kind, Collection<String> keys) {
		return this.facts.sourcesOf(kind, keys);
	}

	public Map<String, List<Claim>> claimsOf(NodeKind kind, Collection<String> keys) {
		return this.facts.claimsOf(kind, keys);
	}

	public Map<String, List<Name>> namesOf(NodeKind kind, Collection<String> keys) {
		return this.facts.namesOf(kind, keys);
	}

	/**
	 * Competing claims of each node, each with its sources, by node key: two round trips.
	 */
	public Map<String, List<SourcedClaim>> sourcedClaimsOf(NodeKind kind, Collection<String> keys) {
		Map<String, List<Claim>> claims = claimsOf(kind, keys);
		Map<String, List<Source>> sources = sourcesOf(NodeKind.CLAIM,
				claims.values().stream().flatMap(List::stream).map(Claim::key).distinct().toList());
		Map<String, List<SourcedClaim>> result = new LinkedHashMap<>();
		claims.forEach((owner, list) -> result.put(owner,
				list.stream()
					.map(c -> new SourcedClaim(c.key(), c.field(), c.value(), c.approximate(), c.note(),
							sources.getOrDefault(c.key(), List.of())))
					.toList()));
		return result;
	}

	public Map<String, Claim> claimsByKey(Collection<String> keys) {
		return this.facts.claimsByKey(keys);
	}

	public Map<String, Name> namesByKey(Collection<String> keys) {
		return this.facts.namesByKey(keys);
	}

	/** Sources by their keys (as relationships list them). */
	public Map<String, Source> sourcesByKey(Collection<String> keys) {
		return this.facts.sourcesByKey(keys);
	}

	/** How many sources there are and how many facts they support. */
	public record Totals(long sources, long facts) {
	}

	/** A source with everything it supports. */
	public record SourceEntry(String key, String title, String publisher, String url, String kind, String published,
			String note, List<SupportedFact> supports) {
	}

}
