package config

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/spf13/pflag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func flags(t *testing.T, args ...string) *pflag.FlagSet {
	t.Helper()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	AddFlags(fs)
	require.NoError(t, fs.Parse(args))
	return fs
}

func inTempDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(dir))
	t.Cleanup(func() { _ = os.Chdir(wd) })
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "xdg"))
	t.Setenv("HOME", dir)
	return dir
}

func TestDefaults(t *testing.T) {
	inTempDir(t)
	c, err := Load(flags(t))
	require.NoError(t, err)
	assert.Equal(t, "bolt://127.0.0.1:7687", c.Neo4j.URI)
	assert.Equal(t, "neo4j", c.Neo4j.Database)
	assert.Equal(t, "", c.Neo4j.User)
	assert.Equal(t, 2000, c.Neo4j.BatchSize)
	assert.Equal(t, "", c.Extract.HomeCountry) // none chosen: see extract.Options
	assert.Equal(t, "", c.File)
}

func TestPrecedence(t *testing.T) {
	dir := inTempDir(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "cecgraph.yaml"),
		[]byte("neo4j:\n  uri: bolt://file:1\n  database: fromfile\n  user: fileuser\nextract:\n  home_country: uz\n"), 0o644))

	c, err := Load(flags(t))
	require.NoError(t, err)
	assert.Equal(t, "bolt://file:1", c.Neo4j.URI, "file over default")
	assert.Equal(t, "UZ", c.Extract.HomeCountry)
	assert.Equal(t, "cecgraph.yaml", c.File)

	t.Setenv("CECGRAPH_NEO4J_URI", "bolt://env:2")
	t.Setenv("CECGRAPH_NEO4J_BATCH_SIZE", "42")
	c, err = Load(flags(t))
	require.NoError(t, err)
	assert.Equal(t, "bolt://env:2", c.Neo4j.URI, "env over file")
	assert.Equal(t, 42, c.Neo4j.BatchSize, "env without file key")
	assert.Equal(t, "fromfile", c.Neo4j.Database)

	c, err = Load(flags(t, "--neo4j-uri", "bolt://flag:3"))
	require.NoError(t, err)
	assert.Equal(t, "bolt://flag:3", c.Neo4j.URI, "flag over env")
}

func TestUserConfigDir(t *testing.T) {
	dir := inTempDir(t)
	ucd, err := os.UserConfigDir()
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Join(ucd, "cecgraph"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(ucd, "cecgraph", "cecgraph.yaml"), []byte("neo4j:\n  database: userdir\n"), 0o644))
	c, err := Load(flags(t))
	require.NoError(t, err)
	assert.Equal(t, "userdir", c.Neo4j.Database)
	_ = dir
}

func TestValidate(t *testing.T) {
	inTempDir(t)
	tests := []struct {
		env, val, want string
	}{
		{"CECGRAPH_NEO4J_URI", "http://x:1", "scheme"},
		{"CECGRAPH_NEO4J_URI", "nonsense", "not a URI"},
		{"CECGRAPH_EXTRACT_HOME_COUNTRY", "KAZ", "home_country"},
		{"CECGRAPH_NEO4J_BATCH_SIZE", "0", "batch_size"},
		{"CECGRAPH_LOG_LEVEL", "loud", "log.level"},
	}
	for _, tt := range tests {
		t.Run(tt.env+"="+tt.val, func(t *testing.T) {
			t.Setenv(tt.env, tt.val)
			_, err := Load(flags(t))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestSettingsMaskPassword(t *testing.T) {
	inTempDir(t)
	t.Setenv("CECGRAPH_NEO4J_PASSWORD", "s3cret")
	c, err := Load(flags(t))
	require.NoError(t, err)
	for _, kv := range c.Settings() {
		assert.NotContains(t, kv[1], "s3cret")
		if kv[0] == "neo4j.password" {
			assert.Equal(t, "********", kv[1])
		}
	}
}

func TestMissingExplicitFile(t *testing.T) {
	inTempDir(t)
	_, err := Load(flags(t, "--config", "nope.yaml"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "nope.yaml")
}
