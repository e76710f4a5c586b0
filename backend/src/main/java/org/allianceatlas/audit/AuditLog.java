package org.allianceatlas.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.allianceatlas.graphql.Paging;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps every {@link AuditEvent} any feature publishes, as it is published (in the
 * publisher's thread, so an acknowledged action has its entry), and reads the log back
 * for admins, newest first.
 */
@Service
public class AuditLog {

	private final AuditRepository entries;

	private final Paging paging;

	private final Clock clock;

	private final AtomicLong sequence = new AtomicLong();

	AuditLog(AuditRepository entries, Paging paging, Clock clock) {
		this.entries = entries;
		this.paging = paging;
		this.clock = clock;
	}

	@EventListener
	void record(AuditEvent event) {
		this.entries.add(UUID.randomUUID().toString(), nextSequence(), this.clock.instant(), event);
	}

	/**
	 * Orders entries of the same instant (a clock's resolution is coarse, and tests fix
	 * it). Copies of the application on one cluster each count on from the highest number
	 * they found; entries are ordered by time first, so that only affects ties.
	 */
	private long nextSequence() {
		synchronized (this.sequence) {
			if (this.sequence.get() == 0) {
				this.sequence.set(this.entries.lastSequence());
			}
			return this.sequence.incrementAndGet();
		}
	}

	/**
	 * A page of the log, newest first, only the entries of this actor and action when
	 * given (null: any).
	 */
	public Paging.Connection<AuditEntry> page(String actor, String action, Paging.Page page) {
		String who = blankToNull(actor);
		String what = blankToNull(action);
		int total = this.entries.count(who, what);
		Paging.Window window = this.paging.window(total, page);
		List<AuditEntry> items = (window.size() > 0)
				? this.entries.newestFirst(who, what, window.start(), window.size()) : List.of();
		return this.paging.connection(items, window, total);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
