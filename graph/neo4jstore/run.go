package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// ErrWriteRefused is returned by Run, before anything runs, when a query
// would write and write was not allowed.
var ErrWriteRefused = errors.New("query writes to the database; pass --write to allow it")

// errReadOnlyWrote is what Read returns when the server refused a write in
// its read transaction: a statement of our own that should only read.
var errReadOnlyWrote = fmt.Errorf("a read-only statement tried to write; nothing was written (%w)", ErrWriteRefused)

// Table is a query's result as plain Go values: nodes become maps of their
// properties plus "_labels", relationships maps of their properties plus
// "_type", paths lists of alternating nodes and relationships, temporal
// values ISO 8601 strings, points maps {srid, x, y[, z]}.
type Table struct {
	Columns []string
	Rows    [][]any
}

// QueryError is an error the server raised for a query, in one line: the
// server's message, its position in the query when known, and its code.
type QueryError struct {
	// Code is the Neo4j status code, e.g. Neo.ClientError.Statement.SyntaxError.
	Code string
	// Message is the first line of the server's message, without the position.
	Message string
	// Line and Column locate the error in the query (1-based), 0 if unknown.
	Line, Column int
	// Err is the driver's error.
	Err error
}

// Error returns the one-line description.
func (e *QueryError) Error() string {
	var b strings.Builder
	b.WriteString(e.Message)
	if e.Line > 0 {
		fmt.Fprintf(&b, " (at line %d, column %d)", e.Line, e.Column)
	}
	if e.Code != "" {
		fmt.Fprintf(&b, " [%s]", e.Code)
	}
	return b.String()
}

// Unwrap returns the driver's error.
func (e *QueryError) Unwrap() error { return e.Err }

var (
	positionRE    = regexp.MustCompile(`line (\d+), column (\d+)`)
	positionParen = regexp.MustCompile(`\s*\(line \d+, column \d+ \(offset: \d+\)\)`)
	explainPrefix = regexp.MustCompile(`(?is)^\s*(EXPLAIN|PROFILE)\b`)
)

// newQueryError condenses a server error into a *QueryError.
func newQueryError(ne *neo4j.Neo4jError) *QueryError {
	qe := &QueryError{Code: ne.Code, Err: ne}
	if m := positionRE.FindStringSubmatch(ne.Msg); m != nil {
		qe.Line, _ = strconv.Atoi(m[1])
		qe.Column, _ = strconv.Atoi(m[2])
	}
	msg := firstLine(ne.Msg)
	msg = positionParen.ReplaceAllString(msg, "")
	msg = strings.TrimSpace(positionRE.ReplaceAllString(msg, ""))
	msg = strings.TrimRight(msg, " (,:")
	if msg == "" {
		msg = "query failed"
	}
	qe.Message = msg
	return qe
}

// accessModeCode is the server's error for a write in a read transaction.
const accessModeCode = "Neo.ClientError.Statement.AccessMode"

// Run runs one Cypher statement with parameters and returns its result.
// Without write it runs in a read transaction and refuses, before running
// it, a statement that the server's plan (EXPLAIN) says writes data or
// schema (ErrWriteRefused), and one that is an administration command,
// calls a server procedure not known to only read, or uses LOAD CSV (an
// error wrapping ErrNotReadOnly; see checkReadOnly). With write it runs as an auto-commit
// query in write mode, so that `CALL { … } IN TRANSACTIONS` works and a
// non-idempotent statement is never retried (on a Store of Rehearse, in
// the rehearsal's transaction). Server errors come back as a one-line
// *QueryError.
func (s *Store) Run(ctx context.Context, cypher string, params map[string]any, write bool) (*Table, error) {
	if write {
		return s.run(ctx, cypher, params, runWrite)
	}
	return s.run(ctx, cypher, params, runChecked)
}

// Read runs one read-only statement of our own (a report or an export) in a
// read transaction. Unlike Run it does not EXPLAIN the statement first: the
// server refuses a write in a read transaction all the same (an error that
// wraps ErrWriteRefused; nothing is written), and the EXPLAIN costs a round
// trip and a plan lookup, about 7 ms a report on the benchmark graph.
func (s *Store) Read(ctx context.Context, cypher string, params map[string]any) (*Table, error) {
	t, err := s.run(ctx, cypher, params, runRead)
	if errors.Is(err, ErrWriteRefused) {
		return nil, errReadOnlyWrote
	}
	return t, err
}

// query runs one statement of the store in a transaction of its own, a
// write one when write is set, and returns its keys, records and summary.
// It is neo4j.ExecuteQuery, but through the store's sessions: the
// transaction gets the store's timeout and mark (boundedSession), and in a
// rehearsal it runs in the rehearsal's transaction (Rehearse), which
// neo4j.ExecuteQuery cannot reach.
func (s *Store) query(ctx context.Context, cypher string, params map[string]any, write bool) (*neo4j.EagerResult, error) {
	access := neo4j.AccessModeRead
	if write {
		access = neo4j.AccessModeWrite
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: access})
	defer func() { _ = session.Close(context.WithoutCancel(ctx)) }()
	work := func(tx neo4j.ManagedTransaction) (*neo4j.EagerResult, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return nil, err
		}
		return &neo4j.EagerResult{Keys: keys, Records: recs, Summary: sum}, nil
	}
	if write {
		return neo4j.ExecuteWrite(ctx, session, work)
	}
	return neo4j.ExecuteRead(ctx, session, work)
}

// runMode says how run runs a statement.
type runMode int

const (
	runRead    runMode = iota // read transaction
	runChecked                // read transaction, after an EXPLAIN that refuses writes
	runWrite                  // auto-commit query in write mode
)

func (s *Store) run(ctx context.Context, cypher string, params map[string]any, mode runMode) (*Table, error) {
	if strings.TrimSpace(cypher) == "" {
		return nil, errors.New("empty query")
	}
	if params == nil {
		params = map[string]any{}
	}
	access := neo4j.AccessModeRead
	if mode == runWrite {
		access = neo4j.AccessModeWrite
	}
	// The whole result becomes one Table anyway, so it is pulled in one go
	// rather than in batches of 1,000 records, each a round trip.
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: access, FetchSize: neo4j.FetchAll})
	defer func() { _ = session.Close(context.WithoutCancel(ctx)) }()

	var table *Table
	var err error
	explaining := false // the error, if any, comes from the EXPLAIN, one line below the query
	switch {
	case mode == runWrite && s.rehearsal != nil:
		// A rehearsal runs every statement in its one transaction, so
		// there is no auto-commit query (nor CALL … IN TRANSACTIONS).
		table, err = neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (*Table, error) {
			res, err := tx.Run(ctx, cypher, params)
			if err != nil {
				return nil, err
			}
			return collect(ctx, res)
		})
	case mode == runWrite:
		var res neo4j.ResultWithContext
		res, err = session.Run(ctx, cypher, params)
		if err == nil {
			table, err = collect(ctx, res)
		}
	default:
		table, err = neo4j.ExecuteRead(ctx, session, func(tx neo4j.ManagedTransaction) (*Table, error) {
			if mode == runChecked {
				explaining = true
				res, err := tx.Run(ctx, explainQuery(cypher), params)
				if err != nil {
					return nil, err
				}
				sum, err := res.Consume(ctx)
				if err != nil {
					return nil, err
				}
				explaining = false
				if err := checkReadOnly(sum); err != nil {
					return nil, err
				}
			}
			res, err := tx.Run(ctx, cypher, params)
			if err != nil {
				return nil, err
			}
			return collect(ctx, res)
		})
	}
	if err != nil {
		if errors.Is(err, ErrWriteRefused) {
			return nil, ErrWriteRefused
		}
		if errors.Is(err, ErrNotReadOnly) {
			return nil, err
		}
		if ne, ok := errors.AsType[*neo4j.Neo4jError](err); ok && mode != runWrite && ne.Code == accessModeCode {
			return nil, ErrWriteRefused
		}
		if ne, ok := errors.AsType[*neo4j.Neo4jError](err); ok && !ne.HasSecurityCode() && ne.Code != "Neo.ClientError.Database.DatabaseNotFound" {
			qe := newQueryError(ne)
			if timedOut(ne) {
				qe.Message = s.timedOutMessage()
			}
			if explaining && qe.Line > 1 {
				qe.Line--
			}
			return nil, qe
		}
		return nil, s.dbError("running the query", err)
	}
	return table, nil
}

// explainQuery returns the EXPLAIN of cypher with the query on its own lines
// and positions unchanged but the line number: a leading EXPLAIN or PROFILE
// of the query is blanked out.
func explainQuery(cypher string) string {
	if loc := explainPrefix.FindStringSubmatchIndex(cypher); loc != nil {
		cypher = cypher[:loc[2]] + strings.Repeat(" ", loc[3]-loc[2]) + cypher[loc[3]:]
	}
	return "EXPLAIN\n" + cypher
}

// collect reads a whole result into a Table.
func collect(ctx context.Context, res neo4j.ResultWithContext) (*Table, error) {
	keys, err := res.Keys()
	if err != nil {
		return nil, err
	}
	t := &Table{Columns: append([]string(nil), keys...), Rows: [][]any{}}
	// The wait for the first record is where a long query spends its time:
	// it races against ctx (see Watch). The records after it stream in, and a
	// read that races starts a goroutine, which would make a large result
	// about a third slower; a cancelled ctx still stops the loop between
	// records, and a stopped command's transaction is terminated (Watch).
	next := ctx
	for res.Next(next) {
		next = withoutDeadline{ctx}
		// The record is the driver's to give away: its values become the
		// row, converted in place.
		row := res.Record().Values
		for i, v := range row {
			row[i] = Plain(v)
		}
		t.Rows = append(t.Rows, row)
	}
	if err := res.Err(); err != nil {
		return nil, err
	}
	return t, nil
}

// Plain converts a value from the driver into plain Go values: nil, bool,
// int64, float64, string, []byte, []any and map[string]any (see Table).
// Lists and maps are converted in place.
func Plain(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, float64, string, []byte:
		return x
	case []any:
		// In place: the driver's values are ours, and a packed report is
		// thousands of lists.
		for i, e := range x {
			x[i] = Plain(e)
		}
		return x
	case map[string]any:
		for k, e := range x {
			x[k] = Plain(e)
		}
		return x
	case dbtype.Node:
		out := make(map[string]any, len(x.Props)+1)
		for k, e := range x.Props {
			out[k] = Plain(e)
		}
		labels := make([]any, len(x.Labels))
		for i, l := range x.Labels {
			labels[i] = l
		}
		out["_labels"] = labels
		return out
	case dbtype.Relationship:
		out := make(map[string]any, len(x.Props)+1)
		for k, e := range x.Props {
			out[k] = Plain(e)
		}
		out["_type"] = x.Type
		return out
	case dbtype.Path:
		out := make([]any, 0, len(x.Nodes)+len(x.Relationships))
		for i, n := range x.Nodes {
			out = append(out, Plain(n))
			if i < len(x.Relationships) {
				out = append(out, Plain(x.Relationships[i]))
			}
		}
		return out
	case dbtype.Date:
		return x.String()
	case dbtype.LocalTime:
		return x.String()
	case dbtype.Time:
		return x.String()
	case dbtype.LocalDateTime:
		return x.String()
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Duration:
		return x.String()
	case dbtype.Point2D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y}
	case dbtype.Point3D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y, "z": x.Z}
	case int:
		return int64(x)
	case float32:
		return float64(x)
	default:
		return fmt.Sprint(x)
	}
}

// withoutDeadline is a context without its deadline, so that the driver
// reads from the socket without racing the read against it.
type withoutDeadline struct{ context.Context }

// Deadline says there is none.
func (withoutDeadline) Deadline() (time.Time, bool) { return time.Time{}, false }
