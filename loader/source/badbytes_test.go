package source

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

// TestDecodeUTF8WithBadBytes: UTF-8 text with one bad byte — a stray lead
// byte in the middle, or a character cut short at the end — is still read as
// UTF-8, the bad byte becomes U+FFFD and the flaw is told; Russian text in
// Windows-1251 and KOI8-R, even with the rare byte pairs that form a UTF-8
// character («Щёлково», «лёд»), is still read in its own character set.
func TestDecodeUTF8WithBadBytes(t *testing.T) {
	half := strings.Index(russianSample, "Стороны")
	stray := []byte(russianSample[:half] + "\xd0" + russianSample[half:])
	cut := []byte(strings.TrimSuffix(russianSample, "."))
	cut = cut[:len(cut)-1] // «году» loses the last byte of its «у»
	tests := []struct {
		name      string
		raw       []byte
		wantText  string
		wantFirst int
		wantEnc   string
	}{
		{"a stray byte in the middle", stray, russianSample[:half] + "\uFFFD" + russianSample[half:], half, EncodingUTF8},
		{"a character cut at the end", cut, strings.TrimSuffix(russianSample, "у.") + "\uFFFD", len(cut) - 1, EncodingUTF8},
		{"with a byte order mark", append([]byte{0xEF, 0xBB, 0xBF}, stray...), russianSample[:half] + "\uFFFD" + russianSample[half:], half + 3, EncodingUTF8BOM},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := DecodeText(tt.raw)
			require.NoError(t, err)
			assert.Equal(t, tt.wantEnc, d.Encoding)
			assert.Equal(t, tt.wantText, d.Text)
			assert.Equal(t, 1, d.Replaced)
			assert.Equal(t, tt.wantFirst, d.FirstReplaced)
			assert.Contains(t, d.Warning(), "1 byte that is not UTF-8")
			text, enc, err := Decode(tt.raw)
			require.NoError(t, err)
			assert.Equal(t, tt.wantText, text)
			assert.Equal(t, tt.wantEnc, enc)
		})
	}

	// single-byte texts are not taken for flawed UTF-8
	lookalikes := russianSample + "\nДелегация посетила Щёлково и Пушкино. ЁЛКИ и лёд на реке.\n"
	for _, cs := range []struct {
		cm   *charmap.Charmap
		want string
	}{{charmap.Windows1251, EncodingCP1251}, {charmap.KOI8R, EncodingKOI8R}} {
		t.Run(cs.want, func(t *testing.T) {
			d, err := DecodeText(encode(t, cs.cm, lookalikes))
			require.NoError(t, err)
			assert.Equal(t, cs.want, d.Encoding)
			assert.Equal(t, lookalikes, d.Text)
			assert.Zero(t, d.Replaced)
			assert.Empty(t, d.Warning())
		})
	}
	// valid UTF-8 has nothing to tell
	d, err := DecodeText([]byte(russianSample))
	require.NoError(t, err)
	assert.Empty(t, d.Warning())
}

// TestParseFileWarnsOfBadUTF8Bytes: a text file, an HTML page (even one that
// declares Windows-1251) and a JSON line with a stray byte are read as UTF-8
// and carry the warning.
func TestParseFileWarnsOfBadUTF8Bytes(t *testing.T) {
	bad := strings.Replace(russianSample, "Стороны", "\xd0Стороны", 1)
	for _, in := range []struct{ path, raw string }{
		{"in/news.txt", "Встреча в комиссии\n\n" + bad},
		{"in/news.html", `<html><head><meta charset="windows-1251"><title>Встреча в комиссии</title></head><body><p>` + bad + `</p></body></html>`},
		{"in/news.jsonl", `{"id": "n1", "title": "Встреча в комиссии", "text": "` + strings.ReplaceAll(bad, "\n", `\n`) + `"}` + "\n"},
	} {
		t.Run(in.path, func(t *testing.T) {
			arts, err := ParseFile(in.path, []byte(in.raw))
			require.NoError(t, err)
			require.Len(t, arts, 1)
			a := arts[0]
			assert.Equal(t, EncodingUTF8, a.Encoding)
			assert.Equal(t, "Встреча в комиссии", a.Title)
			assert.Contains(t, a.Body, "страны.", "the text before the stray byte is read")
			assert.Contains(t, a.Body, "\uFFFDСтороны обсудили", "the stray byte is replaced where it was")
			require.Len(t, a.Warnings, 1)
			assert.Contains(t, a.Warnings[0], "1 byte that is not UTF-8 in a UTF-8 text, replaced with U+FFFD")
		})
	}
}
