// The state index filtered by a role alone ("every observer") asks which states hold a membership in that
// role. Without an index on the role the database reads every membership to answer; with it, it reads only
// the memberships in that role.
CREATE RANGE INDEX membership_role IF NOT EXISTS FOR (m:Membership) ON (m.role);

CALL db.awaitIndexes(300);
