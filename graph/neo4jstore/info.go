package neo4jstore

import (
	"context"
	_ "embed"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

var (
	//go:embed info_server.cypher
	infoServerCypher string
	//go:embed info_labels.cypher
	infoLabelsCypher string
	//go:embed info_relationships.cypher
	infoRelationshipsCypher string
	//go:embed info_keepalive.cypher
	infoKeepAliveCypher string
)

// ServerInfo describes the server and the contents of the database.
type ServerInfo struct {
	// URI is the address the store was opened with.
	URI string
	// Version and Edition are the server's, e.g. "5.26.0" and "community".
	Version string
	Edition string
	// Database is the database the store works in.
	Database string
	// Labels counts nodes by label, in label order; a node with two labels
	// counts under both.
	Labels []LabelCount
	// Nodes and Relationships count everything in the database.
	Nodes         int64
	Relationships int64
	// BoltKeepAlive is the server's
	// server.bolt.connection_keep_alive_for_requests (OFF, STREAMING or
	// ALL), or "" when the server does not say (a user without the
	// privilege to list settings).
	BoltKeepAlive string
}

// SlowReads reports whether the server's Bolt keep-alive makes the Go
// driver read results slowly: with keep-alive on requests the server sends
// a read-timeout hint, and the driver then starts a goroutine and a timer
// for every read from the socket (an 8,000-row report took about three
// times as long).
func (i ServerInfo) SlowReads() bool {
	return i.BoltKeepAlive != "" && !strings.EqualFold(i.BoltKeepAlive, "OFF")
}

// LabelCount is the number of nodes that carry a label.
type LabelCount struct {
	Label string
	Count int64
}

// Info asks the server for its version and edition and counts the nodes by
// label and the relationships of the database.
func (s *Store) Info(ctx context.Context) (ServerInfo, error) {
	info := ServerInfo{URI: s.shown, Database: s.database}
	query := func(q string) (*neo4j.EagerResult, error) {
		return s.query(ctx, q, nil, false)
	}
	res, err := query(infoServerCypher)
	if err != nil {
		return info, s.dbError("asking the server for its version", err)
	}
	if len(res.Records) > 0 {
		rec := res.Records[0]
		info.Version, _, _ = neo4j.GetRecordValue[string](rec, "version")
		info.Edition, _, _ = neo4j.GetRecordValue[string](rec, "edition")
	}
	res, err = query(infoLabelsCypher)
	if err != nil {
		return info, s.dbError("counting nodes by label", err)
	}
	for _, rec := range res.Records {
		label, _, _ := neo4j.GetRecordValue[string](rec, "label")
		n, _, _ := neo4j.GetRecordValue[int64](rec, "count")
		info.Labels = append(info.Labels, LabelCount{Label: label, Count: n})
	}
	sort.Slice(info.Labels, func(i, j int) bool { return info.Labels[i].Label < info.Labels[j].Label })
	res, err = query(infoRelationshipsCypher)
	if err != nil {
		return info, s.dbError("counting relationships", err)
	}
	if len(res.Records) > 0 {
		info.Nodes, _, _ = neo4j.GetRecordValue[int64](res.Records[0], "nodes")
		info.Relationships, _, _ = neo4j.GetRecordValue[int64](res.Records[0], "relationships")
	}
	// Listing settings may be refused (a user without the privilege); the
	// keep-alive is then unknown, which is not an error.
	if res, err := query(infoKeepAliveCypher); err == nil && len(res.Records) > 0 {
		info.BoltKeepAlive, _, _ = neo4j.GetRecordValue[string](res.Records[0], "value")
	}
	return info, nil
}

// Count returns the number of nodes with label (0 if none).
func (i ServerInfo) Count(label string) int64 {
	for _, lc := range i.Labels {
		if lc.Label == label {
			return lc.Count
		}
	}
	return 0
}
