// "What does this source support?" for relationships: a fact relationship names its sources as a list of
// keys (`sources`), which no range index can look into, so answering it meant reading every relationship
// once per source. This index holds each key of each such list as one exact term (the keyword analyser
// keeps a key whole), so a source's relationships are found by a look-up. It covers every relationship
// type that cites through `sources`; a new such type must be added here by a later migration.
CREATE FULLTEXT INDEX relationship_sources IF NOT EXISTS
FOR ()-[r:SUCCEEDED_BY|PART_OF|OBSERVER_IN|COOPERATES_WITH|HELD_OFFICE|NATIONAL_OF]-()
ON EACH [r.sources]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}};

// Answers are complete only once the index holds every relationship written before it.
CALL db.awaitIndexes(300);
