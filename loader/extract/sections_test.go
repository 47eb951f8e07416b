package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
)

// TestLongTextIsExtractedInSections: a text longer than the section size is
// read a section at a time and gives one Document: the same fact reported
// in several sections is one fact with the evidence of each, at its offsets
// in the whole text; a person named in several sections is one person; the
// entity lists are those of the whole text.
func TestLongTextIsExtractedInSections(t *testing.T) {
	var b strings.Builder
	b.WriteString("Хроника сотрудничества\n")
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&b, "Председатель ЦИК Казахстана Нурлан Абдиров и председатель ЦИК Узбекистана подписали меморандум о сотрудничестве. Заседание номер %d прошло в Астане.\n", i)
		if i%3 == 2 {
			b.WriteString("Делегация ЦИК Монголии приняла участие в международной конференции «Выборы и технологии» в Астане.\n")
		}
	}
	text := b.String()
	whole, err := New(Options{HomeCountry: "KZ"})
	require.NoError(t, err)
	sections, err := New(Options{HomeCountry: "KZ", SectionBytes: 600})
	require.NoError(t, err)
	want := whole.Extract(Input{ID: "t", Text: text})
	got := sections.Extract(Input{ID: "t", Text: text})

	assert.Equal(t, text, got.Text)
	assert.Equal(t, want.Countries, got.Countries)
	assert.Equal(t, want.Bodies, got.Bodies)
	assert.Equal(t, want.Organizations, got.Organizations)
	assert.ElementsMatch(t, want.Entities, got.Entities)
	assert.Equal(t, want.Persons, got.Persons, "one person, first named at the same place")
	require.Equal(t, factsOf(want, "memorandum"), factsOf(got, "memorandum"))
	require.Equal(t, factsOf(want, "participation"), factsOf(got, "participation"))
	require.Len(t, got.Facts, len(want.Facts))
	for k, f := range got.Facts {
		assert.Equal(t, want.Facts[k].Evidence, f.Evidence, "the evidence of every section, in order, at its offsets in the whole text")
		for _, e := range f.Evidence {
			assert.Equal(t, e.Sentence, text[e.Start:e.End])
		}
	}
	require.Equal(t, graph.Memorandum, got.Facts[0].Type)
	assert.Len(t, got.Facts[0].Evidence, 12)
}

// TestSectionEnd: a section ends after a line break, else after a sentence,
// else at a rune boundary, and never runs past the size.
func TestSectionEnd(t *testing.T) {
	text := "Первая строка.\nВторая строка. Ещё одна фраза без конца строки и очень длинная"
	assert.Equal(t, len("Первая строка.\n"), sectionEnd(text, 0, 40))
	base := len("Первая строка.\n")
	assert.Equal(t, base+len("Вторая строка. "), sectionEnd(text, base, 40))
	words := "Длинноеслово"
	end := sectionEnd(words, 0, 7)
	assert.LessOrEqual(t, end, 7)
	assert.True(t, strings.HasPrefix(words, words[:end]) && len([]rune(words[:end])) == 3)
	assert.Equal(t, len(text), sectionEnd(text, base, 1000))
}
