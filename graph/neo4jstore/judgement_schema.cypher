// Judgements: one node per judgement in force, unique by id (kind and
// target), looked up by target when facts are judged.
CREATE CONSTRAINT judgement_id IF NOT EXISTS FOR (n:Judgement) REQUIRE n.id IS UNIQUE;
CREATE INDEX judgement_target IF NOT EXISTS FOR (n:Judgement) ON (n.target);
