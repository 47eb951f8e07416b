package neo4jstore

import (
	"context"
	_ "embed"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

//go:embed password.cypher
var passwordCypher string

// ChangePassword changes the password of user from old to new on the server
// at uri, e.g. the initial password "neo4j" of a fresh server with
// authentication, which must be changed before anything else can run. It
// opens and closes a driver of its own, and never puts a password in an
// error message.
func ChangePassword(ctx context.Context, uri, user, old, new string) error {
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(user, old, ""), func(c *config.Config) {
		c.SocketConnectTimeout = DefaultTimeout
	})
	if err != nil {
		return fmt.Errorf("invalid Neo4j URI %q: %s", RedactURI(uri), RedactIn(firstLine(err.Error()), uri))
	}
	defer func() {
		cctx, cancel := cleanupContext(ctx)
		defer cancel()
		_ = driver.Close(cctx)
	}()
	_, err = neo4j.ExecuteQuery(ctx, driver, passwordCypher, map[string]any{"old": old, "new": new}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase("system"), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		s := &Store{uri: uri, shown: RedactURI(uri), user: user, database: "system", timeout: DefaultTimeout}
		return s.connectError(err)
	}
	return nil
}
