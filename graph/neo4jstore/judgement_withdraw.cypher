// Withdraws a judgement: deletes its node. $id: the judgement's id.
MATCH (j:Judgement {id: $id})
DELETE j
RETURN count(*) AS n
