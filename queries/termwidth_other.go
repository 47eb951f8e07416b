//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package queries

import (
	"io"
	"os"
	"strconv"
)

// TerminalWidth returns the COLUMNS environment variable if it is a
// positive number, else 0 (no limit); on this system the terminal itself is
// not asked.
func TerminalWidth(_ io.Writer) int {
	n, err := strconv.Atoi(os.Getenv("COLUMNS"))
	if err != nil || n <= 0 {
		return 0
	}
	return n
}
