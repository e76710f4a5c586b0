package org.allianceatlas.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Lists a query returns in place of maps are read by the names of their columns. */
class ColumnsTests {

	private static final Columns STATE = Columns.of(List.of("iso3", "name"));

	private static final Columns MEMBERSHIP = Columns.of(List.of("key", "role", "to", "state")).nesting("state", STATE);

	@Test
	void aListIsReadByItsColumnsNames() {
		Row row = MEMBERSHIP.row(Arrays.asList("m1", "MEMBER", null, List.of("ARM", "Armenia")));
		assertThat(row.string("key")).isEqualTo("m1");
		assertThat(row.string("role")).isEqualTo("MEMBER");
		assertThat(row.string("to")).isNull();
		assertThat(row.string("note")).as("a name that is not a column").isNull();
		assertThat(row.row("state").string("name")).isEqualTo("Armenia");
		assertThat(row.values()).containsExactly(Map.entry("key", "m1"), Map.entry("role", "MEMBER"),
				new AbstractMap.SimpleImmutableEntry<>("to", null),
				Map.entry("state", Map.of("iso3", "ARM", "name", "Armenia")));
	}

	@Test
	void theListsUnderANameAreEachReadByTheColumns() {
		Row owner = new Row(Map.of("memberships", List.of(Arrays.asList("m1", "MEMBER", null, null),
				List.of("m2", "OBSERVER", "2001", List.of("KAZ", "Kazakhstan")))));
		List<Row> rows = owner.rows("memberships", MEMBERSHIP);
		assertThat(rows).extracting(r -> r.string("key")).containsExactly("m1", "m2");
		assertThat(rows.get(0).row("state")).isNull();
		assertThat(rows.get(1).row("state").string("iso3")).isEqualTo("KAZ");
		assertThat(owner.rows("none", MEMBERSHIP)).isEmpty();
	}

	@Test
	void aListOfAnotherLengthOrTwiceANameIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> MEMBERSHIP.row(List.of("m1", "MEMBER")))
			.withMessageContaining("[key, role, to, state]");
		assertThatIllegalArgumentException().isThrownBy(() -> Columns.of(List.of("key", "key")))
			.withMessageContaining("key");
		assertThatIllegalArgumentException().isThrownBy(() -> STATE.nesting("flag", STATE))
			.withMessageContaining("flag");
	}

}
