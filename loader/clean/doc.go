// Package clean removes page furniture from the body of an article: view
// counters, photo credits, author lines, menus, share bars, lists of other
// headlines ("Популярное", "Читайте также", related news), archive widgets,
// comment boxes and mastheads, so that extraction sees only the article's
// own paragraphs.
//
// The cleaner works line by line with rules that generalise over sites
// rather than per-site templates. The words it looks for (section headers,
// menu items, social networks, masthead labels) are kept in the embedded
// data file furniture.txt. A line that reads like prose (two or more
// sentences, or more than 200 characters) is never cut by a line rule; it
// goes only with a section or footer that starts above it, as a copyright
// line of up to 300 characters, or as a line in another alphabet after the
// last body paragraph.
//
// The cleaned text is deterministic: one paragraph per line and a blank line
// between paragraphs. Offsets computed downstream point into it. What was
// cut is reported as byte spans of the input, each with a reason, and a date
// line and an author line found among the furniture are returned as values.
package clean
