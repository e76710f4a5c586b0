package org.allianceatlas.account;

import java.util.Set;

import org.neo4j.driver.Driver;

/**
 * Accounts for tests, created through the service as an admin would, and removed again
 * (with their tokens and the audit entries they caused) so the graph is left as found.
 * Every test account's name starts with {@code t-}.
 */
public final class TestAccounts {

	public static final String PASSWORD = "correct horse battery";

	private final AccountService accounts;

	private final Driver driver;

	public TestAccounts(AccountService accounts, Driver driver) {
		this.accounts = accounts;
		this.driver = driver;
	}

	public Account create(String userName, Role... roles) {
		return this.accounts.create("t-setup", userName, PASSWORD, roles.length == 0 ? Set.of() : Set.of(roles));
	}

	/** A new account with a token; returns the token's secret. */
	public String withToken(String userName, Role... roles) {
		create(userName, roles);
		return this.accounts.createToken(userName, "test", null).secret();
	}

	public void removeAll() {
		this.driver.executableQuery("""
				MATCH (a:Account) WHERE a.userName STARTS WITH 't-'
				OPTIONAL MATCH (a)-[:HAS_TOKEN]->(t:AccessToken)
				DETACH DELETE a, t""").execute();
		this.driver.executableQuery("MATCH (e:AuditEntry) DELETE e").execute();
	}

	public long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
	}

}
