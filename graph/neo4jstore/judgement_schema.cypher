// Judgements: one node per judgement in force, unique by id (kind and
// target), looked up by target when facts are judged; facts' confidence,
// which the review queue reads in order; and the facts an analyst's set
// judgement corrected, which ApplyJudgements looks for among every fact
// (judgement_apply.cypher) to give back what a withdrawn one changed.
CREATE CONSTRAINT judgement_id IF NOT EXISTS FOR (n:Judgement) REQUIRE n.id IS UNIQUE;
CREATE INDEX judgement_target IF NOT EXISTS FOR (n:Judgement) ON (n.target);
CREATE INDEX fact_confidence IF NOT EXISTS FOR (n:Fact) ON (n.confidence);
CREATE INDEX fact_corrected IF NOT EXISTS FOR (n:Fact) ON (n.corrected);
