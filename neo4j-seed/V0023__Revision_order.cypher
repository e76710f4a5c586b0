// Revisions are numbered in the order they were written, across the whole atlas, so that the feed and
// each thing's history stay in order when two changes carry the same time.
CREATE RANGE INDEX revision_sequence IF NOT EXISTS FOR (r:Revision) ON (r.sequence);
