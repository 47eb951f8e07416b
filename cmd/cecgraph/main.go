package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/config"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitPartial = 2   // some inputs failed, the rest was done
	exitSIGINT  = 130 // stopped by SIGINT (128 + 2), as shells report it
	exitSIGTERM = 143 // stopped by SIGTERM (128 + 15)
)

// exitGrace is how long main waits, after a signal, for the command to
// return before it exits without it. The command's clean-ups are bounded
// (a few seconds each); this is the last resort.
const exitGrace = 15 * time.Second

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
	// watched is the context of the work on Neo4j (openStore), whose cause
	// says why it stopped early.
	watched context.Context
	// lost, when not nil, receives the error when Neo4j stops answering
	// (Store.Watch), so that main can give up on a command that does not
	// return after that.
	lost chan error
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, lost: make(chan error, 1)}
	result := make(chan int, 1)
	go func() { result <- a.run(ctx, os.Args[1:]) }()
	var why string
	var code int
	select {
	case code := <-result:
		stop()
		os.Exit(code)
	case <-ctx.Done():
		// A signal: the command is stopping. A second signal kills at once.
		stop()
		why, code = fmt.Sprintf("stopped: %v", context.Cause(ctx)), signalExitCode(ctx)
	case err := <-a.lost:
		// Neo4j stopped answering: the command is stopping.
		why, code = err.Error(), exitFailure
	}
	select {
	case code := <-result:
		os.Exit(code)
	case <-time.After(exitGrace):
		fmt.Fprintf(os.Stderr, "cecgraph: %s (giving up waiting for the clean-up after %s)\n", why, exitGrace)
		os.Exit(code)
	}
}

// signalExitCode is the exit code of a command stopped by the signal that
// cancelled ctx.
func signalExitCode(ctx context.Context) int {
	if strings.Contains(context.Cause(ctx).Error(), syscall.SIGTERM.String()) {
		return exitSIGTERM
	}
	return exitSIGINT
}

// run executes the command line args and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return (&app{stdin: stdin, stdout: stdout, stderr: stderr}).run(ctx, args)
}

// run executes the command line args with a's streams and returns the exit
// code.
func (a *app) run(ctx context.Context, args []string) int {
	stdin, stdout, stderr := a.stdin, a.stdout, a.stderr
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	// Stopped by a signal, or because Neo4j stopped answering: say that,
	// not what the cancelled work said about it.
	if ctx.Err() != nil {
		fmt.Fprintf(stderr, "cecgraph: stopped: %v\n", context.Cause(ctx))
		return signalExitCode(ctx)
	}
	if a.watched != nil && a.watched.Err() != nil {
		if ce, ok := errors.AsType[*neo4jstore.ConnectError](context.Cause(a.watched)); ok {
			err = ce
		}
	}
	// Whatever the error quotes, a password in the URI is not shown.
	fmt.Fprintln(stderr, "cecgraph:", neo4jstore.RedactIn(err.Error(), a.cfg.Neo4j.URI))
	if _, ok := errors.AsType[partialError](err); ok {
		return exitPartial
	}
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
		a.judgeCommand(),
		a.warmupCommand(),
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

// openStore connects to the configured Neo4j and returns the context for
// the work on it: cancelled when Neo4j stops answering (Store.Watch), and
// such that the work stops promptly when ctx is cancelled. Store.Close ends
// the watch.
func (a *app) openStore(ctx context.Context) (*neo4jstore.Store, context.Context, error) {
	store, err := neo4jstore.Open(ctx, neo4jstore.Config{
		URI:                a.cfg.Neo4j.URI,
		User:               a.cfg.Neo4j.User,
		Password:           a.cfg.Neo4j.Password,
		Database:           a.cfg.Neo4j.Database,
		BatchSize:          a.cfg.Neo4j.BatchSize,
		Timeout:            a.cfg.Neo4j.Timeout,
		TransactionTimeout: a.cfg.Neo4j.TransactionTimeout,
	})
	if err != nil {
		return nil, ctx, err
	}
	a.watched = store.Watch(ctx)
	if a.lost != nil {
		go func(w context.Context) {
			<-w.Done()
			if ce, ok := errors.AsType[*neo4jstore.ConnectError](context.Cause(w)); ok {
				select {
				case a.lost <- ce:
				default:
				}
			}
		}(a.watched)
	}
	return store, a.watched, nil
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
				if kv[0] == "neo4j.uri" {
					kv[1] = neo4jstore.RedactURI(kv[1])
				}
				fmt.Fprintf(a.stdout, "%s: %s\n", kv[0], kv[1])
			}
			return nil
		},
	}
}
