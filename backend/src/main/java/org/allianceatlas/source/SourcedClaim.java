package org.allianceatlas.source;

import java.util.List;

/**
 * One source's value for a field where sources disagree, with the sources that give it.
 */
public record SourcedClaim(String key, String field, String value, boolean approximate, String note,
		List<Source> sources) {
}
