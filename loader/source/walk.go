package source

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/cecgraph/cecgraph/graph"
)

// Walk calls fn for every article file named by paths, in order. A
// directory is walked recursively in lexical order; inside it hidden files and
// directories (names starting with "."), gold annotation files (*.gold.json),
// files of unsupported formats and files without an extension (README,
// LICENSE) are skipped; symbolic links to files are followed, links to
// directories are not. A symbolic link that leads nowhere (a missing
// target, a loop of links) is passed to fn with an *Error wrapping
// ErrBrokenLink, whatever its name, unless hidden. "-" (standard input) is passed
// on as is. A path given explicitly that does not exist, cannot be read or has
// an unsupported extension is passed to fn with an *Error, so that the
// caller can report it and go on.
//
// If fn returns an error, Walk stops and returns it. Walk also stops with
// ctx.Err() when ctx is done.
func Walk(ctx context.Context, paths []string, fn func(path string, err error) error) error {
	for _, root := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if root == StdinPath {
			if err := fn(root, nil); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(root)
		if err != nil {
			reason := unwrapPathError(err)
			if berr := brokenLink(root); berr != nil {
				reason = berr
			}
			if err := fn(root, &Error{Path: root, Err: reason}); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			var ferr error
			if _, err := FormatOf(root); err != nil {
				ferr = &Error{Path: root, Err: err}
			}
			if err := fn(root, ferr); err != nil {
				return err
			}
			continue
		}
		if err := walkDir(ctx, root, fn); err != nil {
			return err
		}
	}
	return nil
}

func walkDir(ctx context.Context, root string, fn func(path string, err error) error) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			// An unreadable directory or entry inside the tree: report and go on.
			if ferr := fn(path, &Error{Path: path, Err: unwrapPathError(err)}); ferr != nil {
				return ferr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if berr := brokenLink(path); berr != nil {
				// A link that leads nowhere may well have been meant as an
				// article: say so, whatever its name, and go on.
				return fn(path, &Error{Path: path, Err: berr})
			}
		}
		if !isRegularFile(path, d) {
			return nil
		}
		if !wantedInDirectory(d.Name()) {
			return nil
		}
		return fn(path, nil)
	})
}

// wantedInDirectory tells whether a file met while walking a directory is an
// article: a supported extension other than none (a directory holds README,
// LICENSE and the like) and not a gold annotation.
func wantedInDirectory(name string) bool {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".gold.json") || filepath.Ext(lower) == "" {
		return false
	}
	_, err := FormatOf(name)
	return err == nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// isRegularFile tells whether a directory entry is a regular file or a
// symbolic link to one.
func isRegularFile(path string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// ErrBrokenLink reports a symbolic link whose target does not exist or that
// leads, through other links, back to itself.
var ErrBrokenLink = errors.New("broken symbolic link")

// brokenLink returns an error wrapping ErrBrokenLink when path is a symbolic
// link that leads nowhere: to a missing target, or round a loop of links
// (the kernel stops following after a bounded number of links, so a loop
// cannot hang the walk). It returns nil for anything else.
func brokenLink(path string) error {
	li, err := os.Lstat(path)
	if err != nil || li.Mode()&fs.ModeSymlink == 0 {
		return nil
	}
	_, err = os.Stat(path)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, syscall.ELOOP):
		return fmt.Errorf("%w: a loop of symbolic links", ErrBrokenLink)
	case errors.Is(err, fs.ErrNotExist):
		target, rerr := os.Readlink(path)
		if rerr != nil {
			return fmt.Errorf("%w: its target does not exist", ErrBrokenLink)
		}
		return fmt.Errorf("%w: its target %s does not exist", ErrBrokenLink, graph.ShowPath(target))
	}
	return nil
}
