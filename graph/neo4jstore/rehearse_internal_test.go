package neo4jstore

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A statement that goes around a rehearsal's sessions (neo4j.ExecuteQuery,
// an auto-commit query, an explicit transaction) fails instead of
// committing.
func TestRehearsalStatementsAroundItFail(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	leaks := func() int64 {
		tab, err := s.Read(ctx, "MATCH (n:RehearsalLeak) RETURN count(n)", nil)
		require.NoError(t, err)
		return tab.Rows[0][0].(int64)
	}
	require.Zero(t, leaks())
	err := s.Rehearse(ctx, func(ctx context.Context, r *Store) error {
		_, err := neo4j.ExecuteQuery(ctx, r.driver, "CREATE (:RehearsalLeak)", nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(r.database))
		assert.Error(t, err, "neo4j.ExecuteQuery")
		session := r.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: r.database})
		_, err = session.Run(ctx, "CREATE (:RehearsalLeak)", nil)
		assert.Error(t, err, "an auto-commit query")
		_, err = session.BeginTransaction(ctx)
		assert.ErrorIs(t, err, errNoExplicit)
		return nil
	})
	require.NoError(t, err)
	assert.Zero(t, leaks())
}
