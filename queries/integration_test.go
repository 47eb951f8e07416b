package queries_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/queries"
)

func TestMemorandaReport(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	_, err := s.Load(ctx, neo4jtest.Documents())
	require.NoError(t, err)
	r, err := queries.Lookup("memoranda")
	require.NoError(t, err)

	tests := []struct {
		name string
		args map[string]string
		want [][]any
	}{
		{"all of KZ", map[string]string{"country": "KZ"}, [][]any{
			{"JP", "JP/CEC", "proposed", int64(2024), int64(1)},
			{"KR", "KR/CEC", "signed", int64(2023), int64(2)},
			{"OSCE", "OSCE", "planned", nil, int64(1)},
			{"UZ", "UZ/CEC", "signed", int64(2024), int64(2)},
		}},
		{"signed only, lower-case code", map[string]string{"country": "kz", "status": "signed"}, [][]any{
			{"KR", "KR/CEC", "signed", int64(2023), int64(2)},
			{"UZ", "UZ/CEC", "signed", int64(2024), int64(2)},
		}},
		{"proposed", map[string]string{"country": "KZ", "status": "proposed"}, [][]any{
			{"JP", "JP/CEC", "proposed", int64(2024), int64(1)},
		}},
		{"UZ sees KR and KZ", map[string]string{"country": "UZ"}, [][]any{
			{"KR", "KR/CEC", "signed", int64(2022), int64(1)},
			{"KZ", "KZ/CEC", "signed", int64(2024), int64(2)},
		}},
		{"a country without memoranda", map[string]string{"country": "FR"}, [][]any{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := r.Run(ctx, s, tt.args)
			require.NoError(t, err)
			assert.Equal(t, r.Columns, tab.Columns)
			assert.Equal(t, tt.want, tab.Rows)
		})
	}

	// Printed as a table.
	tab, err := r.Run(ctx, s, map[string]string{"country": "KZ"})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, queries.Write(&buf, tab, "table"))
	assert.Equal(t, ""+
		"partner_country  partner_body  status    year  articles\n"+
		"---------------  ------------  --------  ----  --------\n"+
		"JP               JP/CEC        proposed  2024         1\n"+
		"KR               KR/CEC        signed    2023         2\n"+
		"OSCE             OSCE          planned      -         1\n"+
		"UZ               UZ/CEC        signed    2024         2\n", buf.String())
}

func TestReportBadInputIsAnErrorNotAnEmptyTable(t *testing.T) {
	s := neo4jtest.Store(t)
	r, err := queries.Lookup("memoranda")
	require.NoError(t, err)
	tests := []struct {
		name string
		args map[string]string
		want string
	}{
		{"unknown country", map[string]string{"country": "XX"}, `unknown country code "XX"`},
		{"neither country nor body", map[string]string{}, `needs one of --country, --body`},
		{"both country and body", map[string]string{"country": "KZ", "body": "KZ/CEC"}, `takes only one of --country, --body`},
		{"malformed body", map[string]string{"body": "Kazakhstan CEC"}, `is not the key of an electoral body`},
		{"body of an unknown country", map[string]string{"body": "XX/CEC"}, `unknown country code "XX"`},
		{"bad status", map[string]string{"country": "KZ", "status": "done"}, `"done" is not one of signed, proposed, planned`},
		{"unknown parameter", map[string]string{"country": "KZ", "year": "2024"}, `has no parameter "year"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := r.Run(context.Background(), s, tt.args)
			require.Error(t, err)
			assert.Nil(t, tab)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// Every report of the catalogue runs on the server, read-only, with its
// declared columns.
func TestEveryReportRuns(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	_, err := s.Load(ctx, neo4jtest.Documents())
	require.NoError(t, err)
	sample := map[string]string{"string": "x", "int": "2024", "date": "2024-01-01", "country": "KZ",
		"actor": "KZ/CEC", "body": "KZ/CEC", "fulltext": "Абдиров"}
	for _, r := range queries.Catalogue() {
		t.Run(r.Name, func(t *testing.T) {
			args := map[string]string{}
			for _, g := range r.OneOf {
				p, _ := r.Param(g[0])
				args[p.Name] = sample[p.Type]
			}
			for _, p := range r.Params {
				if !p.Required {
					continue
				}
				v, ok := sample[p.Type]
				if !ok {
					v = p.EnumValues()[0]
				}
				args[p.Name] = v
			}
			tab, err := r.Run(ctx, s, args)
			require.NoError(t, err)
			assert.Equal(t, r.Columns, tab.Columns)
			for i, row := range tab.Rows {
				assert.Len(t, row, len(r.Columns), "row %d", i+1)
			}
		})
	}
}
