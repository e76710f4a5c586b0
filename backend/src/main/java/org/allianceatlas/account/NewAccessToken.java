package org.allianceatlas.account;

/**
 * A token just created: the only time its secret is known outside the client.
 *
 * @param token what the list shows of it
 * @param secret the value to send as {@code Authorization: Bearer <secret>}
 */
public record NewAccessToken(AccessToken token, String secret) {

	@Override
	public String toString() {
		// never print the secret by accident
		return "NewAccessToken[token=" + this.token + "]";
	}

}
