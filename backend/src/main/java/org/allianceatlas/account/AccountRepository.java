package org.allianceatlas.account;

import java.util.Collection;
import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.allianceatlas.query.CypherQueries;
import org.allianceatlas.query.Row;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Repository;

/**
 * Accounts and their personal access tokens in the graph:
 * {@code (:Account)-[:HAS_TOKEN]->(:AccessToken)}, apart from the atlas's facts. Reads go
 * through {@link CypherQueries} like every read of the application; each change is one
 * write transaction of the driver.
 */
@Repository
class AccountRepository {

	private static final TransactionConfig WRITE = TransactionConfig.builder()
		.withTimeout(Duration.ofSeconds(10))
		.build();

	private static final String ACCOUNT = "a{.userName, .roles, .enabled, .createdAt} AS a";

	private static final String TOKEN = "t{.id, .name, .createdAt, .lastUsedAt, .expiresAt, .revokedAt, owner: a.userName} AS t";

	private final CypherQueries cypher;

	AccountRepository(CypherQueries cypher) {
		this.cypher = cypher;
	}

	Optional<Account> find(String userName) {
		return this.cypher.rows("MATCH (a:Account {userName: $name}) RETURN " + ACCOUNT, Map.of("name", userName))
			.stream()
			.map(r -> account(r.row("a")))
			.findFirst();
	}

	/** The accounts of these user names that exist. */
	List<Account> findAll(Collection<String> userNames) {
		return this.cypher
			.rows("MATCH (a:Account) WHERE a.userName IN $names RETURN " + ACCOUNT,
					Map.of("names", List.copyOf(userNames)))
			.stream()
			.map(r -> account(r.row("a")))
			.toList();
	}

	/** The account with its password hash, for signing in only. */
	Optional<Credentials> credentials(String userName) {
		return this.cypher
			.rows("MATCH (a:Account {userName: $name}) RETURN " + ACCOUNT + ", a.passwordHash AS hash",
					Map.of("name", userName))
			.stream()
			.map(r -> new Credentials(account(r.row("a")), r.string("hash")))
			.findFirst();
	}

	/** Every account, by user name. */
	List<Account> all() {
		return this.cypher.rows("MATCH (a:Account) RETURN " + ACCOUNT + " ORDER BY a.userName", Map.of())
			.stream()
			.map(r -> account(r.row("a")))
			.toList();
	}

	boolean anyAdmin() {
		return !this.cypher
			.rows("MATCH (a:Account) WHERE 'ADMIN' IN a.roles AND a.enabled RETURN a.userName LIMIT 1", Map.of())
			.isEmpty();
	}

	/** Creates the account; false if the user name is taken. */
	boolean create(String userName, String passwordHash, Set<Role> roles, Instant now) {
		try {
			write("CREATE (:Account {userName: $name, passwordHash: $hash, roles: $roles, enabled: true, createdAt: $now})",
					Map.of("name", userName, "hash", passwordHash, "roles", names(roles), "now", time(now)));
			return true;
		}
		catch (ClientException ex) {
			if (String.valueOf(ex.code()).contains("ConstraintValidationFailed")) {
				return false;
			}
			throw ex;
		}
	}

	boolean setRoles(String userName, Set<Role> roles) {
		return write("MATCH (a:Account {userName: $name}) SET a.roles = $roles RETURN count(a) AS n",
				Map.of("name", userName, "roles", names(roles))) > 0;
	}

	boolean setEnabled(String userName, boolean enabled) {
		return write("MATCH (a:Account {userName: $name}) SET a.enabled = $enabled RETURN count(a) AS n",
				Map.of("name", userName, "enabled", enabled)) > 0;
	}

	boolean setPasswordHash(String userName, String passwordHash) {
		return write("MATCH (a:Account {userName: $name}) SET a.passwordHash = $hash RETURN count(a) AS n",
				Map.of("name", userName, "hash", passwordHash)) > 0;
	}

	void createToken(String userName, String id, String name, String hash, Instant now, Instant expiresAt) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("name", userName);
		parameters.put("id", id);
		parameters.put("tokenName", name);
		parameters.put("hash", hash);
		parameters.put("now", time(now));
		parameters.put("expires", (expiresAt != null) ? time(expiresAt) : null);
		write("""
				MATCH (a:Account {userName: $name})
				CREATE (a)-[:HAS_TOKEN]->(:AccessToken {id: $id, name: $tokenName, hash: $hash, createdAt: $now,
				                                        expiresAt: $expires})""", parameters);
	}

	/** The tokens of an account, newest first. */
	List<AccessToken> tokens(String userName) {
		return this.cypher
			.rows("MATCH (a:Account {userName: $name})-[:HAS_TOKEN]->(t:AccessToken) RETURN " + TOKEN
					+ " ORDER BY t.createdAt DESC, t.id", Map.of("name", userName))
			.stream()
			.map(r -> token(r.row("t")))
			.toList();
	}

	/** The tokens of many accounts in one round trip, each list newest first. */
	Map<String, List<AccessToken>> tokensOf(Collection<String> userNames) {
		Map<String, List<AccessToken>> found = new HashMap<>();
		for (Row row : this.cypher.rows("""
				MATCH (a:Account)-[:HAS_TOKEN]->(t:AccessToken) WHERE a.userName IN $names
				RETURN %s ORDER BY t.createdAt DESC, t.id""".formatted(TOKEN),
				Map.of("names", List.copyOf(userNames)))) {
			AccessToken token = token(row.row("t"));
			found.computeIfAbsent(token.owner(), k -> new ArrayList<>()).add(token);
		}
		return found;
	}

	/** Revokes one of the owner's tokens; false if the owner has no token of that id. */
	boolean revokeToken(String userName, String id, Instant now) {
		return write("""
				MATCH (:Account {userName: $name})-[:HAS_TOKEN]->(t:AccessToken {id: $id})
				SET t.revokedAt = coalesce(t.revokedAt, $now)
				RETURN count(t) AS n""", Map.of("name", userName, "id", id, "now", time(now))) > 0;
	}

	/**
	 * The token with this hash and its account, its use recorded in the same transaction
	 * when it is still valid at {@code now}.
	 */
	Optional<TokenUse> useToken(String hash, Instant now) {
		try (Session session = this.cypher.writeSession()) {
			return session.executeWrite(tx -> {
				var records = tx
					.run("""
							MATCH (a:Account)-[:HAS_TOKEN]->(t:AccessToken {hash: $hash})
							WITH a, t, (t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > $now) AND a.enabled) AS valid
							SET t.lastUsedAt = CASE WHEN valid THEN $now ELSE t.lastUsedAt END
							RETURN %s, %s, valid"""
						.formatted(ACCOUNT, TOKEN), Map.of("hash", hash, "now", time(now)))
					.list(r -> new Row(r.asMap()));
				return records.stream()
					.map(r -> new TokenUse(account(r.row("a")), token(r.row("t")), r.flag("valid")))
					.findFirst();
			}, WRITE);
		}
	}

	private long write(String cypher, Map<String, Object> parameters) {
		try (Session session = this.cypher.writeSession()) {
			return session.executeWrite(tx -> {
				var result = tx.run(cypher, parameters);
				if (result.hasNext()) {
					return result.next().get(0).asLong();
				}
				result.consume();
				return 0L;
			}, WRITE);
		}
	}

	private static List<String> names(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toList();
	}

	private static ZonedDateTime time(Instant instant) {
		return instant.atZone(ZoneOffset.UTC);
	}

	private static Instant instant(Object value) {
		return (value instanceof ZonedDateTime time) ? time.toInstant() : null;
	}

	private static Account account(Row row) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : row.strings("roles")) {
			roles.add(Role.valueOf(role));
		}
		return new Account(row.string("userName"), roles, row.flag("enabled"), instant(row.get("createdAt")));
	}

	private static AccessToken token(Row row) {
		return new AccessToken(row.string("id"), row.string("owner"), row.string("name"), instant(row.get("createdAt")),
				instant(row.get("lastUsedAt")), instant(row.get("expiresAt")), instant(row.get("revokedAt")));
	}

	/** An account and its password hash. */
	record Credentials(Account account, String passwordHash) {

		@Override
		public String toString() {
			return "Credentials[account=" + this.account + "]";
		}

	}

	/** A presented token, its account, and whether it was valid then. */
	record TokenUse(Account account, AccessToken token, boolean valid) {
	}

}
