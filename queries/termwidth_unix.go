//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package queries

import (
	"io"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// TerminalWidth returns the width in columns of the terminal w writes to,
// or, when w is not a terminal, the COLUMNS environment variable if it is a
// positive number, else 0 (no limit: a pipe or a file gets whole cells).
func TerminalWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok {
		if ws, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ); err == nil && ws.Col > 0 {
			return int(ws.Col)
		}
	}
	return columnsEnv()
}

func columnsEnv() int {
	n, err := strconv.Atoi(os.Getenv("COLUMNS"))
	if err != nil || n <= 0 {
		return 0
	}
	return n
}
