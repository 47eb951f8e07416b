// Of the given identities, those whose reports may need to move: they have
// a node without a full date (undated, year or month) or a node holding
// reports moved from elsewhere. Identities whose nodes are all dated and
// hold only their own reports are settled.
MATCH (f:Fact) WHERE f.identity IN $identities AND (size(coalesce(f.when, '')) < 10 OR f.mixed = true)
RETURN DISTINCT f.identity AS identity
