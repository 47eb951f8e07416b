package text

import (
	"strings"
	"sync"
)

// wordCache maps a word to a value computed from it, shared by all
// articles and bounded so that memory stays flat on any corpus. It is a
// plain map under a read-write lock: a sync.Map boxes the string key into
// an interface on every lookup, which costs more than the lock on our hot
// path (every token is stemmed).
type wordCache[V any] struct {
	mu  sync.RWMutex
	m   map[string]V
	max int
	// kept, when set, is given each value the cache keeps with its number
	// (1 to max, in the order kept).
	kept func(v V, n uint32)
}

func newWordCache[V any](max int) *wordCache[V] {
	return &wordCache[V]{m: map[string]V{}, max: max}
}

// get returns the cached value for word, computing and keeping it (while
// there is room) on a miss. compute is given a copy of word, which is the
// key kept: word may point into a whole article's text.
func (c *wordCache[V]) get(word string, compute func(string) V) V {
	c.mu.RLock()
	v, ok := c.m[word]
	c.mu.RUnlock()
	if ok {
		return v
	}
	own := strings.Clone(word)
	v = compute(own)
	c.mu.Lock()
	if old, ok := c.m[own]; ok {
		v = old // another goroutine kept it first: one value, one number
	} else if len(c.m) < c.max {
		if c.kept != nil {
			c.kept(v, uint32(len(c.m)+1))
		}
		c.m[own] = v
	}
	c.mu.Unlock()
	return v
}
