package org.allianceatlas.audit;

import java.time.Instant;
import java.util.List;

/**
 * One stored entry of the audit log.
 *
 * @param id its key
 * @param at when it happened
 * @param actor who did it (a user name, or {@code anonymous})
 * @param action what happened, e.g. {@code login.failed}
 * @param subject what it happened to, or null
 * @param details further plain facts, in the order given
 */
public record AuditEntry(String id, Instant at, String actor, String action, String subject, List<Detail> details) {

	public AuditEntry {
		details = List.copyOf(details);
	}

	/** One named fact of an entry, e.g. {@code remoteAddress: 127.0.0.1}. */
	public record Detail(String name, String value) {
	}

}
