// One row per observer and observed election: who observed (key, label,
// country), where and when (host country, year, kind of election), the first
// and last day an article reported it, the number of observation facts and
// the sources (article URLs, or keys when an article has no URL). Facts an
// analyst rejected are left out.
MATCH (o:Observation)-[:OBSERVER]->(obs), (o)-[:OBSERVED]->(e:Election)
WHERE NOT o:Rejected
OPTIONAL MATCH (obs)-[:OF_COUNTRY]->(oc:Country)
OPTIONAL MATCH (o)-[:REPORTED_IN]->(a:Article)
WITH obs, oc, e, o, a ORDER BY a.published, a.key
WITH obs, oc, e,
     count(DISTINCT o) AS facts,
     min(a.published) AS first_report,
     max(a.published) AS last_report,
     collect(DISTINCT coalesce(a.url, a.key)) AS sources
RETURN obs.key AS observer,
       [l IN labels(obs) WHERE l IN ['ElectoralBody', 'Organization', 'Government', 'NGO', 'Person', 'Country']][0] AS observer_type,
       oc.key AS observer_country,
       e.country AS country,
       e.year AS year,
       e.kind AS election_kind,
       e.key AS election,
       toString(first_report) AS first_report,
       toString(last_report) AS last_report,
       facts,
       sources
ORDER BY country, year, observer
