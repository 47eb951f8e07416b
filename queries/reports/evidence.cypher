// name: evidence
// doc: for a fact key (as the other reports print it), every article that reports it and the sentence that states it
// param: fact string required "the fact's key, e.g. 'memorandum|KG/CEC+KZ/CEC'"
// columns: fact, type, article, published, url, sentence, rule
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
MATCH (f)-[r:REPORTED_IN]->(a:Article)
RETURN f.key AS fact,
       [l IN labels(f) WHERE l IN ['Memorandum', 'Observation', 'Meeting', 'Invitation', 'Award', 'Participation'] | toLower(l)][0] AS type,
       a.key AS article,
       a.published AS published,
       a.url AS url,
       r.sentence AS sentence,
       r.rule AS rule
ORDER BY published IS NULL, published, article
