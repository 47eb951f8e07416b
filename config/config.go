package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Config is cecgraph's effective configuration.
type Config struct {
	Neo4j   Neo4j   `mapstructure:"neo4j"`
	Extract Extract `mapstructure:"extract"`
	Log     Log     `mapstructure:"log"`
	// File is the configuration file that was read, or "" when none was.
	File string `mapstructure:"-"`
}

// Neo4j says which Neo4j to use and how to write to it.
type Neo4j struct {
	URI       string `mapstructure:"uri"`
	User      string `mapstructure:"user"`
	Password  string `mapstructure:"password"`
	Database  string `mapstructure:"database"`
	BatchSize int    `mapstructure:"batch_size"`
	// Timeout is how long to wait for Neo4j to answer at all (connecting,
	// a liveness check while a command runs) before giving up.
	Timeout time.Duration `mapstructure:"timeout"`
	// TransactionTimeout is the longest one transaction may run.
	TransactionTimeout time.Duration `mapstructure:"transaction_timeout"`
}

// Extract tunes extraction.
type Extract struct {
	// HomeCountry is the country that unqualified «ЦИК»/«Центризбирком»
	// resolve to when the text does not say; empty (the default) keys them
	// to KZ without stating facts of them (extract.Options.HomeCountry).
	HomeCountry string `mapstructure:"home_country"`
	// Workers is the number of extraction goroutines; 0 means one per core.
	Workers int `mapstructure:"workers"`
}

// Log sets up logging.
type Log struct {
	Level  string `mapstructure:"level"`
	Format string `mapstructure:"format"`
}

// Defaults is the configuration when nothing else is set.
func Defaults() map[string]any {
	return map[string]any{
		"neo4j.uri":                 "bolt://127.0.0.1:7687",
		"neo4j.user":                "",
		"neo4j.password":            "",
		"neo4j.database":            "neo4j",
		"neo4j.batch_size":          2000,
		"neo4j.timeout":             "15s",
		"neo4j.transaction_timeout": "10m",
		"extract.home_country":      "",
		"extract.workers":           0,
		"log.level":                 "info",
		"log.format":                "text",
	}
}

// Flag names bound to configuration keys.
var flagKeys = map[string]string{
	"neo4j-uri":           "neo4j.uri",
	"neo4j-user":          "neo4j.user",
	"neo4j-password":      "neo4j.password",
	"database":            "neo4j.database",
	"batch-size":          "neo4j.batch_size",
	"neo4j-timeout":       "neo4j.timeout",
	"transaction-timeout": "neo4j.transaction_timeout",
	"home-country":        "extract.home_country",
	"workers":             "extract.workers",
	"log-level":           "log.level",
	"log-format":          "log.format",
}

// AddFlags registers the flags that override configuration keys on fs.
func AddFlags(fs *pflag.FlagSet) {
	d := Defaults()
	fs.String("config", "", "configuration file (default: ./cecgraph.yaml, then the user config dir)")
	fs.String("neo4j-uri", "", "Neo4j URI (default "+d["neo4j.uri"].(string)+"; env CECGRAPH_NEO4J_URI)")
	fs.String("neo4j-user", "", "Neo4j user (default none: no auth; env CECGRAPH_NEO4J_USER)")
	fs.String("neo4j-password", "", "Neo4j password (env CECGRAPH_NEO4J_PASSWORD)")
	fs.String("database", "", "Neo4j database name (default neo4j; env CECGRAPH_NEO4J_DATABASE)")
	fs.Int("batch-size", 0, "rows per write transaction (default 2000; env CECGRAPH_NEO4J_BATCH_SIZE)")
	fs.Duration("neo4j-timeout", 0, "give up when Neo4j does not answer for this long (default 15s; env CECGRAPH_NEO4J_TIMEOUT)")
	fs.Duration("transaction-timeout", 0, "longest one transaction may run (default 10m; env CECGRAPH_NEO4J_TRANSACTION_TIMEOUT)")
	fs.String("home-country", "", "country of unqualified «ЦИК» when the text does not say (default: none; such a «ЦИК» is named KZ/CEC but states no fact)")
	fs.Int("workers", 0, "extraction workers (default: one per core)")
	fs.String("log-level", "", "debug, info, warn or error (default info)")
	fs.String("log-format", "", "text or json (default text)")
}

// SearchPaths lists where a configuration file is looked for, in order.
func SearchPaths() []string {
	paths := []string{"cecgraph.yaml"}
	if dir, err := os.UserConfigDir(); err == nil {
		paths = append(paths, filepath.Join(dir, "cecgraph", "cecgraph.yaml"))
	}
	return paths
}

// Load builds the effective configuration from defaults, the configuration
// file, CECGRAPH_* environment variables and the flags of fs that were set.
func Load(fs *pflag.FlagSet) (Config, error) {
	v := viper.New()
	for k, val := range Defaults() {
		v.SetDefault(k, val)
	}
	v.SetEnvPrefix("CECGRAPH")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	file := ""
	if fs != nil {
		if f := fs.Lookup("config"); f != nil && f.Value.String() != "" {
			file = f.Value.String()
		}
	}
	if file == "" {
		file = os.Getenv("CECGRAPH_CONFIG")
	}
	explicit := file != ""
	if !explicit {
		for _, p := range SearchPaths() {
			if _, err := os.Stat(p); err == nil {
				file = p
				break
			}
		}
	}
	if file != "" {
		v.SetConfigFile(file)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			if !explicit && errors.Is(err, os.ErrNotExist) {
				file = ""
			} else {
				return Config{}, fmt.Errorf("config file %s: %w", file, err)
			}
		}
	}
	if fs != nil {
		for name, key := range flagKeys {
			if f := fs.Lookup(name); f != nil && f.Changed {
				if err := v.BindPFlag(key, f); err != nil {
					return Config{}, fmt.Errorf("flag --%s: %w", name, err)
				}
			}
		}
	}
	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	c.File = file
	c.Extract.HomeCountry = strings.ToUpper(c.Extract.HomeCountry)
	return c, c.Validate()
}

var countryRE = regexp.MustCompile(`^[A-Z]{2}$`)

// Validate reports the first setting that cannot work.
func (c Config) Validate() error {
	// The messages never repeat the URI: it may hold a password.
	u, err := url.Parse(c.Neo4j.URI)
	if err != nil || u.Host == "" {
		return errors.New("neo4j.uri is not a URI like bolt://127.0.0.1:7687")
	}
	switch u.Scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		return fmt.Errorf("neo4j.uri: scheme %q must be bolt, neo4j or their +s/+ssc forms", u.Scheme)
	}
	if c.Neo4j.Database == "" {
		return errors.New("neo4j.database must not be empty")
	}
	if c.Neo4j.BatchSize < 1 || c.Neo4j.BatchSize > 100000 {
		return fmt.Errorf("neo4j.batch_size %d: want 1..100000", c.Neo4j.BatchSize)
	}
	if c.Neo4j.Timeout <= 0 {
		return fmt.Errorf("neo4j.timeout %s: want a positive duration such as 15s", c.Neo4j.Timeout)
	}
	if c.Neo4j.TransactionTimeout <= 0 {
		return fmt.Errorf("neo4j.transaction_timeout %s: want a positive duration such as 10m", c.Neo4j.TransactionTimeout)
	}
	if c.Extract.HomeCountry != "" && !countryRE.MatchString(c.Extract.HomeCountry) {
		return fmt.Errorf("extract.home_country %q: want an ISO 3166-1 alpha-2 code such as KZ", c.Extract.HomeCountry)
	}
	if c.Extract.Workers < 0 {
		return fmt.Errorf("extract.workers %d: want 0 (one per core) or more", c.Extract.Workers)
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		return fmt.Errorf("log.level %q: want debug, info, warn or error", c.Log.Level)
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		return fmt.Errorf("log.format %q: want text or json", c.Log.Format)
	}
	return nil
}

// Settings returns the effective configuration as sorted key/value pairs,
// with the password masked. The URI is as configured: a password inside it
// is the printer's to mask.
func (c Config) Settings() [][2]string {
	pw := ""
	if c.Neo4j.Password != "" {
		pw = "********"
	}
	kv := map[string]string{
		"neo4j.uri":                 c.Neo4j.URI,
		"neo4j.user":                c.Neo4j.User,
		"neo4j.password":            pw,
		"neo4j.database":            c.Neo4j.Database,
		"neo4j.batch_size":          fmt.Sprint(c.Neo4j.BatchSize),
		"neo4j.timeout":             c.Neo4j.Timeout.String(),
		"neo4j.transaction_timeout": c.Neo4j.TransactionTimeout.String(),
		"extract.home_country":      c.Extract.HomeCountry,
		"extract.workers":           fmt.Sprint(c.Extract.Workers),
		"log.level":                 c.Log.Level,
		"log.format":                c.Log.Format,
	}
	keys := make([]string, 0, len(kv))
	for k := range kv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([][2]string, len(keys))
	for i, k := range keys {
		out[i] = [2]string{k, kv[k]}
	}
	return out
}
