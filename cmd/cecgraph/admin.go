package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
)

func (a *app) schemaCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Apply the graph schema (uniqueness constraints, full-text index) and nothing else",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			store, ctx, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close(ctx)
			if err := store.ApplySchema(ctx); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "schema applied to %s/%s (%d statements)\n", store.URI(), store.Database(), len(neo4jstore.SchemaStatements()))
			return nil
		},
	}
}

func (a *app) doctorCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "doctor",
		Short: "Check that Neo4j is reachable; print its version and node counts by label",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			fmt.Fprintf(a.stdout, "neo4j uri:      %s\n", neo4jstore.RedactURI(a.cfg.Neo4j.URI))
			fmt.Fprintf(a.stdout, "database:       %s\n", a.cfg.Neo4j.Database)
			store, ctx, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close(ctx)
			info, err := store.Info(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "reachable:      yes\n")
			fmt.Fprintf(a.stdout, "server:         Neo4j %s %s\n", info.Version, info.Edition)
			fmt.Fprintf(a.stdout, "nodes:          %d\n", info.Nodes)
			fmt.Fprintf(a.stdout, "relationships:  %d\n", info.Relationships)
			for _, lc := range info.Labels {
				fmt.Fprintf(a.stdout, "  %-16s %d\n", lc.Label, lc.Count)
			}
			if info.BoltKeepAlive != "" {
				fmt.Fprintf(a.stdout, "bolt keep-alive: %s\n", info.BoltKeepAlive)
			}
			if info.SlowReads() {
				fmt.Fprintf(a.stdout, "advice:         set server.bolt.connection_keep_alive_for_requests=OFF on this server;\n"+
					"                with keep-alive the Go driver reads large reports about 3x slower (README, Speed)\n")
			}
			return nil
		},
	}
}
