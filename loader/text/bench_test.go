package text

import (
	"strings"
	"testing"
)

// BenchmarkSplit segments and tokenises a news-like text.
//
//	go test -run '^$' -bench BenchmarkSplit -benchmem ./loader/text
func BenchmarkSplit(b *testing.B) {
	para := "5 октября в Центральной комиссии референдума Республики Казахстан состоялась встреча с аккредитованными наблюдателями. " +
		"Председатель ЦИК РК Н.М. Абдиров принял председателя ЦИК Узбекистана Зайниддина Низамходжаева и вручил ему медаль «За вклад». " +
		"Стороны обсудили сотрудничество в рамках меморандума, подписанного в 2023 г. в Ташкенте.\n\n"
	text := strings.Repeat(para, 6)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Split(text)
	}
}
