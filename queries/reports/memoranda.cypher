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
OPTIONAL MATCH (m)-[:REPORTED_IN]->(a:Article)
RETURN coalesce(pc.key, partner.key) AS partner_country,
       partner.key AS partner_body,
       m.status AS status,
       m.year AS year,
       count(DISTINCT a) AS articles
ORDER BY partner_country, partner_body
