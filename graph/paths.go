package graph

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ShowPath formats a file path for a message on a terminal: as it is when
// it is valid UTF-8 without control or other non-printing characters, else
// quoted and escaped like a Go string ("a\x1b[31m.txt"), so that a file
// name cannot move the cursor, change colours or break a line.
func ShowPath(path string) string {
	if !utf8.ValidString(path) {
		return strconv.Quote(path)
	}
	for _, r := range path {
		if !unicode.IsPrint(r) && r != ' ' {
			return strconv.Quote(path)
		}
	}
	return path
}

// SplitLine splits the path of an article read from a line of a JSON-lines
// file, "file#L12", into the file and the 1-based line; any other path is
// returned whole with line 0.
func SplitLine(path string) (file string, line int) {
	i := strings.LastIndex(path, "#L")
	if i < 0 {
		return path, 0
	}
	n, err := strconv.Atoi(path[i+2:])
	if err != nil || n <= 0 || strings.HasPrefix(path[i+2:], "+") {
		return path, 0
	}
	return path[:i], n
}

// ShowPlace formats an article's path for a message: "file:12" for a line of
// a JSON-lines file ("file#L12"), the file alone otherwise, the file shown
// with ShowPath.
func ShowPlace(path string) string {
	file, line := SplitLine(path)
	if line == 0 {
		return ShowPath(file)
	}
	return ShowPath(file) + ":" + strconv.Itoa(line)
}
