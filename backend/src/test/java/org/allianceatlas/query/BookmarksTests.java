package org.allianceatlas.query;

import java.util.Map;
import java.util.Set;

import org.allianceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, point 4: writes and reads share the driver's bookmark manager, so that on a
 * cluster a read that follows a write waits until the server it reads from has that
 * write. The bookmark a write session ends with must be the one the next read starts
 * from. (Repositories cannot open sessions of their own: {@code ArchitectureTests}.)
 */
@AtlasTest
class BookmarksTests {

	@Autowired
	CypherQueries queries;

	@Autowired
	Driver driver;

	@Test
	void aWritesBookmarkIsWhereTheNextReadStarts() {
		Set<Bookmark> before = Set.copyOf(this.driver.executableQueryBookmarkManager().getBookmarks());
		Set<Bookmark> written;
		try (Session session = this.queries.writeSession()) {
			session.executeWriteWithoutResult(tx -> tx.run("CREATE (:BookmarkProbe)").consume());
			written = session.lastBookmarks();
		}
		assertThat(written).isNotEmpty().doesNotContainAnyElementsOf(before);
		assertThat(this.driver.executableQueryBookmarkManager().getBookmarks()).as("what the next read waits for")
			.isEqualTo(written);
		try {
			assertThat(
					this.queries.rows("MATCH (p:BookmarkProbe) RETURN count(p) AS n", Map.of()).getFirst().integer("n"))
				.isOne();
		}
		finally {
			try (Session session = this.queries.writeSession()) {
				session.executeWriteWithoutResult(tx -> tx.run("MATCH (p:BookmarkProbe) DELETE p").consume());
			}
		}
	}

}
