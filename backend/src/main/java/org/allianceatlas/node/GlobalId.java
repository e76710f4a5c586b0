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
		return encode(this.kind.label(), this.key);
	}

	/** The global id of a node of any type: its type name and key. */
	static String encode(String type, String key) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((type + SEPARATOR + key).getBytes(StandardCharsets.UTF_8));
	}

	/** The id a client sent; a BAD_REQUEST naming the argument when it is not one. */
	public static GlobalId decode(String argument, String id) {
		String[] parts = parts(id);
		if (parts != null) {
			for (NodeKind kind : NodeKind.values()) {
				if (kind != NodeKind.OTHER && kind.label().equals(parts[0])) {
					return new GlobalId(kind, parts[1]);
				}
			}
		}
		throw new BadArgumentException(argument, "is not an id returned by this API");
	}

	/** The type name of an id, or null when the text is not a global id. */
	static String typeOf(String id) {
		String[] parts = parts(id);
		return (parts != null) ? parts[0] : null;
	}

	/** The key of a global id of this type, or the text itself when it is none. */
	static String keyOf(String type, String id) {
		String[] parts = parts(id);
		return (parts != null && parts[0].equals(type)) ? parts[1] : id;
	}

	/** The type name and key of a global id; null if the text is not one. */
	private static String[] parts(String id) {
		if (id == null) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
			int colon = text.indexOf(SEPARATOR);
			if (colon > 0 && colon < text.length() - 1) {
				return new String[] { text.substring(0, colon), text.substring(colon + 1) };
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64url: not a global id
		}
		return null;
	}

}
