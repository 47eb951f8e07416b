package graph

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAliasesApply(t *testing.T) {
	a := NewAliases([]Judgement{{Kind: JudgeAlias, Target: "Алматинская  городская избирательная комиссия", Key: "KZ/SUB:ГИК Алматы"},
		{Kind: JudgeAlias, Target: "KZ/NGO:Ассоциация", Key: "OSCE"}})
	d := Document{
		Bodies: []string{"KZ/SUB:Алматинская городская избирательная комиссия", "KG/CEC", "KZ/NGO:Ассоциация"}, Organizations: []string{},
		Entities: []Entity{{Key: "KZ/SUB:Алматинская городская избирательная комиссия", Kind: KindSubBody, Name: "«Алматинская городская избирательная комиссия»"},
			{Key: "KZ/NGO:Ассоциация", Kind: KindNGO, Name: "Ассоциация"}},
		Persons: []Person{{Name: "Иван Петров", Org: "KZ/SUB:Алматинская городская избирательная комиссия"}},
		Facts: []Fact{{Type: Memorandum, Parties: []string{"KG/CEC", "KZ/SUB:Алматинская городская избирательная комиссия"}},
			{Type: Invitation, From: "KZ/NGO:Ассоциация", To: "KG/CEC"}},
	}
	require.Equal(t, 2, a.Apply(&d))
	assert.Equal(t, []string{"KZ/SUB:ГИК Алматы", "KG/CEC"}, d.Bodies)
	assert.Equal(t, []string{"OSCE"}, d.Organizations)
	assert.Equal(t, "KZ/SUB:ГИК Алматы", d.Persons[0].Org)
	assert.Equal(t, []string{"KG/CEC", "KZ/SUB:ГИК Алматы"}, d.Facts[0].Parties)
	assert.Equal(t, "OSCE", d.Facts[1].From)
	assert.Equal(t, KindOrganization, d.Entities[1].Kind)
	assert.Equal(t, 0, Aliases{}.Apply(&d))
}

func TestJudgementIDAndCheck(t *testing.T) {
	when := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	same := Judgement{Kind: JudgeSame, Names: []string{"Б  Бойко", "А Авдеев"}, Who: "x", When: when}
	assert.Equal(t, "same|А Авдеев+Б Бойко", same.ID())
	assert.NoError(t, same.Check())
	assert.Equal(t, "alias|comelec", Judgement{Kind: JudgeAlias, Target: " «COMELEC» "}.ID())
	set := Judgement{Kind: JudgeSet, Target: "invitation|KZ/CEC|KG/CEC|observe", Attrs: map[string]string{"date": "2024-02-30"}, Who: "x", When: when}
	assert.ErrorContains(t, set.Check(), "date must be YYYY-MM-DD")
	set.Attrs["date"] = "2024-02-28"
	assert.NoError(t, set.Check())
	assert.Equal(t, []string{"date=2024-02-28"}, set.AttrList())
	attrs, err := ParseAttrs([]string{"status=signed", "year=2019"})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"status": "signed", "year": "2019"}, attrs)
	_, err = ParseAttrs([]string{"signed"})
	assert.Error(t, err)
}
