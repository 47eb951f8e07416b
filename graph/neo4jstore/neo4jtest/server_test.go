package neo4jtest

import (
	"net"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// freePorts never gives a port that is taken: with the ports the tests
// once used (57687/57474, 57688/57475) and a port of the kernel's choosing
// held by someone else, every pair it picks is two distinct ports that can
// be listened on at once, neither of them a taken one.
func TestFreePortsAvoidsTakenPorts(t *testing.T) {
	taken := map[int]bool{}
	for _, p := range []int{57687, 57474, 57688, 57475, 0} {
		l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
		if err != nil {
			// Held by another process already: taken all the same.
			taken[p] = true
			continue
		}
		defer l.Close()
		taken[l.Addr().(*net.TCPAddr).Port] = true
	}
	require.True(t, taken[57687], "57687 is taken for the test")
	for i := 0; i < 20; i++ {
		bolt, http, err := freePorts()
		require.NoError(t, err)
		assert.NotEqual(t, bolt, http, "two distinct ports")
		assert.False(t, taken[bolt], "bolt port %d is taken", bolt)
		assert.False(t, taken[http], "http port %d is taken", http)
		for _, p := range []int{bolt, http} {
			l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
			require.NoError(t, err, "port %d is free", p)
			defer l.Close()
		}
	}
}
