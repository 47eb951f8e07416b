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
