// The facts a person takes part in, to re-key them after a merge. Row:
// {from, to}: the old and the new key of a merged person.
UNWIND $rows AS row
MATCH (f:Fact)-->(:Person {key: row.to})
RETURN DISTINCT row.from AS from, row.to AS to, f.key AS key, f.identity AS identity, f.when AS when
