package neo4jstore

import "testing"

func TestSlowReads(t *testing.T) {
	for value, slow := range map[string]bool{"": false, "OFF": false, "off": false, "ALL": true, "STREAMING": true} {
		if got := (ServerInfo{BoltKeepAlive: value}).SlowReads(); got != slow {
			t.Errorf("SlowReads with keep-alive %q = %v, want %v", value, got, slow)
		}
	}
}
