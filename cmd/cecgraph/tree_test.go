package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoBinariesInTree checks that git tracks no executable or oversized
// file (issue 15 item 13: a 22 MB build of cecgraph was committed at
// cmd/cecgraph/cecgraph). Built binaries live in bin/ and are ignored.
func TestNoBinariesInTree(t *testing.T) {
	out, err := exec.Command("git", "-C", "../..", "ls-files", "-z").Output()
	if err != nil {
		t.Fatalf("git ls-files: %v (the tests run in a git checkout)", err)
	}
	for _, name := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		path := filepath.Join("..", "..", name)
		info, err := os.Stat(path)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		if info.Size() > 2<<20 {
			t.Errorf("%s: %d bytes tracked by git; generated files and builds stay out of the tree", name, info.Size())
		}
		head := make([]byte, 4)
		if f, err := os.Open(path); err == nil {
			n, _ := f.Read(head)
			f.Close()
			if bytes.Equal(head[:n], []byte("\x7fELF")) {
				t.Errorf("%s: an executable tracked by git", name)
			}
		}
	}
	ignore, err := os.ReadFile("../../.gitignore")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(ignore), "cmd/cecgraph/cecgraph") {
		t.Error(".gitignore does not ignore cmd/cecgraph/cecgraph, where `go build` in this directory writes the binary")
	}
}
