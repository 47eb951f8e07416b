package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/config"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitPartial = 2 // some inputs failed, the rest was done
)

// partialError says the run finished but some inputs failed.
type partialError struct{ failed int }

func (e partialError) Error() string {
	return fmt.Sprintf("%d input(s) could not be read; see the messages above", e.failed)
}

// app carries what every command needs: the configuration, the logger and
// the output streams.
type app struct {
	cfg    config.Config
	log    *slog.Logger
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line args and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var pe partialError
	if errors.As(err, &pe) {
		fmt.Fprintln(stderr, "cecgraph:", err)
		return exitPartial
	}
	fmt.Fprintln(stderr, "cecgraph:", err)
	return exitFailure
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "cecgraph",
		Short: "Build a Neo4j graph of electoral cooperation from news articles",
		Long: `cecgraph reads news articles about electoral cooperation (central election
commissions signing memoranda, observing elections, meeting, inviting, awarding),
extracts the facts with the sentence that states each, and loads them into Neo4j
for reports, raw Cypher and Neo4j Browser pictures.

Configuration: flags > CECGRAPH_* environment variables > cecgraph.yaml (current
directory, then the user config directory) > defaults. See 'cecgraph config'.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := config.Load(cmd.Flags())
			if err != nil {
				return err
			}
			a.cfg = cfg
			a.log = newLogger(a.stderr, cfg.Log)
			slog.SetDefault(a.log)
			return nil
		},
	}
	config.AddFlags(root.PersistentFlags())
	root.AddCommand(
		a.extractCommand(),
		a.loadCommand(),
		a.schemaCommand(),
		a.reportCommand(),
		a.queryCommand(),
		a.exportCommand(),
		a.doctorCommand(),
		a.configCommand(),
		a.removeCommand(),
		a.browserCommand(),
	)
	return root
}

func newLogger(w io.Writer, c config.Log) *slog.Logger {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(c.Level))
	opts := &slog.HandlerOptions{Level: lvl}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// openStore connects to the configured Neo4j.
func (a *app) openStore(ctx context.Context) (*neo4jstore.Store, error) {
	return neo4jstore.Open(ctx, neo4jstore.Config{
		URI:       a.cfg.Neo4j.URI,
		User:      a.cfg.Neo4j.User,
		Password:  a.cfg.Neo4j.Password,
		Database:  a.cfg.Neo4j.Database,
		BatchSize: a.cfg.Neo4j.BatchSize,
	})
}

func (a *app) configCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration (password masked)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			file := a.cfg.File
			if file == "" {
				file = "(none)"
			}
			fmt.Fprintf(a.stdout, "# config file: %s\n", file)
			for _, kv := range a.cfg.Settings() {
				fmt.Fprintf(a.stdout, "%s: %s\n", kv[0], kv[1])
			}
			return nil
		},
	}
}
