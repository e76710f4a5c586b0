// Proposals and revisions are found by their ids; a thing's history by its kind and key, the feed by time.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (r:Revision) REQUIRE r.id IS UNIQUE;
CREATE RANGE INDEX proposal_proposer IF NOT EXISTS FOR (p:Proposal) ON (p.proposer);
CREATE RANGE INDEX revision_entity IF NOT EXISTS FOR (r:Revision) ON (r.entityKind, r.entityKey);
CREATE RANGE INDEX revision_parent IF NOT EXISTS FOR (r:Revision) ON (r.parentKind, r.parentKey);
CREATE RANGE INDEX revision_at IF NOT EXISTS FOR (r:Revision) ON (r.at);
