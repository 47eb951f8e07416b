package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEmbeddedFurnitureParses(t *testing.T) {
	c, err := NewCleanerFrom(strings.NewReader(furnitureFile))
	require.NoError(t, err)
	assert.True(t, c.m.section["популярное"])
	assert.True(t, c.m.menu["меню"])
	assert.True(t, c.m.share["telegram"])
	assert.NotEmpty(t, c.m.mastheadMark)
	assert.NotPanics(t, func() { NewCleaner() })
}

func TestNewCleanerFromRejectsBadLists(t *testing.T) {
	tests := []struct {
		name, data, wantErr string
	}{
		{"unknown list", "[sections]\nархив\n", `furniture list:1: unknown list "sections"`},
		{"entry before header", "# comment\nархив\n", `furniture list:2: entry "архив" before any [list] header`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewCleanerFrom(strings.NewReader(tt.data))
			require.Error(t, err)
			assert.EqualError(t, err, tt.wantErr)
		})
	}
}

func TestNewCleanerFromUsesGivenLists(t *testing.T) {
	c, err := NewCleanerFrom(strings.NewReader("[section]\nеще статьи\n"))
	require.NoError(t, err)
	body := "Комиссия утвердила план работы на год. Документ опубликован на сайте.\n\nЕще статьи\nЗаголовок один"
	res := c.Clean(body)
	assert.Equal(t, "Комиссия утвердила план работы на год. Документ опубликован на сайте.", res.Text)
	require.Len(t, res.Removed, 1)
	assert.Equal(t, ReasonSection, res.Removed[0].Reason)
}

func TestParseDateLine(t *testing.T) {
	tests := []struct {
		line     string
		wantDate string
		wantIs   bool
	}{
		{"05.10.2024", "2024-10-05", true},
		{"5.10.2024 14:30", "2024-10-05", true},
		{"5 октября 2024", "2024-10-05", true},
		{"5 октября 2024 г.", "2024-10-05", true},
		{"5 Октября 2024 года, 09:15", "2024-10-05", true},
		{"Среда, 8 Октября 2025 16:53", "2025-10-08", true},
		{"2024-10-05 14:30", "2024-10-05", true},
		{"2024-10-05T14:30:00+05:00", "2024-10-05", true},
		{"Опубликовано: 12.03.2024", "2024-03-12", true},
		{"14:30, 12 марта 2024", "2024-03-12", true},
		{"October 25, 2024", "2024-10-25", true},
		{"31.02.2024", "", true},
		{"5 октября", "", true},
		{"5 часов назад", "", true},
		{"вчера, 14:30", "", true},
		{"16:53", "", true},
		{"Выборы состоятся 5 октября 2024 года", "", false},
		{"2456", "", false},
		{"Главное", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			date, is := parseDateLine(foldKey(tt.line))
			assert.Equal(t, tt.wantIs, is)
			assert.Equal(t, tt.wantDate, date)
		})
	}
}

func TestAuthorName(t *testing.T) {
	tests := []struct {
		line   string
		want   string
		wantOK bool
	}{
		{"Анна ВЛАДИМИРОВА", "Анна Владимирова", true},
		{"Елена Иванова", "Елена Иванова", true},
		{"А. Петров", "А. Петров", true},
		{"Мирза-Улугбек Абдусаломов", "Мирза-Улугбек Абдусаломов", true},
		{"Ольга Иванова, Астана, Вести", "Ольга Иванова", true},
		{"Итоги встречи", "", false},
		{"ЦИК Казахстана", "", false},
		{"Члены ЦИК Казахстана встретились с делегацией", "", false},
		{"Иванов", "", false},
		{"Ольга Иванова, которая давно работает в комиссии, рассказала о выборах.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got, ok := authorName(tt.line)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCountSentences(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Комиссия утвердила план. Заседание прошло в среду.", 2},
		{"Н. Абдиров выступил на пленарной сессии.", 1},
		{"Виды Ташкента. Архивное фото - Агентство", 0},
		{"«Мы готовы к выборам», – сказал он. Гости согласились с ним.", 2},
		{"Популярное", 0},
		{"Что изменится в 2026 году?", 1},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, countSentences(tt.text))
		})
	}
}

// para is a body paragraph for the rule tests: two sentences, never cut by a line rule.
const para = "Центральная избирательная комиссия провела заседание. Члены комиссии утвердили план работы."

func TestCleanRules(t *testing.T) {
	tests := []struct {
		name        string
		body        string
		wantText    string
		wantReasons []string
		wantDate    string
		wantAuthor  string
		wantByline  string
	}{
		{
			name:        "view counter with bullet",
			body:        "• 2456\n" + para,
			wantText:    para,
			wantReasons: []string{ReasonCounter},
		},
		{
			name:        "date line gives the date",
			body:        "16.07.2021\n\n" + para + "\n\n04.03.2026",
			wantText:    para,
			wantReasons: []string{ReasonDate, ReasonDate},
			wantDate:    "2021-07-16",
		},
		{
			name:        "glued share bar",
			body:        para + "\nFacebookWhatsappTelegram",
			wantText:    para,
			wantReasons: []string{ReasonShare},
		},
		{
			name:        "account handle",
			body:        "press_service_cec\n\n" + para,
			wantText:    para,
			wantReasons: []string{ReasonHandle},
		},
		{
			name:        "links to the next and the previous article",
			body:        para + "\n\nNext   Visit of a Delegation from Abroad\nBefore The Third Regional Workshop on Voter Lists",
			wantText:    para,
			wantReasons: []string{ReasonLink},
		},
		{
			name:     "one line that starts with Next is text",
			body:     para + "\n\nNext Tuesday the Commission meets",
			wantText: para + "\n\nNext Tuesday the Commission meets",
		},
		{
			name:        "author label",
			body:        para + "\n\nАвтор: Ирина Смирнова",
			wantText:    para,
			wantReasons: []string{ReasonAuthor},
			wantAuthor:  "Ирина Смирнова",
		},
		{
			name:        "author without a colon",
			body:        para + "\n\nПодготовила Анна Иванова",
			wantText:    para,
			wantReasons: []string{ReasonAuthor},
			wantAuthor:  "Анна Иванова",
		},
		{
			name:        "sentence starting like an author label stays",
			body:        para + "\n\nТекст меморандума подписан",
			wantText:    para + "\n\nТекст меморандума подписан",
			wantReasons: nil,
		},
		{
			name:        "byline with city before the body",
			body:        "Выборы прошли спокойно\n\nИрина Смирнова, Астана, Вести\n\n" + para,
			wantText:    "Выборы прошли спокойно\n\n" + para,
			wantReasons: []string{ReasonAuthor},
			wantAuthor:  "Ирина Смирнова",
			wantByline:  "Астана, Вести",
		},
		{
			name:        "two capitalised words in the middle of the body stay",
			body:        para + "\n\nИтоговое Решение\n\n" + para,
			wantText:    para + "\n\nИтоговое Решение\n\n" + para,
			wantReasons: nil,
		},
		{
			name:        "section header before the body is only a menu item",
			body:        "Архив\n\n" + para + "\n\n" + para,
			wantText:    para + "\n\n" + para,
			wantReasons: []string{ReasonMenu},
		},
		{
			name:        "section header cuts to the end",
			body:        para + "\n\nПоследние новости\n\n" + para,
			wantText:    para,
			wantReasons: []string{ReasonSection},
		},
		{
			name:        "tags line cuts to the end",
			body:        para + "\n\nТеги: выборы, ЦИК\n\n" + para,
			wantText:    para,
			wantReasons: []string{ReasonSection},
		},
		{
			name:        "headline list after the body",
			body:        para + "\n\nГолосование пройдет в воскресенье\nНовый стадион откроют весной\nЦены на хлеб выросли\nВ парке высадили сто деревьев",
			wantText:    para,
			wantReasons: []string{ReasonHeadlineList},
		},
		{
			name:        "list introduced by a colon stays",
			body:        para + "\n\nВ состав делегации вошли:\nИван Петров\nОльга Сидорова\nАйгуль Нурланова\nСергей Ким",
			wantText:    para + "\n\nВ состав делегации вошли:\n\nИван Петров\n\nОльга Сидорова\n\nАйгуль Нурланова\n\nСергей Ким",
			wantReasons: nil,
		},
		{
			name:        "prose is never cut by a line rule",
			body:        "Фото: " + para + " " + para,
			wantText:    "Фото: " + para + " " + para,
			wantReasons: nil,
		},
		{
			name:        "copyright line after the body starts the footer",
			body:        para + "\n\n© 2024 Вести. Все права защищены.\nРедакция не отвечает за мнения авторов",
			wantText:    para,
			wantReasons: []string{ReasonFooter},
		},
		{
			name:        "copyright line of a photo inside the body",
			body:        para + "\n\n© Вести / Иван Петров\n\n" + para,
			wantText:    para + "\n\n" + para,
			wantReasons: []string{ReasonMasthead},
		},
		{
			name:        "phrase about rights inside a sentence stays",
			body:        para + "\n\nОн напомнил, что все права защищены законом о выборах.",
			wantText:    para + "\n\nОн напомнил, что все права защищены законом о выборах.",
			wantReasons: nil,
		},
		{
			name:        "inline read-also link",
			body:        para + "\n\nЧитайте также: Комиссия обновила список участков\n\n" + para,
			wantText:    para + "\n\n" + para,
			wantReasons: []string{ReasonLink},
		},
		{
			name:        "previous and next article links glued to the last line",
			body:        para + "\n\n" + para + " www.example.kz Предыдущая статьяКомиссия СНГ собралась в Минске Следующая статьяНовый участок открыт",
			wantText:    para + "\n\n" + para + " www.example.kz",
			wantReasons: []string{ReasonSection},
		},
		{
			name:        "a previous-article link before the article is no end",
			body:        "Previous article: Elections held\n\n" + para,
			wantText:    "Previous article: Elections held\n\n" + para,
			wantReasons: nil,
		},
		{
			name:        "empty body",
			body:        "",
			wantText:    "",
			wantReasons: nil,
		},
		{
			name:        "white space and CR only",
			body:        " \r\n\t\n\u00a0",
			wantText:    "",
			wantReasons: nil,
		},
	}
	c := NewCleaner()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Clean(tt.body)
			assert.Equal(t, tt.wantText, res.Text)
			var reasons []string
			for _, s := range res.Removed {
				reasons = append(reasons, s.Reason)
			}
			assert.Equal(t, tt.wantReasons, reasons)
			assert.Equal(t, tt.wantDate, res.Date)
			assert.Equal(t, tt.wantAuthor, res.Author)
			assert.Equal(t, tt.wantByline, res.Byline)
			checkResult(t, tt.body, res)
		})
	}
}

// TestCleanPlainKeepsEverything checks that the article with no furniture
// comes through word for word.
func TestCleanPlainKeepsEverything(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "plain.txt"))
	require.NoError(t, err)
	res := NewCleaner().Clean(string(raw))
	assert.Empty(t, res.Removed)
	assert.Equal(t, strings.Fields(string(raw)), strings.Fields(res.Text))
}

func TestCleanIsDeterministic(t *testing.T) {
	fixtures, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	c := NewCleaner()
	for _, f := range fixtures {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		first := c.Clean(string(raw))
		assert.Equal(t, first, c.Clean(string(raw)), f)
		checkResult(t, string(raw), first)
	}
}

// checkResult asserts the invariants of every Result: spans in order,
// inside the input and not overlapping; the text valid UTF-8, trimmed, with
// one paragraph per line and a blank line between paragraphs.
func checkResult(t *testing.T, body string, res Result) {
	t.Helper()
	end := 0
	for _, s := range res.Removed {
		assert.GreaterOrEqual(t, s.Start, end, "span %v overlaps or is out of order", s)
		assert.LessOrEqual(t, s.Start, s.End, "span %v", s)
		assert.LessOrEqual(t, s.End, len(body), "span %v", s)
		assert.NotEmpty(t, s.Reason)
		end = s.End
	}
	assert.True(t, utf8.ValidString(res.Text))
	assert.Equal(t, strings.TrimSpace(res.Text), res.Text)
	for _, p := range strings.Split(res.Text, "\n\n") {
		assert.NotContains(t, p, "\n")
		if res.Text != "" {
			assert.NotEmpty(t, p)
		}
	}
}

func FuzzClean(f *testing.F) {
	fixtures, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(f, err)
	for _, fx := range fixtures {
		raw, err := os.ReadFile(fx)
		require.NoError(f, err)
		f.Add(string(raw))
	}
	f.Add("\xff\xfe\n\n•\n" + para)
	f.Add("Популярное\n" + para)
	c := NewCleaner()
	f.Fuzz(func(t *testing.T, body string) {
		res := c.Clean(body)
		checkResult(t, body, res)
	})
}

// TestHardWrappedTextIsUnwrapped: an article hard-wrapped at a fixed width
// (an e-mail, a plain-text export) cleans into the same paragraphs as the
// same article with one line per paragraph: no wrapped line is cut as a
// menu, and no sentence is cut at a line end.
func TestHardWrappedTextIsUnwrapped(t *testing.T) {
	paras := []string{
		"Election bodies sign a memorandum",
		"Astana, 12 March 2024. The Central Election Commission of Kazakhstan and the Central Election Commission of Uzbekistan signed a memorandum of cooperation in the field of elections during a working visit of the Uzbek delegation to Astana.",
		"The parties agreed to exchange observers at national elections, to hold joint seminars for the members of election commissions and to share their experience of electronic voting systems and voter lists.",
		"The delegation also visited the training centre of the Commission and met with the members of the Commission.",
	}
	plain := strings.Join(paras, "\n\n")
	var wrapped []string
	for _, p := range paras {
		wrapped = append(wrapped, wrapAt(p, 60))
	}
	c := NewCleaner()
	want := c.Clean(plain).Text
	got := c.Clean(strings.Join(wrapped, "\n\n")).Text
	assert.Equal(t, want, got)
	// without blank lines between the paragraphs, no line is cut either
	// (a paragraph whose last line reaches the width runs on into the next)
	got = c.Clean(strings.Join(wrapped, "\n")).Text
	for _, p := range paras {
		assert.Contains(t, got, p)
	}
}

// wrapAt cuts s into lines of at most width runes at spaces.
func wrapAt(s string, width int) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return strings.Join(append(lines, line), "\n")
}

// TestLineBrokenAfterACommaOrAPreposition: a line of a PDF's text that
// ends with a comma or a word no sentence ends with ("of the", «и») goes
// on in the next line, even when that one begins with a capital; a line
// that ends a heading does not.
func TestLineBrokenAfterACommaOrAPreposition(t *testing.T) {
	body := "Conference of election bodies\n\n" +
		"Delegations of the election commissions of the following countries took part: Armenia, Georgia,\n" +
		"Moldova and Mongolia, as well as experts of the\n" +
		"Council of Europe and of the Association of European Election Officials.\n\n" +
		"Programme\n" +
		"The conference opened on Monday."
	got := NewCleaner().Clean(body).Text
	assert.Contains(t, got, "Armenia, Georgia, Moldova and Mongolia, as well as experts of the Council of Europe")
	assert.Contains(t, got, "Programme\n\nThe conference opened on Monday.")
}

// TestPhotoWordIsAWordOfItsOwn: «Фото: …», "photo by", «(фотография)» name
// a photo; «фотограф», «фотовыставка», "photography" do not.
func TestPhotoWordIsAWordOfItsOwn(t *testing.T) {
	for _, s := range []string{"фото: пресс-служба", "на фото: члены цик", "(фотография из архива)", "photo by ap", "фото"} {
		assert.True(t, hasPhotoWord(s), s)
	}
	for _, s := range []string{"фотограф иван петров", "фотовыставка в цик", "photography club", "автофото"} {
		assert.False(t, hasPhotoWord(s), s)
	}
}

// TestShareBars: a line of share names, spaced, separated or glued, and a
// share phrase of several words however spaced, are share bars; a line of
// text that opens with a share name is not.
func TestShareBars(t *testing.T) {
	c := NewCleaner()
	for _, line := range []string{"vk telegram", "facebook | twitter • whatsapp", "facebooktelegram", "копировать   ссылку", "copy | link"} {
		assert.True(t, c.isShareBar(line), line)
	}
	for _, line := range []string{"telegram channel of the commission", "the commission copied the link", ""} {
		assert.False(t, c.isShareBar(line), line)
	}
}

// TestLanguageTagsRemoved: a multilingual site's language tags («[:ru]»,
// «[:]») are no part of the text; other brackets stay.
func TestLanguageTagsRemoved(t *testing.T) {
	res := NewCleaner().Clean("[:ru]Миссию ОБСЕ для наблюдения за референдумом пригласил Узбекистан [:]\n\n[:ru]ЦИК Узбекистана провел заседание [:en] и принял решение [1: 2].")
	assert.Equal(t, "Миссию ОБСЕ для наблюдения за референдумом пригласил Узбекистан\n\nЦИК Узбекистана провел заседание и принял решение [1: 2].", res.Text)
}

// TestTeaserAboveASectionHeader: one paragraph of another article above a
// section header («Новости») that the page's own, longer article follows
// is a teaser: it goes, and the article after the header stays; a header
// after an article of several paragraphs still cuts what follows.
func TestTeaserAboveASectionHeader(t *testing.T) {
	page := "Победители областного конкурса рисунков получили дипломы, подписанные председателем комиссии, на торжественной церемонии в городской библиотеке.\n" +
		"Новости\n" +
		"Почётная грамота избирательной комиссии\n" +
		"Пятого февраля на совещании в администрации района председатель территориальной избирательной комиссии вручил почётную грамоту секретарю участковой комиссии за многолетнюю добросовестную работу и большой вклад в организацию выборов.\n" +
		"Она работает в участковой комиссии с 1995 года и провела более двадцати избирательных кампаний.\n"
	r := NewCleaner().Clean(page)
	assert.NotContains(t, r.Text, "рисунков")
	assert.Contains(t, r.Text, "вручил почётную грамоту")
	assert.Contains(t, r.Text, "более двадцати")

	article := "Председатель комиссии провёл встречу с наблюдателями и рассказал им о подготовке к выборам.\n" +
		"Участники встречи обсудили порядок аккредитации и работу на участках в день голосования.\n" +
		"Новости\n" +
		"В соседнем районе прошёл семинар для членов участковых комиссий, на котором выступили юристы и рассказали о новых правилах.\n"
	r = NewCleaner().Clean(article)
	assert.Contains(t, r.Text, "провёл встречу")
	assert.NotContains(t, r.Text, "семинар")
}
