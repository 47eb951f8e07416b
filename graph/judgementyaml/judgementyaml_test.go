package judgementyaml

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
)

const sample = `- kind: reject
  target: meeting|AZ/CEC+MD/CEC@2019-05-01
  who: Анна Петрова
  when: 2026-12-05T18:00:00Z
  why: they only sat in the same room
- kind: alias
  target: Государственная избирательная служба Эстонии
  key: EE/CEC
  who: Анна Петрова
  when: 2026-12-05T18:01:00Z
  why: the Estonian body's own name
- kind: set
  target: memorandum|KG/CEC+KZ/CEC
  set: {status: signed, year: "2019"}
  who: Анна Петрова
  when: 2026-12-05T18:02:00Z
  why: the text of the memorandum
- kind: not-same
  names: [А. Иванов, Алексей Иванов]
  who: Анна Петрова
  when: 2026-12-05T18:03:00Z
  why: two people
`

func TestReadWriteRoundTrip(t *testing.T) {
	js, err := Read([]byte(sample))
	require.NoError(t, err)
	require.Len(t, js, 4)
	assert.Equal(t, graph.JudgeReject, js[0].Kind)
	assert.Equal(t, "EE/CEC", js[1].Key)
	assert.Equal(t, map[string]string{"status": "signed", "year": "2019"}, js[2].Attrs)
	assert.Equal(t, time.Date(2026, 12, 5, 18, 3, 0, 0, time.UTC), js[3].When)
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, js))
	again, err := Read(buf.Bytes())
	require.NoError(t, err)
	assert.ElementsMatch(t, js, again)
}

func TestReadRefusesBadEntries(t *testing.T) {
	for name, tc := range map[string]struct{ yaml, want string }{
		"unknown field": {"- kind: reject\n  target: meeting|A/CEC+B/CEC\n  who: x\n  when: 2026-01-01T00:00:00Z\n  colour: red\n", "entry 1 (line 1)"},
		"unknown kind":  {"- kind: forget\n  target: meeting|AZ/CEC+MD/CEC\n  who: x\n  when: 2026-01-01T00:00:00Z\n", "unknown kind"},
		"not a key":     {"- kind: reject\n  target: AZ/CEC\n  who: x\n  when: 2026-01-01T00:00:00Z\n", "not a fact key"},
		"no who":        {"- kind: confirm\n  target: meeting|AZ/CEC+MD/CEC\n  when: 2026-01-01T00:00:00Z\n", "who is empty"},
		"bad status":    {"- kind: set\n  target: memorandum|AZ/CEC+MD/CEC\n  set: {status: maybe}\n  who: x\n  when: 2026-01-01T00:00:00Z\n", "status must be"},
		"attr of type":  {"- kind: set\n  target: meeting|AZ/CEC+MD/CEC\n  set: {status: signed}\n  who: x\n  when: 2026-01-01T00:00:00Z\n", "a meeting has no status"},
		"alias to name": {"- kind: alias\n  target: Comelec\n  key: Иван Петров\n  who: x\n  when: 2026-01-01T00:00:00Z\n", "not the key"},
		"one name":      {"- kind: same\n  names: [А. Иванов]\n  who: x\n  when: 2026-01-01T00:00:00Z\n", "at least two names"},
		"duplicate": {"- kind: reject\n  target: meeting|AZ/CEC+MD/CEC\n  who: x\n  when: 2026-01-01T00:00:00Z\n" +
			"- kind: reject\n  target: meeting|AZ/CEC+MD/CEC\n  who: y\n  when: 2026-01-02T00:00:00Z\n", "the same judgement as entry 1"},
		"not a list": {"kind: reject\n", "a list of judgements"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Read([]byte(tc.yaml))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestReadEmpty(t *testing.T) {
	js, err := Read(nil)
	require.NoError(t, err)
	assert.Empty(t, js)
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, nil))
	js, err = Read(buf.Bytes())
	require.NoError(t, err)
	assert.Empty(t, js)
}
