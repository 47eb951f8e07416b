// name: memoranda
// doc: memoranda of an electoral body of a country with its partners, with their status and the number of articles that report them
// param: country country required "ISO 3166-1 alpha-2 code of the country, e.g. KZ"
// param: status enum(signed|proposed|planned) optional "signed, proposed or planned"
// columns: partner_country, partner_body, status, year, articles
MATCH (:Country {key: $country})<-[:OF_COUNTRY]-(body:ElectoralBody)<-[:PARTY]-(m:Memorandum)-[:PARTY]->(partner)
WHERE partner <> body
  AND ($status IS NULL OR m.status = $status)
OPTIONAL MATCH (partner)-[:OF_COUNTRY]->(pc:Country)
OPTIONAL MATCH (m)-[:REPORTED_IN]->(a:Article)
RETURN coalesce(pc.key, partner.key) AS partner_country,
       partner.key AS partner_body,
       m.status AS status,
       m.year AS year,
       count(DISTINCT a) AS articles
ORDER BY partner_country, partner_body
