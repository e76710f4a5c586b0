package org.allianceatlas.account;

import java.time.Instant;

/**
 * A personal access token as its owner sees it in the list: never the secret itself,
 * which is shown once when the token is created and then kept only as a hash.
 *
 * @param id a public handle for revoking it (not the secret)
 * @param owner the user name of the account it acts for
 * @param name what its owner called it ("laptop", "CI")
 * @param createdAt when it was created
 * @param lastUsedAt when it last authenticated a request, or null
 * @param expiresAt when it stops working, or null if never
 * @param revokedAt when it was revoked, or null
 */
public record AccessToken(String id, String owner, String name, Instant createdAt, Instant lastUsedAt,
		Instant expiresAt, Instant revokedAt) {

	/** Whether it still authenticates requests at this instant. */
	public boolean activeAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

}
