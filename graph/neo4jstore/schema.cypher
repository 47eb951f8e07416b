// cecgraph schema: one uniqueness constraint on `key` per label of the graph
// model, lookup indexes used by incremental loads and resolution, and a
// full-text index over names. Statements end with ';' at the end of a line;
// every statement is idempotent (IF NOT EXISTS).
// Entity is a second label on every country, electoral body, organisation,
// government, NGO and person: the one index that fact and mention rows use
// to find their actors whatever their kind.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT country_key IF NOT EXISTS FOR (n:Country) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT electoral_body_key IF NOT EXISTS FOR (n:ElectoralBody) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT government_key IF NOT EXISTS FOR (n:Government) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT ngo_key IF NOT EXISTS FOR (n:NGO) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT fact_key IF NOT EXISTS FOR (n:Fact) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT memorandum_key IF NOT EXISTS FOR (n:Memorandum) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT observation_key IF NOT EXISTS FOR (n:Observation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT election_key IF NOT EXISTS FOR (n:Election) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT meeting_key IF NOT EXISTS FOR (n:Meeting) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT invitation_key IF NOT EXISTS FOR (n:Invitation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT award_key IF NOT EXISTS FOR (n:Award) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT participation_key IF NOT EXISTS FOR (n:Participation) REQUIRE n.key IS UNIQUE;
// Resolution looks facts up by identity (type and parties, without the date)
// and persons by family (the match key of the surname).
CREATE INDEX fact_identity IF NOT EXISTS FOR (n:Fact) ON (n.identity);
CREATE INDEX person_family IF NOT EXISTS FOR (n:Person) ON (n.family);
CREATE CONSTRAINT cecgraph_lock_key IF NOT EXISTS FOR (n:CecgraphLock) REQUIRE n.key IS UNIQUE;
CREATE INDEX memorandum_status IF NOT EXISTS FOR (n:Memorandum) ON (n.status);
CREATE INDEX election_country IF NOT EXISTS FOR (n:Election) ON (n.country);
// The body report finds a body's facts in the order of their keys through
// the `sort` of the fact's edge to it (facts_recompute.cypher), one index per
// type of edge.
CREATE INDEX party_sort IF NOT EXISTS FOR ()-[r:PARTY]-() ON (r.sort);
CREATE INDEX participant_sort IF NOT EXISTS FOR ()-[r:PARTICIPANT]-() ON (r.sort);
CREATE INDEX observer_sort IF NOT EXISTS FOR ()-[r:OBSERVER]-() ON (r.sort);
CREATE INDEX from_sort IF NOT EXISTS FOR ()-[r:FROM]-() ON (r.sort);
CREATE INDEX to_sort IF NOT EXISTS FOR ()-[r:TO]-() ON (r.sort);
CREATE INDEX given_by_sort IF NOT EXISTS FOR ()-[r:GIVEN_BY]-() ON (r.sort);
CREATE INDEX given_to_sort IF NOT EXISTS FOR ()-[r:GIVEN_TO]-() ON (r.sort);
// Tables that reports read instead of every fact (queries.RefreshTables):
// the state of each, and the partners report's rows by country.
CREATE CONSTRAINT report_table_key IF NOT EXISTS FOR (n:ReportTable) REQUIRE n.key IS UNIQUE;
CREATE INDEX partner_row_country IF NOT EXISTS FOR (n:PartnerRow) ON (n.country);
// Names of persons (and their other spellings), electoral bodies,
// organisations, governments, NGOs and events, searchable in any word form
// with Russian stemming: CALL db.index.fulltext.queryNodes('entity_names', 'избиркома')
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|ElectoralBody|Organization|Government|NGO|Event) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'russian'}};
