package org.allianceatlas.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.query.NodeKind;

/**
 * The global id of a node (Relay's object identification): its label and business key,
 * e.g. "State:ARM", in unpadded base64url. It depends on nothing but the business key, so
 * it stays the same across restarts, migrations and databases.
 */
public record GlobalId(NodeKind kind, String key) {

	private static final char SEPARATOR = ':';

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.kind.label() + SEPARATOR + this.key).getBytes(StandardCharsets.UTF_8));
	}

	/** The id a client sent; a BAD_REQUEST naming the argument when it is not one. */
	public static GlobalId decode(String argument, String id) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
			int colon = text.indexOf(SEPARATOR);
			if (colon > 0 && colon < text.length() - 1) {
				String label = text.substring(0, colon);
				for (NodeKind kind : NodeKind.values()) {
					if (kind != NodeKind.OTHER && kind.label().equals(label)) {
						return new GlobalId(kind, text.substring(colon + 1));
					}
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64url: reported below
		}
		throw new BadArgumentException(argument, "is not an id returned by this API");
	}

}
