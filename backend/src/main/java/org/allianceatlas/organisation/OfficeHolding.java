package org.allianceatlas.organisation;

import java.util.List;

/** A person's term in an office; the sources are listed by key on the relationship. */
public record OfficeHolding(Person person, Organisation organisation, String office, String from, String to,
		List<String> sourceKeys) {
}
