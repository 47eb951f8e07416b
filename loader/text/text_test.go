package text

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sentenceTexts(ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "Встреча прошла в Астане. Стороны обсудили выборы.",
			[]string{"Встреча прошла в Астане.", "Стороны обсудили выборы."}},
		{"initial", "Слово взял К. Турганкулов. Он отметил успехи.",
			[]string{"Слово взял К. Турганкулов.", "Он отметил успехи."}},
		{"double initial", "Доклад сделал Н.М.Абдиров. Затем выступили гости.",
			[]string{"Доклад сделал Н.М.Абдиров.", "Затем выступили гости."}},
		{"this year", "Выборы пройдут 27 октября т.г. Наблюдатели приглашены.",
			[]string{"Выборы пройдут 27 октября т.г. Наблюдатели приглашены."}},
		{"city", "Конференция прошла в г. Нью-Дели. Она собрала гостей.",
			[]string{"Конференция прошла в г. Нью-Дели.", "Она собрала гостей."}},
		{"named after", "Школа им. Абая открылась! Пришли все.",
			[]string{"Школа им. Абая открылась!", "Пришли все."}},
		{"paragraphs", "Первый абзац без точки\n\nВторой абзац.",
			[]string{"Первый абзац без точки", "Второй абзац."}},
		{"quote after dot", "Он сказал: «Мы готовы.» Затем ушел.",
			[]string{"Он сказал: «Мы готовы.»", "Затем ушел."}},
		{"lower after dot", "Сумма 1.5 млн. долларов выделена.",
			[]string{"Сумма 1.5 млн. долларов выделена."}},
		{"dash start", "Всё готово. – Мы рады, – сказал он.",
			[]string{"Всё готово.", "– Мы рады, – сказал он."}},
		{"bulleted list after a colon", "Memoranda were signed with:\n\n• the Commission of Bhutan\n• the Commission of Nepal\n\nThey take effect.",
			[]string{"Memoranda were signed with:\n\n• the Commission of Bhutan\n• the Commission of Nepal", "They take effect."}},
		{"english honorific", "The team was led by Commissioner Md. Alamgir. It met Prof. Sen.",
			[]string{"The team was led by Commissioner Md. Alamgir.", "It met Prof. Sen."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			assert.Equal(t, tt.want, sentenceTexts(got))
			for _, s := range got {
				assert.Equal(t, s.Text, tt.in[s.Start:s.End], "sentence offsets")
				for _, tok := range s.Tokens {
					assert.Equal(t, tok.Text, tt.in[tok.Start:tok.End], "token offsets")
				}
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	toks := Tokenize("ЦИК РК подписал с А-WEB 12 меморандумов в 2023,5 году; Ёлка ёжик", 10)
	var texts, folds []string
	for _, tk := range toks {
		texts = append(texts, tk.Text)
		folds = append(folds, tk.Fold)
	}
	assert.Equal(t, []string{"ЦИК", "РК", "подписал", "с", "А-WEB", "12", "меморандумов", "в", "2023,5", "году", ";", "Ёлка", "ёжик"}, texts)
	assert.Equal(t, "елка", folds[11])
	assert.Equal(t, 10, toks[0].Start)
	assert.Equal(t, Number, toks[5].Kind)
	assert.Equal(t, Punct, toks[10].Kind)
	assert.True(t, toks[0].IsAllUpper())
	assert.False(t, toks[2].IsAllUpper())
}

func TestStemsMatchAcrossCases(t *testing.T) {
	pairs := [][2]string{
		{"кореи", "корея"}, {"узбекистана", "узбекистан"}, {"японскими", "японский"},
		{"казахстанским", "казахстанский"}, {"республики", "республика"},
		{"меморандумов", "меморандум"}, {"елка", "ёлка"}, {"корее", "Корея"},
		{"кореей", "Корея"}, {"федерации", "Федерация"}, {"худоерзоде", "Худоерзода"},
		{"бахтиёру", "Бахтиёр"}, {"узбекской", "узбекский"}, {"таджикскими", "таджикский"},
	}
	for _, p := range pairs {
		require.NotEmpty(t, Stem(Fold(p[0])))
		assert.Contains(t, MatchKeys(p[1]), Stem(Fold(p[0])), "%s ~ %s", p[0], p[1])
	}
}

// TestFoldMatchesUnicode: the fast paths agree with the Unicode tables.
func TestFoldMatchesUnicode(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		want := strings.ReplaceAll(strings.ToLower(s), "ё", "е")
		require.Equal(t, want, Fold(s), "rune %U", r)
		assert.Equal(t, unicode.IsLetter(r), isLetter(r), "isLetter %U", r)
		assert.Equal(t, unicode.IsSpace(r), isSpace(r), "isSpace %U", r)
		assert.Equal(t, unicode.IsUpper(r), isUpper(r), "isUpper %U", r)
	}
	assert.Equal(t, "елка в риге", Fold("Ёлка в Риге"))
	assert.Equal(t, "уже", Fold("уже"))
}

// TestSplitGluedSentences: a text dump that runs paragraphs together
// without a space still splits at «слово.Слово» and «слово.20», but not
// inside initials, abbreviations or domain names.
func TestSplitGluedSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Делегация прибыла в Румынии.Руководство комиссии поблагодарило коллег.", []string{"Делегация прибыла в Румынии.", "Руководство комиссии поблагодарило коллег."}},
		{"Выборы прошли в воскресенье.20 декабря прошла встреча.", []string{"Выборы прошли в воскресенье.", "20 декабря прошла встреча."}},
		{"The vote was held.The results were announced.", []string{"The vote was held.", "The results were announced."}},
		{"Выступил Л.М.Ермошина и сотрудник сайта news.Kz написал об этом.", []string{"Выступил Л.М.Ермошина и сотрудник сайта news.Kz написал об этом."}},
		{"Это указано в ст.20 закона.", []string{"Это указано в ст.20 закона."}},
		{"Так сказал Игорь Карпенко.В частности, он встретится с ними.", []string{"Так сказал Игорь Карпенко.", "В частности, он встретится с ними."}},
		{"Об этом пишет сайт gov.Uz и другие.", []string{"Об этом пишет сайт gov.Uz и другие."}},
		{"Об этом сообщил корреспондент БЕЛТА.По его словам, визит прошел успешно.", []string{"Об этом сообщил корреспондент БЕЛТА.", "По его словам, визит прошел успешно."}},
		{"\"Мы работаем вместе\", - сказал Игорь Карпенко.\"Только в этом году мы были в Баку.", []string{"\"Мы работаем вместе\", - сказал Игорь Карпенко.", "\"Только в этом году мы были в Баку."}},
		{"Выступил представитель ОБСЕ.ДИПЧ и другие.", []string{"Выступил представитель ОБСЕ.ДИПЧ и другие."}},
		{"Он сказал \"да.\"Затем ушел.", []string{"Он сказал \"да.\"Затем ушел."}},
		{"Наблюдатели прибыли от ассамблеи (МПА СНГ).Глава группы выступил.", []string{"Наблюдатели прибыли от ассамблеи (МПА СНГ).", "Глава группы выступил."}},
		{"Форум назывался «Выборы».Участники обсудили итоги.", []string{"Форум назывался «Выборы».", "Участники обсудили итоги."}},
		{"См. статью (ст.5).5 мая прошла встреча.", []string{"См. статью (ст.5).5 мая прошла встреча."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Split(tt.text) {
			got = append(got, s.Text)
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

// TestTokensKeepNoSpareRoom: a sentence's tokens keep little room beyond
// what they use, since a long article holds the tokens of all its sentences
// at once (issue 15 item 10: memory of a large article).
func TestTokensKeepNoSpareRoom(t *testing.T) {
	text := strings.Repeat("Центральная избирательная комиссия Республики Казахстан провела международную конференцию по вопросам избирательного законодательства. ", 50)
	sents := Split(text)
	require.Len(t, sents, 50)
	for _, s := range sents {
		spare := cap(s.Tokens) - len(s.Tokens)
		assert.LessOrEqual(t, spare, max(8, len(s.Tokens)/4), "%d tokens in room for %d", len(s.Tokens), cap(s.Tokens))
	}
}

// TestCachedMatchKeys: the cached keys are MatchKeys', the same on every
// call.
func TestCachedMatchKeys(t *testing.T) {
	for _, w := range []string{"Абдиров", "Памфилова", "Kumar", "Ин-шик"} {
		assert.Equal(t, MatchKeys(w), CachedMatchKeys(w), w)
		assert.Equal(t, MatchKeys(w), CachedMatchKeys(w), w)
	}
}

// TestGluedWordsSplit: list items a page ran together («ИорданииНезависимый»)
// are two words; names made of parts («ТюркПА», «КазИнформ») and hyphenated
// names («Мирза-Улугбек») stay whole.
func TestGluedWordsSplit(t *testing.T) {
	words := func(s string) []string {
		var out []string
		for _, tk := range Tokenize(s, 0) {
			out = append(out, tk.Text)
		}
		return out
	}
	assert.Equal(t, []string{"комиссия", "Иордании", "Независимый", "орган"}, words("комиссия ИорданииНезависимый орган"))
	assert.Equal(t, []string{"комиссия", "Мальдив", "Высший", "совет"}, words("комиссия МальдивВысший совет"))
	assert.Equal(t, []string{"ТюркПА", "КазИнформ", "Мирза-Улугбек", "iPhone"}, words("ТюркПА КазИнформ Мирза-Улугбек iPhone"))
	assert.Equal(t, []string{"КазМунайГаз", "МосГорИзбирКом", "ПетроКазахстан", "ТаджикИнформ", "СпутникТаджикистан", "ЦентрАзия"}, words("КазМунайГаз МосГорИзбирКом ПетроКазахстан ТаджикИнформ СпутникТаджикистан ЦентрАзия"))
	toks := Tokenize("ИорданииНезависимый", 10)
	assert.Equal(t, 10+len("Иордании"), toks[1].Start)
}

// TestWordNumbers checks that every token of one folded form carries the
// same word number, other forms another, and that a number or a punctuation
// mark has none: the key under which a dictionary keeps what it found.
func TestWordNumbers(t *testing.T) {
	ss := Split("Комиссия провела встречу. Комиссии и КОМИССИЯ, 2024 год! Комиссия.")
	var toks []Token
	for _, s := range ss {
		toks = append(toks, s.Tokens...)
	}
	byFold := map[string]uint32{}
	seen := map[uint32]string{}
	for _, tk := range toks {
		if tk.Kind != Word {
			assert.Zero(t, tk.Word, tk.Text)
			continue
		}
		require.NotZero(t, tk.Word, tk.Text)
		if n, ok := byFold[tk.Fold]; ok {
			assert.Equal(t, n, tk.Word, tk.Text)
		}
		if f, ok := seen[tk.Word]; ok {
			assert.Equal(t, f, tk.Fold, "one number, two forms")
		}
		byFold[tk.Fold], seen[tk.Word] = tk.Word, tk.Fold
		assert.Equal(t, Stem(tk.Fold), tk.Stem)
	}
	assert.Equal(t, byFold["комиссия"], toks[0].Word)
	assert.NotEqual(t, byFold["комиссия"], byFold["комиссии"])
}
