package org.allianceatlas.account;

import java.security.Principal;

import org.allianceatlas.audit.AuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends the page sessions of an account the moment it is disabled: each is marked expired
 * in Spring Security's session registry, and the registry's filter signs its next request
 * out and sends it to the login page. (Its access tokens are refused from then on by the
 * token check itself.)
 */
@Component
class DisabledAccountSessions {

	private final SessionRegistry sessions;

	DisabledAccountSessions(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void on(AuditEvent event) {
		if (!"account.disabled".equals(event.action()) || event.subject() == null) {
			return;
		}
		for (Object principal : this.sessions.getAllPrincipals()) {
			if (event.subject().equals(name(principal))) {
				this.sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

	private static String name(Object principal) {
		if (principal instanceof UserDetails user) {
			return user.getUsername();
		}
		return (principal instanceof Principal named) ? named.getName() : String.valueOf(principal);
	}

}
