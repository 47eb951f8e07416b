package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

const (
	wrongMemo = "memorandum|BY/CEC+KZ/CEC"
	goodMeet  = "meeting|KZ/CEC+TR/CEC"
)

// loadedExamples loads the example articles into a clean test database and
// returns their directory.
func loadedExamples(t *testing.T) string {
	t.Helper()
	neo4jtest.Store(t)
	return loadInto(t, examples(t))
}

// loadedFixtures loads a copy of the fixture articles into a clean test
// database and returns its directory.
func loadedFixtures(t *testing.T) string {
	t.Helper()
	neo4jtest.Store(t)
	return loadInto(t, fixtures(t))
}

// loadInto points the test at the test database and loads dir.
func loadInto(t *testing.T, dir string) string {
	t.Helper()
	isolate(t, neo4jtest.URI(t))
	code, _, errOut := cli(t, "", "load", dir)
	require.Equal(t, 0, code, errOut)
	return dir
}

// TestJudgeCommandsEndToEnd: an analyst rejects a fact, confirms one and
// corrects one with cecgraph judge; reports leave the rejected fact out,
// report evidence shows it with the judgement; --reextract keeps them;
// export and load --judgements carry them into a new graph; a judgement on
// a key the graph does not hold is one error line and exit code 1.
func TestJudgeCommandsEndToEnd(t *testing.T) {
	ex := loadedExamples(t)

	code, out, errOut := cli(t, "", "report", "review", "--format", "csv")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, wrongMemo, "the unreviewed fact is in the queue")

	code, out, errOut = cli(t, "", "judge", "reject", wrongMemo, "--who", "Анна", "--why", "a list of partners, not a signing")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "stored 1 judgements; facts rejected 1 (unrejected 0), confirmed 0 (of them no longer reported 0), corrected 0 (restored 0)\n", out)
	code, _, errOut = cli(t, "", "judge", "confirm", goodMeet, "--who", "Анна")
	require.Equal(t, 0, code, errOut)
	code, _, errOut = cli(t, "", "judge", "set", "memorandum|KZ/CEC+TR/CEC", "status=signed", "year=2019", "--who", "Анна", "--why", "signed later")
	require.Equal(t, 0, code, errOut)

	check := func(when string) {
		t.Helper()
		code, out, errOut := cli(t, "", "report", "memoranda", "--country", "KZ", "--format", "csv")
		require.Equal(t, 0, code, errOut)
		assert.NotContains(t, out, "BY/CEC", when)
		assert.Contains(t, out, "TR,TR/CEC,signed,2019,1", when)
		code, out, errOut = cli(t, "", "report", "evidence", "--fact", wrongMemo, "--format", "csv")
		require.Equal(t, 0, code, errOut)
		assert.Contains(t, out, "rejected by Анна on ", when)
		assert.Contains(t, out, "a list of partners, not a signing", when)
		code, out, errOut = cli(t, "", "report", "review", "--format", "csv", "--limit", "100")
		require.Equal(t, 0, code, errOut)
		assert.NotContains(t, out, wrongMemo, when)
		assert.NotContains(t, out, goodMeet, when)
	}
	check("after judging")
	code, out, errOut = cli(t, "", "load", "--reextract", ex)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "judgements: ")
	check("after --reextract")

	code, out, errOut = cli(t, "", "judge", "reject", "meeting|KZ/CEC+XX/CEC")
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Equal(t, "cecgraph: no fact with the key \"meeting|KZ/CEC+XX/CEC\" in the graph (fact keys are printed by the reports, e.g. cecgraph report review); nothing was stored\n", errOut)

	code, list, errOut := cli(t, "", "judge", "list")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, 4, len(strings.Split(strings.TrimSpace(list), "\n")), list)
	code, exported, errOut := cli(t, "", "judge", "export")
	require.Equal(t, 0, code, errOut)
	file := filepath.Join(t.TempDir(), "judgements.yaml")
	require.NoError(t, os.WriteFile(file, []byte(exported), 0o644))

	// A new graph from the same articles and the exported file.
	neo4jtest.Store(t)
	code, out, errOut = cli(t, "", "load", "--judgements", file, ex)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "judgements: facts rejected 1 (unrejected 0), confirmed 1 (of them no longer reported 0), corrected 1 (restored 0)\n")
	check("loaded with --judgements")
	code, again, errOut := cli(t, "", "judge", "export")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, exported, again, "export, load --judgements, export gives the same file")

	code, out, errOut = cli(t, "", "judge", "withdraw", "reject", wrongMemo)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "withdrew reject|"+wrongMemo)
	code, out, errOut = cli(t, "", "report", "memoranda", "--country", "KZ", "--format", "csv")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "BY/CEC", "a withdrawn rejection gives the fact back")
}

// TestAliasAppliesOnLaterExtractions: an alias maps a name the extractor
// gives to the analyst's key on every later extraction.
func TestAliasAppliesOnLaterExtractions(t *testing.T) {
	neo4jtest.Store(t)
	uri := neo4jtest.URI(t)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "almaty.txt"),
		[]byte("Алматинская городская избирательная комиссия и ЦИК Кыргызстана подписали меморандум о сотрудничестве.\n"), 0o644))
	isolate(t, uri)
	code, _, errOut := cli(t, "", "load", dir)
	require.Equal(t, 0, code, errOut)
	memo := cypher(t, "MATCH (m:Memorandum) RETURN m.key")
	assert.Contains(t, memo, "KZ/SUB:Алматинская городская избирательная комиссия")

	code, _, errOut = cli(t, "", "judge", "alias", "Алматинская городская избирательная комиссия", "KZ/SUB:Избирательная комиссия города Алматы",
		"--who", "Анна", "--why", "the commission's official name")
	require.Equal(t, 0, code, errOut)
	code, _, errOut = cli(t, "", "load", "--reextract", dir)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "m.key\nmemorandum|KG/CEC+KZ/SUB:Избирательная комиссия города Алматы\n", cypher(t, "MATCH (m:Memorandum) RETURN m.key"))
	// A new article with the same name gets the alias's key too.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "almaty2.txt"),
		[]byte("Алматинская городская избирательная комиссия провела встречу с ЦИК Кыргызстана.\n"), 0o644))
	code, _, errOut = cli(t, "", "load", dir)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "count(b)\n0\n", cypher(t, "MATCH (b:ElectoralBody) WHERE b.key STARTS WITH 'KZ/SUB:Алматинская' RETURN count(b)"))
}

// TestConcurrentLoadsWithJudgements: two loads with the same judgement
// file at once store each judgement once and apply it.
func TestConcurrentLoadsWithJudgements(t *testing.T) {
	ex := loadedExamples(t)
	file := filepath.Join(t.TempDir(), "judgements.yaml")
	require.NoError(t, os.WriteFile(file, []byte(`- kind: reject
  target: `+wrongMemo+`
  who: Анна
  when: 2026-12-05T10:00:00Z
  why: a list of partners
- kind: not-same
  names: [Н. Абдиров, Нурлан Абдирович]
  who: Анна
  when: 2026-12-05T10:00:00Z
  why: two people
`), 0o644))
	var wg sync.WaitGroup
	codes := make([]int, 2)
	errs := make([]string, 2)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out, errb bytes.Buffer
			codes[i] = run(context.Background(), []string{"load", "--reextract", "--judgements", file, ex}, strings.NewReader(""), &out, &errb)
			errs[i] = errb.String()
		}()
	}
	wg.Wait()
	require.Equal(t, []int{0, 0}, codes, "%v", errs)
	assert.Equal(t, "count(j)\n2\n", cypher(t, "MATCH (j:Judgement) RETURN count(j)"))
	assert.Equal(t, "f:Rejected\ntrue\n", cypher(t, "MATCH (f:Fact {key: '"+wrongMemo+"'}) RETURN f:Rejected"))
}

// TestBrowserGuideLeavesRejectedFactsOut: with every fact rejected, the
// guide's queries find nothing, but for the slide of judged facts.
func TestBrowserGuideLeavesRejectedFactsOut(t *testing.T) {
	loadedFixtures(t)
	keys := strings.Split(strings.TrimSpace(cypher(t, "MATCH (f:Fact) RETURN f.key")), "\n")[1:]
	require.NotEmpty(t, keys)
	var yaml strings.Builder
	for _, k := range keys {
		yaml.WriteString("- kind: reject\n  target: '" + strings.Trim(k, `"`) + "'\n  who: Анна\n  when: 2026-12-05T10:00:00Z\n  why: test\n")
	}
	file := filepath.Join(t.TempDir(), "judgements.yaml")
	require.NoError(t, os.WriteFile(file, []byte(yaml.String()), 0o644))
	code, out, errOut := cli(t, "", "judge", "import", file)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "facts rejected "+strconv.Itoa(len(keys))+" ")
	judged := 0
	for i, q := range guideQueries(t) {
		if !regexp.MustCompile(`:(Fact|Memorandum|Observation|Meeting|Invitation|Award|Participation)\b`).MatchString(q) {
			continue
		}
		code, out, errOut := cli(t, "", "query", q, "--format", "csv")
		require.Equal(t, 0, code, "query %d: %s", i, errOut)
		rows := strings.Count(strings.TrimSpace(out), "\n")
		if strings.Contains(q, ":Judgement") {
			judged++
			assert.Equal(t, len(keys), rows, "the judged facts, query %d", i)
			continue
		}
		assert.Zero(t, rows, "query %d shows rejected facts:\n%s\n%s", i, q, out)
	}
	assert.Equal(t, 1, judged)
}

// TestExtractAppliesAliasesOfAJudgementFile: extract, which needs no
// database, applies a judgement file's aliases, and gives every fact a
// confidence.
func TestExtractAppliesAliasesOfAJudgementFile(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	dir := t.TempDir()
	art := filepath.Join(dir, "almaty.txt")
	require.NoError(t, os.WriteFile(art,
		[]byte("Алматинская городская избирательная комиссия и ЦИК Кыргызстана подписали меморандум о сотрудничестве.\n"), 0o644))
	file := filepath.Join(dir, "judgements.yaml")
	require.NoError(t, os.WriteFile(file, []byte(`- kind: alias
  target: Алматинская городская избирательная комиссия
  key: KZ/SUB:Избирательная комиссия города Алматы
  who: Анна
  when: 2026-12-05T10:00:00Z
  why: the official name
`), 0o644))
	code, out, errOut := cli(t, "", "extract", art)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"parties":["KG/CEC","KZ/SUB:Алматинская городская избирательная комиссия"]`)
	assert.Regexp(t, `"confidence":0\.\d+`, out)
	code, out, errOut = cli(t, "", "extract", "--judgements", file, art)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"parties":["KG/CEC","KZ/SUB:Избирательная комиссия города Алматы"]`)
	assert.NotContains(t, out, "KZ/SUB:Алматинская")
}

// TestLoadJudgementFileWithUnknownFact: a judgement file that names a fact
// the graph does not hold fails the load after its summary (exit code 1,
// one line saying which key), stores none of the file's judgements on
// facts, and the judgements already in the graph are applied still.
func TestLoadJudgementFileWithUnknownFact(t *testing.T) {
	ex := loadedExamples(t)
	code, _, errOut := cli(t, "", "judge", "reject", wrongMemo)
	require.Equal(t, 0, code, errOut)
	file := filepath.Join(t.TempDir(), "judgements.yaml")
	require.NoError(t, os.WriteFile(file, []byte(`- kind: confirm
  target: `+goodMeet+`
  who: Анна
  when: 2026-12-05T10:00:00Z
  why: checked
- kind: reject
  target: meeting|KZ/CEC+XX/CEC
  who: Анна
  when: 2026-12-05T10:00:00Z
  why: a typo
`), 0o644))
	code, out, errOut := cli(t, "", "load", "--reextract", "--judgements", file, ex)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "loaded 3 articles")
	assert.Equal(t, "cecgraph: the judgement file: no fact with the key \"meeting|KZ/CEC+XX/CEC\" in the graph (fact keys are printed by the reports, e.g. cecgraph report review); nothing was stored\n", errOut)
	assert.Equal(t, "count(j)\n1\n", cypher(t, "MATCH (j:Judgement) RETURN count(j)"), "the file stored nothing")
	assert.Equal(t, "f:Rejected\ntrue\n", cypher(t, "MATCH (f:Fact {key: '"+wrongMemo+"'}) RETURN f:Rejected"), "the judgement stored before holds")
}

// TestJudgeNotSameFoldsIntoPersonResolution: a not-same judgement, kept in
// the graph, splits persons merged before on the next --reextract, with no
// override file; withdrawn, the next --reextract merges them again.
func TestJudgeNotSameFoldsIntoPersonResolution(t *testing.T) {
	dir := loadedFixtures(t)
	abdirov := "MATCH (p:Person) WHERE p.family = 'abdirov' RETURN p.key ORDER BY p.key"
	require.Equal(t, "p.key\nНурлан Абдиров\n", cypher(t, abdirov))

	code, out, errOut := cli(t, "", "judge", "not-same", "Н. Абдиров", "Нурлан Абдиров", "--why", "two people")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "resolution: ")
	assert.Contains(t, errOut, `give the names of person "Нурлан Абдиров" to several persons`)
	code, _, errOut = cli(t, "", "load", "--reextract", dir)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "p.key\nН. Абдиров\nНурлан Абдиров\n", cypher(t, abdirov))

	code, _, errOut = cli(t, "", "judge", "withdraw", "not-same", "Нурлан Абдиров", "Н. Абдиров")
	require.Equal(t, 0, code, errOut)
	code, _, errOut = cli(t, "", "load", "--reextract", dir)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "p.key\nНурлан Абдиров\n", cypher(t, abdirov))
}
