package synth

import (
	"fmt"
	"math/rand"
	"strings"
)

// country is a country with the forms the templates need.
type country struct {
	code, gen, loc, adjDat string // «Узбекистана», «Узбекистане», «узбекским»
}

var countries = []country{
	{"KZ", "Казахстана", "Казахстане", "казахстанским"}, {"UZ", "Узбекистана", "Узбекистане", "узбекским"},
	{"TJ", "Таджикистана", "Таджикистане", "таджикским"}, {"KG", "Кыргызстана", "Кыргызстане", "кыргызским"},
	{"RU", "России", "России", "российским"}, {"BY", "Беларуси", "Беларуси", "белорусским"},
	{"AZ", "Азербайджана", "Азербайджане", "азербайджанским"}, {"AM", "Армении", "Армении", "армянским"},
	{"MN", "Монголии", "Монголии", "монгольским"}, {"TR", "Турции", "Турции", "турецким"},
	{"KR", "Республики Корея", "Республике Корея", "корейским"}, {"JP", "Японии", "Японии", "японским"},
	{"IN", "Индии", "Индии", "индийским"}, {"GE", "Грузии", "Грузии", "грузинским"},
	{"MD", "Молдовы", "Молдове", "молдавским"}, {"LV", "Латвии", "Латвии", "латвийским"},
	{"PL", "Польши", "Польше", "польским"}, {"HU", "Венгрии", "Венгрии", "венгерским"},
}

// far are countries that only ever receive a proposal or send an
// invitation: their memoranda stay proposed and their invitations
// unanswered, so that the pending report has something to find.
var far = []country{
	{"BR", "Бразилии", "Бразилии", "бразильским"}, {"MX", "Мексики", "Мексике", "мексиканским"},
	{"ID", "Индонезии", "Индонезии", "индонезийским"},
}

var people = []string{"Нурлан Абенов", "Айгерим Сапарова", "Тимур Каримов", "Ольга Смирнова", "Бахром Юлдашев",
	"Азамат Исаев", "Гульнара Ахмедова", "Сергей Волков", "Дильноза Рахимова", "Арман Жумагулов"}

var orgs = []string{"ШОС", "СНГ", "ОБСЕ", "A-WEB", "ТюркПА", "ОДКБ"}

var months = []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}

// templates are our own sentences with slots: {home} and {partner} (genitive),
// {partnerLoc} (prepositional), {partnerAdj} (dative adjective), {person},
// {org}, {year}, {date}.
var templates = []string{
	"{date} председатель Центральной избирательной комиссии {home} {person} провел встречу с делегацией ЦИК {partner}.",
	"Стороны обсудили обмен опытом в организации выборов и подготовку наблюдателей.",
	"В {year} году ЦИК {home} и ЦИК {partner} подписали меморандум о взаимопонимании и сотрудничестве.",
	"Председатель Центризбиркома предложил {partnerAdj} коллегам рассмотреть возможность подписания меморандума о сотрудничестве.",
	"Представители ЦИК {home} приняли участие в международном наблюдении за выборами в {partnerLoc}.",
	"В рамках визита состоялась встреча с представителями {org}.",
	"По приглашению ЦИК {partner} делегация ЦИК {home} примет участие в наблюдении за выборами, которые состоятся {date}.",
	"Члены комиссии ознакомились с работой информационного центра и системой электронного голосования.",
	"Делегация ЦИК {home} приняла участие в международной конференции «Выборы и общество», которая прошла в {partnerLoc}.",
	"Заместитель председателя ЦИК {partner} {person} отметил высокий уровень организации избирательного процесса.",
}

// rareTemplates name a far country ({far} genitive, {farAdj} dative
// adjective); about one article in ten ends with one of them.
var rareTemplates = []string{
	"Председатель Центризбиркома предложил {farAdj} коллегам рассмотреть возможность подписания меморандума о сотрудничестве.",
	"По приглашению ЦИК {far} делегация ЦИК {home} примет участие в наблюдении за выборами, которые состоятся {date}.",
}

var furniture = "\n\nПопулярное\n\nВсе\nПогода на выходные\nНовые тарифы утверждены\nВ столице открыли парк\nСтартовала подписка\n"

// Article is one generated article.
type Article struct {
	ID    string
	Title string
	Body  string
}

// Text is the article as a .txt file: title, blank line, body.
func (a Article) Text() string { return a.Title + "\n\n" + a.Body }

// Generator makes articles.
type Generator struct {
	r *rand.Rand
	n int
}

// New returns a Generator with a fixed seed.
func New(seed int64) *Generator { return &Generator{r: rand.New(rand.NewSource(seed))} }

// Next returns the next article: four to eight paragraphs of template
// sentences, about one in ten with a last paragraph naming a far country,
// sometimes followed by page furniture.
func (g *Generator) Next() Article {
	g.n++
	home := countries[g.r.Intn(3)]
	partner := countries[3+g.r.Intn(len(countries)-3)]
	person := people[g.r.Intn(len(people))]
	org := orgs[g.r.Intn(len(orgs))]
	year := 2018 + g.r.Intn(8)
	date := fmt.Sprintf("%d %s %d года", 1+g.r.Intn(28), months[g.r.Intn(12)], year)
	fill := strings.NewReplacer("{home}", home.gen, "{partner}", partner.gen, "{partnerLoc}", partner.loc,
		"{partnerAdj}", partner.adjDat, "{person}", person, "{org}", org, "{year}", fmt.Sprint(year), "{date}", date)
	var b strings.Builder
	paras := 4 + g.r.Intn(5)
	for p := 0; p < paras; p++ {
		if p > 0 {
			b.WriteString("\n\n")
		}
		for s := 0; s < 2+g.r.Intn(2); s++ {
			if s > 0 {
				b.WriteByte(' ')
			}
			t := templates[g.r.Intn(len(templates))]
			if p == 0 && s == 0 {
				t = templates[0]
			}
			b.WriteString(fill.Replace(t))
		}
	}
	if g.r.Intn(10) == 0 {
		f := far[g.r.Intn(len(far))]
		t := strings.NewReplacer("{far}", f.gen, "{farAdj}", f.adjDat).Replace(rareTemplates[g.r.Intn(len(rareTemplates))])
		b.WriteString("\n\n" + fill.Replace(t))
	}
	if g.r.Intn(2) == 0 {
		b.WriteString(furniture)
	}
	return Article{
		ID:    fmt.Sprintf("synth-%06d", g.n),
		Title: fmt.Sprintf("ЦИК %s и ЦИК %s развивают сотрудничество", home.gen, partner.gen),
		Body:  b.String(),
	}
}
