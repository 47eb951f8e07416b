// Every judgement in force, in the order of their ids.
MATCH (j:Judgement)
RETURN j.id AS id, j.kind AS kind, j.target AS target, j.alias_key AS key, j.names AS names,
       j.attrs AS attrs, j.who AS who, j.at AS at, j.why AS why
ORDER BY id
