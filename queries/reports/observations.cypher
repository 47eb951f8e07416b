// name: observations
// doc: a country's bodies observing elections abroad (out) and foreign observers at its elections (in), by year and election
// param: country country required "ISO 3166-1 alpha-2 code of the country, e.g. KZ"
// param: direction enum(out|in|both) optional "out (its observers abroad), in (foreign observers at home) or both (the default)"
// columns: direction, year, election, host_country, observer, observer_country, articles
CALL () {
  // out: the country's bodies, governments and NGOs observe elections held elsewhere
  MATCH (c:Country {key: $country})<-[:OF_COUNTRY]-(obs)<-[:OBSERVER]-(o:Observation)-[:OBSERVED]->(e:Election)
  WHERE coalesce($direction, 'both') IN ['out', 'both'] AND e.country <> c.key AND NOT o:Rejected
  RETURN 'out' AS direction, o, e, obs
  UNION
  // in: observers from other countries and international organisations at its elections
  MATCH (:Country {key: $country})<-[:HELD_IN]-(e:Election)<-[:OBSERVED]-(o:Observation)-[:OBSERVER]->(obs)
  WHERE coalesce($direction, 'both') IN ['in', 'both']
    AND NOT (obs)-[:OF_COUNTRY]->(:Country {key: $country})
    AND NOT o:Rejected
  RETURN 'in' AS direction, o, e, obs
}
OPTIONAL MATCH (obs)-[:OF_COUNTRY]->(oc:Country)
OPTIONAL MATCH (o)-[:REPORTED_IN]->(a:Article)
RETURN direction,
       e.year AS year,
       e.key AS election,
       e.country AS host_country,
       obs.key AS observer,
       oc.key AS observer_country,
       count(DISTINCT a) AS articles
ORDER BY direction DESC, year, election, observer
