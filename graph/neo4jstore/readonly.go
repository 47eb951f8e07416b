package neo4jstore

import (
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ErrNotReadOnly is wrapped by the error Run returns, before anything runs,
// when a statement is not a plain read although write was not allowed: an
// administration command (SHOW or TERMINATE TRANSACTIONS, users, roles,
// databases, settings), a server procedure that is not known to only read,
// or LOAD CSV, which makes the server read files or URLs.
var ErrNotReadOnly = errors.New("not allowed in read-only mode; pass --write to allow it")

// readOnlyShows are the SHOW commands that read-only mode allows: they list
// the database's schema and the callable procedures and functions.
var readOnlyShows = map[string]bool{
	"ShowIndexes":     true,
	"ShowConstraints": true,
	"ShowProcedures":  true,
	"ShowFunctions":   true,
}

// readOnlyDBMSProcedures are the DBMS procedures that read-only mode allows:
// they only describe the server. The server runs every other DBMS procedure
// in a read transaction too, for instance db.clearQueryCaches or
// dbms.killConnection.
var readOnlyDBMSProcedures = map[string]bool{
	"dbms.components": true,
	"dbms.info":       true,
}

// checkReadOnly tells whether a statement whose EXPLAIN gave sum may run in
// read-only mode. It looks at what the server planned, not at the text, so
// that comments, strings and odd spellings change nothing: the statement
// type must be a read ("r"), or a schema statement made only of allowed
// DBMS procedure calls ("s": the server classifies DBMS procedures so); and
// no operator of the plan may be LOAD CSV, an administration command, or
// a SHOW command other than readOnlyShows.
func checkReadOnly(sum neo4j.ResultSummary) error {
	var ops []planOp
	walkPlan(sum.Plan(), &ops)
	for _, op := range ops {
		switch {
		case op.name == "LoadCSV":
			return fmt.Errorf("LOAD CSV makes the server read a file or URL: %w", ErrNotReadOnly)
		case op.name == "AdministrationCommand",
			strings.HasPrefix(op.name, "Show") && !readOnlyShows[op.name],
			strings.HasPrefix(op.name, "Terminate"):
			return fmt.Errorf("%s is an administration command: %w", commandName(op.name), ErrNotReadOnly)
		}
	}
	switch sum.StatementType() {
	case neo4j.StatementTypeReadOnly:
		return nil
	case neo4j.StatementTypeWriteOnly, neo4j.StatementTypeReadWrite:
		return ErrWriteRefused
	case neo4j.StatementTypeSchemaWrite:
		// DBMS procedure calls, or a schema write (CREATE INDEX, DROP
		// CONSTRAINT …), which the read transaction would refuse anyway.
		calls := 0
		for _, op := range ops {
			if op.name == "ProcedureCall" {
				if !readOnlyDBMSProcedures[op.procedure()] {
					return fmt.Errorf("procedure %s is not known to only read: %w", op.procedure(), ErrNotReadOnly)
				}
				calls++
			}
		}
		if calls == 0 {
			return ErrWriteRefused
		}
		return nil
	default:
		return fmt.Errorf("statement of unknown type %q: %w", sum.StatementType(), ErrNotReadOnly)
	}
}

// planOp is one operator of a plan: its name without the database
// ("LoadCSV" of "LoadCSV@neo4j") and its details.
type planOp struct {
	name, details string
}

// procedure returns the name of the procedure a ProcedureCall calls, from
// its details ("dbms.components() :: (…)").
func (op planOp) procedure() string {
	name, _, _ := strings.Cut(op.details, "(")
	return strings.TrimSpace(name)
}

// walkPlan appends the operators of p and its children to ops.
func walkPlan(p neo4j.Plan, ops *[]planOp) {
	if p == nil {
		return
	}
	name, _, _ := strings.Cut(p.Operator(), "@")
	details, _ := p.Arguments()["Details"].(string)
	*ops = append(*ops, planOp{name: name, details: details})
	for _, c := range p.Children() {
		walkPlan(c, ops)
	}
}

// commandName spells an operator name the way the command is written:
// "TerminateTransactions" → "TERMINATE TRANSACTIONS".
func commandName(op string) string {
	if op == "AdministrationCommand" {
		return "the statement"
	}
	var b strings.Builder
	for i, r := range op {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return strings.ToUpper(b.String())
}
