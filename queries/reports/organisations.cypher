// name: organisations
// doc: international organisations and the bodies that work with them: how (memorandum, meeting, invitation, award, observation of their elections, event) and in how many facts
// param: org actor optional "key of one organisation, e.g. OSCE (default: all)"
// columns: organisation, name, body, how, facts, articles
MATCH (o:Organization)
WHERE $org IS NULL OR o.key = $org
CALL (o) {
  MATCH (o)<-[:PARTY]-(f:Memorandum)-[:PARTY]->(b)
  WHERE b:ElectoralBody OR b:Government OR b:NGO
  RETURN b, 'memorandum' AS how, f
  UNION
  MATCH (o)<-[:PARTICIPANT]-(f:Meeting)-[:PARTICIPANT]->(b)
  WHERE b:ElectoralBody OR b:Government OR b:NGO
  RETURN b, 'meeting' AS how, f
  UNION
  MATCH (o)<-[:FROM]-(f:Invitation)-[:TO]->(b)
  WHERE b:ElectoralBody OR b:Government OR b:NGO
  RETURN b, 'invited by it' AS how, f
  UNION
  MATCH (o)<-[:TO]-(f:Invitation)-[:FROM]->(b)
  WHERE b:ElectoralBody OR b:Government OR b:NGO
  RETURN b, 'invited it' AS how, f
  UNION
  MATCH (o)<-[:GIVEN_BY|GIVEN_TO]-(f:Award)-[:GIVEN_BY|GIVEN_TO]->(b)
  WHERE b:ElectoralBody OR b:Government OR b:NGO
  RETURN b, 'award' AS how, f
  UNION
  // the organisation observed elections of the body's country
  MATCH (o)<-[:OBSERVER]-(f:Observation)-[:OBSERVED]->(:Election)-[:HELD_IN]->(:Country)<-[:OF_COUNTRY]-(b:ElectoralBody {level: 'national'})
  RETURN b, 'observed its elections' AS how, f
  UNION
  // the body took part in an event the organisation organised
  MATCH (o)<-[:ORGANIZED_BY]-(:Event)<-[:AT]-(f:Participation)-[:PARTY]->(b)
  WHERE b:ElectoralBody OR b:Government OR b:NGO
  RETURN b, 'event it organised' AS how, f
}
// Facts an analyst rejected are left out.
WITH o, b, how, f WHERE NOT f:Rejected
WITH o, b, how, count(DISTINCT f) AS facts, collect(DISTINCT f) AS fs
RETURN o.key AS organisation,
       o.name AS name,
       b.key AS body,
       how,
       facts,
       size(COLLECT { UNWIND fs AS f MATCH (f)-[:REPORTED_IN]->(a:Article) RETURN DISTINCT a }) AS articles
ORDER BY organisation, body, how
