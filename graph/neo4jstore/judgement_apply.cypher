// Applies the judgements in force to the fact nodes; every statement is
// idempotent and returns how many facts it changed.
//
// Reject: a fact with a reject judgement has the label Rejected (reports and
// the Browser guide leave such facts out); a withdrawn one loses it.
MATCH (f:Rejected) WHERE NOT EXISTS { MATCH (j:Judgement {target: f.key}) WHERE j.kind = 'reject' }
REMOVE f:Rejected
RETURN 'unrejected' AS what, count(f) AS n;
MATCH (j:Judgement {kind: 'reject'})
MATCH (f:Fact {key: j.target}) WHERE NOT f:Rejected
SET f:Rejected
RETURN 'rejected' AS what, count(f) AS n;
// Confirm: a confirmed fact has the label Confirmed and keeps a copy of its
// evidence (kept_*: article, sentence, rule, published); when no article
// reports it any more it stays, flagged unreported, with that copy. A
// fact whose confirmation was withdrawn loses them, and goes when no
// article reports it.
MATCH (f:Confirmed) WHERE NOT EXISTS { MATCH (j:Judgement {target: f.key}) WHERE j.kind = 'confirm' }
REMOVE f:Confirmed, f.unreported, f.kept_articles, f.kept_sentences, f.kept_rules, f.kept_published
WITH f WHERE NOT (f)-[:REPORTED_IN]->()
DETACH DELETE f
RETURN 'unconfirmed gone' AS what, count(*) AS n;
MATCH (j:Judgement {kind: 'confirm'})
MATCH (f:Fact {key: j.target}) WHERE NOT f:Confirmed
SET f:Confirmed
RETURN 'confirmed' AS what, count(f) AS n;
MATCH (f:Confirmed)
CALL (f) {
  OPTIONAL MATCH (f)-[r:REPORTED_IN]->(a:Article)
  WITH a, r ORDER BY a.key
  RETURN collect(a.key) AS arts, collect(coalesce(r.sentence, '')) AS sents,
         collect(coalesce(r.rule, '')) AS rules, collect(coalesce(a.published, '')) AS pubs
}
WITH f, arts, sents, rules, pubs,
     size(arts) = 0 AS gone
WHERE (gone AND f.unreported IS NULL) OR (NOT gone AND (f.unreported IS NOT NULL OR f.kept_articles IS NULL OR f.kept_articles <> arts OR f.kept_sentences <> sents))
SET f.unreported = CASE WHEN gone THEN true ELSE null END,
    f.kept_articles = CASE WHEN gone THEN f.kept_articles ELSE arts END,
    f.kept_sentences = CASE WHEN gone THEN f.kept_sentences ELSE sents END,
    f.kept_rules = CASE WHEN gone THEN f.kept_rules ELSE rules END,
    f.kept_published = CASE WHEN gone THEN f.kept_published ELSE pubs END
RETURN 'unreported' AS what, count(CASE WHEN gone THEN 1 END) AS n;
// Set: attributes corrected by a set judgement ($sets: {key, status, year,
// date, purpose}, null where the judgement does not set it). The value the
// extractor gave is kept as extracted_<attr>, to come back when the
// judgement is withdrawn (the next load's recount also gives it back).
MATCH (f:Fact) WHERE f.corrected IS NOT NULL
  AND NOT EXISTS { MATCH (j:Judgement {target: f.key}) WHERE j.kind = 'set' }
SET f.status = CASE WHEN 'status' IN f.corrected THEN f.extracted_status ELSE f.status END,
    f.year = CASE WHEN 'year' IN f.corrected THEN f.extracted_year ELSE f.year END,
    f.date = CASE WHEN 'date' IN f.corrected THEN f.extracted_date ELSE f.date END,
    f.purpose = CASE WHEN 'purpose' IN f.corrected THEN f.extracted_purpose ELSE f.purpose END
REMOVE f.corrected, f.extracted_status, f.extracted_year, f.extracted_date, f.extracted_purpose
RETURN 'uncorrected' AS what, count(f) AS n;
UNWIND $sets AS row
MATCH (f:Fact {key: row.key})
WITH f, row,
     (row.status IS NOT NULL AND NOT coalesce(f.status = row.status, false)) OR
     (row.year IS NOT NULL AND NOT coalesce(f.year = row.year, false)) OR
     (row.date IS NOT NULL AND NOT coalesce(f.date = row.date, false)) OR
     (row.purpose IS NOT NULL AND NOT coalesce(f.purpose = row.purpose, false)) OR
     NOT coalesce(f.corrected = row.attrs, false) AS changes
WHERE changes
SET f.extracted_status = CASE WHEN row.status IS NULL THEN null WHEN f.status = row.status THEN f.extracted_status ELSE f.status END,
    f.extracted_year = CASE WHEN row.year IS NULL THEN null WHEN f.year = row.year THEN f.extracted_year ELSE f.year END,
    f.extracted_date = CASE WHEN row.date IS NULL THEN null WHEN f.date = row.date THEN f.extracted_date ELSE f.date END,
    f.extracted_purpose = CASE WHEN row.purpose IS NULL THEN null WHEN f.purpose = row.purpose THEN f.extracted_purpose ELSE f.purpose END
SET f.status = coalesce(row.status, f.status), f.year = coalesce(row.year, f.year),
    f.date = coalesce(row.date, f.date), f.purpose = coalesce(row.purpose, f.purpose),
    f.corrected = row.attrs
RETURN 'corrected' AS what, count(f) AS n
