package source

// Formats of input files, as stored in Article.Format.
const (
	FormatText  = "txt"
	FormatHTML  = "html"
	FormatJSONL = "jsonl"
)

// Character encodings Decode recognises, as stored in Article.Encoding.
const (
	EncodingUTF8    = "utf-8"
	EncodingUTF8BOM = "utf-8-bom"
	EncodingCP1251  = "windows-1251"
	EncodingKOI8R   = "koi8-r"
)

// StdinPath is the path that names standard input.
const StdinPath = "-"

// Article is one raw article as read from an input, before cleaning.
type Article struct {
	// ID is the file name without extension, or a longer tail of the path
	// when another file of the run has that name (Scan); for .jsonl the
	// "id" field without the spaces around it, else "<file stem>-<line
	// number>"; "stdin" for standard input.
	ID string
	// Path is the file path ("-" for standard input); for .jsonl "path#Lnn".
	Path string
	// Format is FormatText, FormatHTML or FormatJSONL.
	Format string
	// Encoding is the character set the input was decoded from.
	Encoding string
	// Title is the first non-empty line of a .txt file, the page title of an
	// HTML page, or the "title" field of a JSON line.
	Title string
	// URL is the article's address where known.
	URL string
	// Published is the publication date as YYYY-MM-DD where known.
	Published string
	// Source is the publishing site or outlet where known.
	Source string
	// Author is the article's author where known.
	Author string
	// Body is the text after the title (.txt), the main text of an HTML page
	// with a blank line between paragraphs, or the "text" (or extracted
	// "html") of a JSON line. It is valid UTF-8 in NFC with "\n" line ends.
	Body string
	// SHA256 is the hex SHA-256 of the raw input bytes of this article.
	SHA256 string
	// Warnings are flaws of the input that did not stop it from being
	// read, such as bytes that are not UTF-8 in a UTF-8 text; each is a
	// sentence to show the user next to the path.
	Warnings []string
}
