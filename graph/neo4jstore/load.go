package neo4jstore

import (
	"context"
	_ "embed"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/cecgraph/cecgraph/graph"
)

var (
	//go:embed load_articles.cypher
	loadArticlesCypher string
	//go:embed load_countries.cypher
	loadCountriesCypher string
	//go:embed load_bodies.cypher
	loadBodiesCypher string
	//go:embed load_governments.cypher
	loadGovernmentsCypher string
	//go:embed load_ngos.cypher
	loadNGOsCypher string
	//go:embed load_organizations.cypher
	loadOrganizationsCypher string
	//go:embed load_persons.cypher
	loadPersonsCypher string
	//go:embed load_elections.cypher
	loadElectionsCypher string
	//go:embed load_events.cypher
	loadEventsCypher string
	//go:embed load_holds.cypher
	loadHoldsCypher string
	//go:embed load_mentions.cypher
	loadMentionsCypher string
	//go:embed load_memoranda.cypher
	loadMemorandaCypher string
	//go:embed load_observations.cypher
	loadObservationsCypher string
	//go:embed load_meetings.cypher
	loadMeetingsCypher string
	//go:embed load_invitations.cypher
	loadInvitationsCypher string
	//go:embed load_awards.cypher
	loadAwardsCypher string
	//go:embed load_participations.cypher
	loadParticipationsCypher string
)

// LoadStats counts what a Load wrote: the articles it loaded and the summary
// counters of the server. A repeated load of the same documents creates no
// nodes and no relationships.
type LoadStats struct {
	Articles             int
	NodesCreated         int
	RelationshipsCreated int
	PropertiesSet        int
}

// Add adds other's counts to st.
func (st *LoadStats) Add(other LoadStats) {
	st.Articles += other.Articles
	st.NodesCreated += other.NodesCreated
	st.RelationshipsCreated += other.RelationshipsCreated
	st.PropertiesSet += other.PropertiesSet
}

// Load writes everything the documents hold: articles, countries, actors,
// persons and their positions, mentions, facts and their provenance. Rows are
// merged in Go first and written in batches of BatchSize rows, one write
// transaction per batch, nodes before relationships; every statement MERGEs
// on keys, so loading the same documents again creates nothing. On error the
// stats count what was written before it.
func (s *Store) Load(ctx context.Context, docs []graph.Document) (LoadStats, error) {
	var stats LoadStats
	steps, err := buildSteps(docs)
	if err != nil {
		return stats, fmt.Errorf("preparing the load: %w", err)
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = session.Close(context.WithoutCancel(ctx)) }()
	for _, st := range steps {
		for start := 0; start < len(st.rows); start += s.batchSize {
			end := min(start+s.batchSize, len(st.rows))
			batch := make([]any, 0, end-start)
			for _, r := range st.rows[start:end] {
				batch = append(batch, r)
			}
			counts, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (LoadStats, error) {
				res, err := tx.Run(ctx, st.query, map[string]any{"rows": batch})
				if err != nil {
					return LoadStats{}, err
				}
				sum, err := res.Consume(ctx)
				if err != nil {
					return LoadStats{}, err
				}
				c := sum.Counters()
				return LoadStats{
					NodesCreated:         c.NodesCreated(),
					RelationshipsCreated: c.RelationshipsCreated(),
					PropertiesSet:        c.PropertiesSet(),
				}, nil
			})
			if err != nil {
				return stats, s.dbError(fmt.Sprintf("loading %s (rows %d-%d)", st.name, start+1, end), err)
			}
			stats.Add(counts)
		}
		if st.name == "articles" {
			stats.Articles = len(st.rows)
		}
	}
	return stats, nil
}
