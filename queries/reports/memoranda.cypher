// name: memoranda
// doc: memoranda of a country's electoral bodies (or of one body or organisation) with their partners: status, year and the number of articles that report them
// param: country country optional "ISO 3166-1 alpha-2 code of the country, e.g. KZ"
// param: body actor optional "key of an electoral body or organisation, e.g. KZ/CEC or OSCE (instead of --country)"
// param: status enum(signed|proposed|planned) optional "signed, proposed or planned"
// oneof: country, body
// columns: partner_country, partner_body, status, year, articles
CALL () {
  MATCH (:Country {key: $country})<-[:OF_COUNTRY]-(b:ElectoralBody) RETURN b
  UNION
  MATCH (b:ElectoralBody {key: $body}) RETURN b
  UNION
  MATCH (b:Organization {key: $body}) RETURN b
  UNION
  MATCH (b:Government {key: $body}) RETURN b
  UNION
  MATCH (b:NGO {key: $body}) RETURN b
}
MATCH (b)<-[:PARTY]-(m:Memorandum)-[:PARTY]->(partner)
WHERE partner <> b AND NOT m:Rejected
  AND ($status IS NULL OR m.status = $status)
OPTIONAL MATCH (partner)-[:OF_COUNTRY]->(pc:Country)
WITH coalesce(pc.key, partner.key) AS partner_country, partner.key AS partner_body, m.status AS status, m.year AS year,
     collect(DISTINCT m) AS ms
// The articles of a memorandum are its report count (kept on the node when
// its reports change, see docs/GRAPH.md), not its thousands of reports read
// again; only memoranda that share a row (several of the country's bodies
// with one partner), or a node without the count, have their articles read.
RETURN partner_country, partner_body, status, year,
       CASE WHEN size(ms) = 1 AND ms[0].reports IS NOT NULL THEN ms[0].reports
            ELSE COUNT { MATCH (x)-[:REPORTED_IN]->(a:Article) WHERE x IN ms RETURN DISTINCT a } END AS articles
ORDER BY partner_country, partner_body
