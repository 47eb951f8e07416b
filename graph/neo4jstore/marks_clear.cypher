// Unmarks up to $limit nodes marked :Unsettled, once the clean-up settled
// them; returns how many it unmarked.
MATCH (n:Unsettled)
WITH n LIMIT $limit
REMOVE n:Unsettled
RETURN count(n) AS n
