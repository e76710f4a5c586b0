package org.allianceatlas.audit;

import java.util.Map;

/**
 * Something an account did that admins must be able to read later: a sign-in, a token's
 * use, a proposal, a review. Features publish it with Spring's
 * {@code ApplicationEventPublisher}; the audit log stores it. It never carries a secret
 * (password or token): only who, what, on which subject, and plain details.
 *
 * @param actor the account's user name, or {@code anonymous}
 * @param action what happened, e.g. {@code proposal.created} or {@code login.failed}
 * @param subject what it happened to (a proposal id, a token's name), or {@code null}
 * @param details further plain facts (a reason, a remote address), never secrets
 */
public record AuditEvent(String actor, String action, String subject, Map<String, String> details) {

	public AuditEvent {
		details = (details != null) ? Map.copyOf(details) : Map.of();
	}

}
