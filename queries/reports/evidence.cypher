// name: evidence
// doc: for a fact key (as the other reports print it), every article that reports it and the sentence that states it, with an analyst's judgement of the fact (rejected facts too); a confirmed fact no article reports any more shows the evidence it had
// param: fact string required "the fact's key, e.g. 'memorandum|KG/CEC+KZ/CEC'"
// columns: fact, type, article, published, url, sentence, rule, judgement
CALL () {
  MATCH (f:Memorandum {key: $fact}) RETURN f
  UNION
  MATCH (f:Observation {key: $fact}) RETURN f
  UNION
  MATCH (f:Meeting {key: $fact}) RETURN f
  UNION
  MATCH (f:Invitation {key: $fact}) RETURN f
  UNION
  MATCH (f:Award {key: $fact}) RETURN f
  UNION
  MATCH (f:Participation {key: $fact}) RETURN f
}
// The judgements on the fact (graph/neo4jstore/judgements.go), one line:
// "rejected by who on day: why".
WITH f, COLLECT {
  MATCH (j:Judgement {target: f.key})
  WITH j ORDER BY j.kind
  RETURN CASE j.kind WHEN 'reject' THEN 'rejected' WHEN 'confirm' THEN 'confirmed' ELSE 'corrected (' + reduce(s = '', a IN j.attrs | s + CASE s WHEN '' THEN '' ELSE ' ' END + a) + ')' END
         + ' by ' + j.who + ' on ' + substring(j.at, 0, 10) + CASE WHEN j.why IS NULL OR j.why = '' THEN '' ELSE ': ' + j.why END
} AS js
WITH f, CASE WHEN size(js) = 0 THEN null ELSE reduce(s = '', x IN js | s + CASE s WHEN '' THEN '' ELSE '; ' END + x)
        + CASE WHEN f.unreported THEN '; no article reports it any more: the evidence it had' ELSE '' END END AS judgement
CALL (f) {
  MATCH (f)-[r:REPORTED_IN]->(a:Article)
  RETURN a.key AS article, a.published AS published, a.url AS url, r.sentence AS sentence, r.rule AS rule
  UNION
  WITH f WHERE f.unreported = true
  UNWIND range(0, size(f.kept_articles) - 1) AS i
  RETURN f.kept_articles[i] AS article, CASE f.kept_published[i] WHEN '' THEN null ELSE f.kept_published[i] END AS published,
         null AS url, f.kept_sentences[i] AS sentence, f.kept_rules[i] AS rule
}
RETURN f.key AS fact,
       [l IN labels(f) WHERE l IN ['Memorandum', 'Observation', 'Meeting', 'Invitation', 'Award', 'Participation'] | toLower(l)][0] AS type,
       article,
       published,
       url,
       sentence,
       rule,
       judgement
ORDER BY published IS NULL, published, article
