// Accounts, their personal access tokens and the audit log: each found by its key, never by a scan.
CREATE CONSTRAINT account_user_name IF NOT EXISTS FOR (n:Account) REQUIRE n.userName IS UNIQUE;
CREATE CONSTRAINT access_token_id IF NOT EXISTS FOR (n:AccessToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT access_token_hash IF NOT EXISTS FOR (n:AccessToken) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;

// The audit log is read newest first, and filtered by who acted and what they did.
CREATE RANGE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE RANGE INDEX audit_entry_actor IF NOT EXISTS FOR (n:AuditEntry) ON (n.actor);
CREATE RANGE INDEX audit_entry_action IF NOT EXISTS FOR (n:AuditEntry) ON (n.action);
CREATE RANGE INDEX audit_entry_seq IF NOT EXISTS FOR (n:AuditEntry) ON (n.seq);
