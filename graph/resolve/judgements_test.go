package resolve

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cecgraph/cecgraph/graph"
)

func TestWithJudgementsFoldsPersons(t *testing.T) {
	assert.Nil(t, WithJudgements(nil, []graph.Judgement{{Kind: graph.JudgeReject, Target: "meeting|A"}}))
	ov := &Overrides{Persons: PersonOverrides{Same: [][]string{{"Н. Абдиров", "Нурлан Абдиров"}}}}
	got := WithJudgements(ov, []graph.Judgement{{Kind: graph.JudgeNotSame, Names: []string{"А. Иванов", "Алексей Иванов"}}})
	assert.True(t, got.NotSame("А. Иванов", "Алексей Иванов"))
	assert.Equal(t, ov.Persons.Same, got.Persons.Same)
	assert.Len(t, ov.Persons.NotSame, 0, "the file's overrides are not changed")
}
