// Package config holds cecgraph's configuration: the Config struct, a
// default for every key, and loading with precedence flag > environment
// (CECGRAPH_*) > file (cecgraph.yaml in the current directory, then in the
// user config directory) > default. It is the only package that imports viper.
package config
