package org.allianceatlas.account;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signing in with a password, refused while {@link LoginThrottle} says too many attempts
 * failed, and every attempt written to the audit log with the remote address.
 */
class ThrottledLogin implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	ThrottledLogin(AuthenticationProvider passwords, LoginThrottle throttle, ApplicationEventPublisher events) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userName = AccountService.normalise(authentication.getName());
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		Optional<Duration> locked = this.throttle.locked(userName, address);
		if (locked.isPresent()) {
			audit(userName, "login.failed", address, "too many failed attempts");
			throw new TooManyAttemptsException(locked.get());
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(userName);
			audit(result.getName(), "login.succeeded", address, null);
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(userName, address);
			audit(userName, "login.failed", address,
					(ex instanceof DisabledException) ? "account disabled" : "wrong user name or password");
			throw (ex instanceof DisabledException) ? ex : new BadCredentialsException("bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private void audit(String userName, String action, String address, String reason) {
		Map<String, String> details = (reason != null) ? Map.of("remoteAddress", address, "reason", reason)
				: Map.of("remoteAddress", address);
		this.events.publishEvent(new AuditEvent(userName.isEmpty() ? "anonymous" : userName, action, null, details));
	}

	/** Sign-ins are refused for a while; the message says for how long. */
	static class TooManyAttemptsException extends AuthenticationException {

		TooManyAttemptsException(Duration wait) {
			super("Too many failed sign-in attempts; try again in " + minutes(wait) + ".");
		}

		private static String minutes(Duration wait) {
			long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
			return (minutes == 1) ? "1 minute" : minutes + " minutes";
		}

	}

}
