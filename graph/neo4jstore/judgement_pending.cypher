// Tells whether applying the judgements after a removal can change
// anything (Store.ApplyJudgementsAfterRemoval): it can only when a judgement
// is stored, or a fact still carries what one gave it (Rejected,
// Confirmed, corrected, which a withdrawn judgement leaves until the
// judgements are applied again). Each test stops at the first node found
// (corrected through the index on Fact.corrected, judgement_schema.cypher).
RETURN EXISTS { MATCH (:Judgement) } OR EXISTS { MATCH (:Rejected) } OR EXISTS { MATCH (:Confirmed) }
       OR EXISTS { MATCH (f:Fact) WHERE f.corrected IS NOT NULL } AS pending
