package synth

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDeterministic(t *testing.T) {
	a, b := New(7), New(7)
	for i := 0; i < 5; i++ {
		x, y := a.Next(), b.Next()
		assert.Equal(t, x, y)
		assert.NotContains(t, x.Body, "{", "every template slot is filled")
		assert.True(t, strings.HasPrefix(x.ID, "synth-"))
	}
}

// Some articles name a far country, which only proposes and invites.
func TestSomeArticlesNameAFarCountry(t *testing.T) {
	g := New(1)
	n := 0
	for i := 0; i < 200; i++ {
		a := g.Next()
		assert.NotContains(t, a.Body, "{", "every template slot is filled")
		for _, f := range far {
			if strings.Contains(a.Body, f.gen) || strings.Contains(a.Body, f.adjDat) {
				n++
				break
			}
		}
	}
	assert.Greater(t, n, 5)
	assert.Less(t, n, 50)
}
