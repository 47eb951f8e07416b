package main

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/browser"
)

func (a *app) browserCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "browser",
		Short: "Neo4j Browser helpers: the GraSS style, the guide, a small server for both",
		Long: `browser prints what cecgraph ships for Neo4j Browser, or serves it:

  cecgraph browser style            the GraSS style (drag the file onto Browser, or run
                                    :style http://localhost:7476/style.grass while 'serve' runs)
  cecgraph browser style --format json   the same as one line of JSON (':style {…}' accepts it)
  cecgraph browser guide            the Markdown guide: the main questions as runnable Cypher
  cecgraph browser serve            serves /guide.md, /style.grass and /style.json with CORS,
                                    for ':guide http://localhost:7476/guide.md'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var format string
	style := &cobra.Command{
		Use:   "style",
		Short: "Print the GraSS style for Neo4j Browser",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch format {
			case "grass":
				fmt.Fprint(a.stdout, browser.Style())
			case "json":
				js, err := browser.StyleJSON()
				if err != nil {
					return err
				}
				fmt.Fprintln(a.stdout, js)
			default:
				return fmt.Errorf("--format must be grass or json, not %q", format)
			}
			return nil
		},
	}
	style.Flags().StringVar(&format, "format", "grass", "grass or json")
	guide := &cobra.Command{
		Use:   "guide",
		Short: "Print the Markdown guide for Neo4j Browser (:guide URL)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprint(a.stdout, browser.Guide())
			return nil
		},
	}
	var addr string
	serve := &cobra.Command{
		Use:   "serve",
		Short: "Serve the guide and the style to Neo4j Browser until interrupted",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("cannot listen on %s: %w", addr, err)
			}
			_, port, _ := net.SplitHostPort(ln.Addr().String())
			fmt.Fprintf(a.stdout, "serving the cecgraph guide and style on %s; in Neo4j Browser run:\n  :guide http://localhost:%s/guide.md\n  :style http://localhost:%s/style.grass\n",
				ln.Addr(), port, port)
			srv := &http.Server{Handler: browser.Handler(), ReadHeaderTimeout: 10 * time.Second}
			go func() {
				<-cmd.Context().Done()
				_ = srv.Close()
			}()
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	serve.Flags().StringVar(&addr, "addr", "127.0.0.1:7476", "address to listen on")
	so := screenshotOptions{}
	shot := &cobra.Command{
		Use:   "screenshot",
		Short: "Run a query in Neo4j Browser (headless Chromium) and save the picture as PNG",
		Long: `screenshot opens Neo4j Browser in headless Chromium, connects it to the server
(which must not require authentication), runs the query and saves a PNG of the page
once the graph is drawn. It drives Chromium through the DevTools protocol.`,
		Example: `  cecgraph browser screenshot --out kz.png \
    --query "MATCH (c:Country {key:'KZ'})<-[o:OF_COUNTRY]-(b)<-[r:PARTY]-(m:Memorandum)-[r2:PARTY]->(p) RETURN *"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if so.query == "" || so.out == "" {
				return errors.New("--query and --out are required")
			}
			if so.width < 1 || so.width > 10000 || so.height < 1 || so.height > 10000 {
				return fmt.Errorf("--width and --height must be from 1 to 10000 pixels, not %d and %d", so.width, so.height)
			}
			if so.timeout <= 0 {
				return fmt.Errorf("--timeout must be positive, not %s", so.timeout)
			}
			if err := browserScreenshot(cmd.Context(), so); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "saved %s\n", so.out)
			return nil
		},
	}
	shot.Flags().StringVar(&so.browserURL, "browser-url", "http://127.0.0.1:7474/browser/", "Neo4j Browser's address")
	shot.Flags().StringVar(&so.boltURL, "bolt-url", "bolt://127.0.0.1:7687", "the Bolt address Browser connects to")
	shot.Flags().StringVar(&so.query, "query", "", "the Cypher query to draw")
	shot.Flags().StringVar(&so.out, "out", "", "the PNG file to write")
	shot.Flags().StringVar(&so.chromium, "chromium", "chromium", "the Chromium (or Chrome) executable")
	shot.Flags().IntVar(&so.width, "width", 1600, "window width in pixels")
	shot.Flags().IntVar(&so.height, "height", 1000, "window height in pixels")
	shot.Flags().DurationVar(&so.timeout, "timeout", 2*time.Minute, "give up after this long")
	cmd.AddCommand(style, guide, serve, shot)
	return cmd
}
