package morphforms

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeForms(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "forms.tsv")
	require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	return p
}

func TestReadGroupsFormsIntoLexemes(t *testing.T) {
	p := writeForms(t, header+"\n"+
		"surname\tdict\tКаримов\tNOUN\tmasc\tsing\tnomn\tКаримов\n"+
		"surname\tdict\tКаримов\tNOUN\tmasc\tsing\tablt\tКаримовым\n"+
		"surname\tdict\tКаримова\tNOUN\tfemn\tsing\tablt\tКаримовой\n")
	forms, err := Read(p)
	require.NoError(t, err)
	require.Len(t, forms, 3)
	assert.Equal(t, "Каримовым", forms[1].Text)
	lx := Lexemes(forms)
	require.Len(t, lx, 2)
	assert.Equal(t, map[string]string{"sing nomn": "Каримов", "sing ablt": "Каримовым"}, lx[0].Forms)
	assert.Equal(t, "femn", lx[1].Gender)
}

func TestReadRejectsMalformedData(t *testing.T) {
	for name, body := range map[string]string{
		"header":  "class\tlemma\n",
		"width":   header + "\nnoun\tdict\tдом\tNOUN\tmasc\tsing\tnomn\n",
		"empty":   header + "\nnoun\tdict\t\tNOUN\tmasc\tsing\tnomn\tдом\n",
		"case":    header + "\nnoun\tdict\tдом\tNOUN\tmasc\tsing\tvoct\tдом\n",
		"noforms": header + "\n",
	} {
		_, err := Read(writeForms(t, body))
		assert.Error(t, err, name)
	}
	_, err := Read(filepath.Join(t.TempDir(), "missing.tsv"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestLoadNeedsTheFolder(t *testing.T) {
	t.Setenv(DirEnv, "")
	_, err := Load()
	assert.ErrorIs(t, err, ErrNoData)
}

func TestPercent(t *testing.T) {
	assert.InDelta(t, 25.0, Percent(1, 4), 1e-9)
	assert.Zero(t, Percent(1, 0))
}
