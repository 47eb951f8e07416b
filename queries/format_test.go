package queries

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sampleTable() *Table {
	return &Table{
		Columns: []string{"partner_country", "partner_body", "status", "year", "articles"},
		Rows: [][]any{
			{"KR", "KR/CEC", "signed", int64(2023), int64(2)},
			{"OSCE", "OSCE", "proposed", nil, int64(1)},
			{"UZ", "UZ/SUB:Ташкент | город", "signed", int64(2024), int64(10)},
		},
	}
}

func TestWrite(t *testing.T) {
	tests := []struct {
		format string
		table  *Table
		want   string
	}{
		{"table", sampleTable(), "" +
			"partner_country  partner_body            status    year  articles\n" +
			"---------------  ----------------------  --------  ----  --------\n" +
			"KR               KR/CEC                  signed    2023         2\n" +
			"OSCE             OSCE                    proposed     -         1\n" +
			"UZ               UZ/SUB:Ташкент | город  signed    2024        10\n"},
		{"table", &Table{Columns: []string{"a", "b"}}, "a  b\n-  -\n(no rows)\n"},
		{"table", &Table{Columns: []string{"v"}, Rows: [][]any{{[]any{"x", int64(1)}}, {map[string]any{"k": "<v>"}}, {"two\nlines"}}},
			"v\n-----------\n[\"x\",1]\n{\"k\":\"<v>\"}\ntwo lines\n"},
		{"csv", sampleTable(), "" +
			"partner_country,partner_body,status,year,articles\n" +
			"KR,KR/CEC,signed,2023,2\n" +
			"OSCE,OSCE,proposed,,1\n" +
			"UZ,UZ/SUB:Ташкент | город,signed,2024,10\n"},
		{"json", sampleTable(), "" +
			"[\n" +
			`  {"partner_country": "KR", "partner_body": "KR/CEC", "status": "signed", "year": 2023, "articles": 2},` + "\n" +
			`  {"partner_country": "OSCE", "partner_body": "OSCE", "status": "proposed", "year": null, "articles": 1},` + "\n" +
			`  {"partner_country": "UZ", "partner_body": "UZ/SUB:Ташкент | город", "status": "signed", "year": 2024, "articles": 10}` + "\n" +
			"]\n"},
		{"json", &Table{Columns: []string{"a"}}, "[]\n"},
		{"markdown", sampleTable(), "" +
			"| partner_country | partner_body | status | year | articles |\n" +
			"| --- | --- | --- | --- | --- |\n" +
			"| KR | KR/CEC | signed | 2023 | 2 |\n" +
			"| OSCE | OSCE | proposed | - | 1 |\n" +
			`| UZ | UZ/SUB:Ташкент \| город | signed | 2024 | 10 |` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, Write(&buf, tt.table, tt.format))
			assert.Equal(t, tt.want, buf.String())
		})
	}
}

func TestWriteJSONIsValidAndOrdered(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, sampleTable(), "json"))
	var rows []map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &rows))
	require.Len(t, rows, 3)
	assert.Nil(t, rows[1]["year"])
	assert.Contains(t, rows[1], "year", "null is kept as null, not dropped")
}

func TestWriteCSVQuotes(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, &Table{Columns: []string{"s"}, Rows: [][]any{{`a, "b"`}}}, "csv"))
	recs, err := csv.NewReader(&buf).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"s"}, {`a, "b"`}}, recs)
}

func TestWriteUnknownFormat(t *testing.T) {
	err := Write(&bytes.Buffer{}, sampleTable(), "xml")
	require.Error(t, err)
	assert.Equal(t, `unknown output format "xml" (want table, csv, json, markdown)`, err.Error())
}

func TestWriteWidth(t *testing.T) {
	tab := &Table{
		Columns: []string{"key", "n", "sentence"},
		Rows: [][]any{
			{"memorandum|KG/CEC+KZ/CEC", int64(12345), "ЦИК Казахстана и ЦИК Кыргызстана подписали меморандум о сотрудничестве."},
			{"x", int64(1), nil},
		},
	}
	tests := []struct {
		name  string
		width int
		want  string
	}{
		{"no limit", 0, "" +
			"key                       n      sentence\n" +
			"------------------------  -----  -----------------------------------------------------------------------\n" +
			"memorandum|KG/CEC+KZ/CEC  12345  ЦИК Казахстана и ЦИК Кыргызстана подписали меморандум о сотрудничестве.\n" +
			"x                             1  -\n"},
		{"the widest column is cut first", 60, "" +
			"key                       n      sentence\n" +
			"------------------------  -----  ---------------------------\n" +
			"memorandum|KG/CEC+KZ/CEC  12345  ЦИК Казахстана и ЦИК Кыргы…\n" +
			"x                             1  -\n"},
		{"then the others, never numbers nor below the floor", 20, "" +
			"key       n      sentence\n" +
			"--------  -----  --------\n" +
			"memoran…  12345  ЦИК Каз…\n" +
			"x             1  -\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, WriteWidth(&buf, tab, "table", tt.width))
			assert.Equal(t, tt.want, buf.String())
		})
	}
	var buf bytes.Buffer
	require.NoError(t, WriteWidth(&buf, tab, "csv", 10))
	assert.Contains(t, buf.String(), "сотрудничестве.", "only tables are cut")
}
