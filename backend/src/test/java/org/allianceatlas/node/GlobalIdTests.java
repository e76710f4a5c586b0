package org.allianceatlas.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.query.NodeKind;
import org.junit.jupiter.api.Test;

/** Global ids: the label and business key, nothing else, and nothing else accepted. */
class GlobalIdTests {

	@Test
	void anIdIsTheLabelAndKeyInBase64Url() {
		GlobalId id = new GlobalId(NodeKind.MEMBERSHIP, "csto-arm-member-2002");
		assertThat(new String(Base64.getUrlDecoder().decode(id.encode()), StandardCharsets.UTF_8))
			.isEqualTo("Membership:csto-arm-member-2002");
		assertThat(id.encode()).doesNotContain("=", "+", "/");
		assertThat(GlobalId.decode("id", id.encode())).isEqualTo(id);
		GlobalId withColon = new GlobalId(NodeKind.NAME, "a:b");
		assertThat(GlobalId.decode("id", withColon.encode())).isEqualTo(withColon);
	}

	@Test
	void anythingElseIsABadRequestNamingTheArgument() {
		for (String text : new String[] { "Nothing:ARM", ":ARM", "State:", "StateARM", ":key" }) {
			String id = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
			assertThatThrownBy(() -> GlobalId.decode("ids", id)).isInstanceOf(BadArgumentException.class)
				.hasMessage("Argument 'ids' is not an id returned by this API");
		}
		assertThatThrownBy(() -> GlobalId.decode("id", "%%%")).isInstanceOf(BadArgumentException.class);
	}

}
