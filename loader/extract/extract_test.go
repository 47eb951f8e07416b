package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
)

func extractText(t *testing.T, s string) graph.Document {
	t.Helper()
	e, err := New(Options{HomeCountry: "KZ"})
	require.NoError(t, err)
	return e.Extract(Input{ID: "t", Text: s})
}

func personNames(d graph.Document) []string {
	var out []string
	for _, p := range d.Persons {
		out = append(out, p.Name)
	}
	return out
}

// TestPersonNominative covers the declension cases of the issue: every name
// comes out in the nominative, given name first, patronymic dropped.
func TestPersonNominative(t *testing.T) {
	tests := []struct {
		text, want, title, org string
	}{
		{"Председатель ЦИК РК вручил медаль председателю ЦКВР Таджикистана Бахтиёру Худоерзоде.", "Бахтиёр Худоерзода", "chairman", "TJ/CEC"},
		{"В заседании участвовал председатель Жамбылской областной избирательной комиссии Айдапкелов Сергали Умирзакович.", "Сергали Айдапкелов", "chairman", "KZ/SUB:Жамбылская областная избирательная комиссия"},
		{"Состоялась встреча с секретарем Центральной избирательной комиссии Российской Федерации Натальей Будариной.", "Наталья Бударина", "secretary", "RU/CEC"},
		{"Состоялась встреча с главой избирательной комиссии Индии Радживом Кумаром.", "Раджив Кумар", "chairman", "IN/CEC"},
		{"Слово взял председатель ЦИК Узбекистана Зайниддин Низамходжаев.", "Зайниддин Низамходжаев", "chairman", "UZ/CEC"},
		{"Встреча прошла с заместителем Генерального секретаря ШОС Олегом Копыловым.", "Олег Копылов", "official", "SCO"},
		{"Его принял третий секретарь посольства Японии Маки Такаси.", "Маки Такаси", "diplomat", "JP/GOV"},
		{"Выступил генеральный секретарь A-WEB Ин-шик Джанг.", "Ин-шик Джанг", "head", "A-WEB"},
		{"Встреча прошла с заместителем Генерального секретаря ШОС Леонидом Слуцким.", "Леонид Слуцкий", "official", "SCO"},
		{"Председатель ЦИК Армении встретился с руководителем миссии наблюдателей от СНГ за выборами депутатов Сергеем Лебедевым.", "Сергей Лебедев", "head", "CIS"},
		{"Делегация ЦИК Азербайджана отправится в Молдову. Делегацию возглавит председатель избирательной комиссии Мазахир Панахов.", "Мазахир Панахов", "chairman", "AZ/CEC"},
		// surnames that do not decline
		{"Председатель ЦИК Армении вручил медаль председателю ЦИК Грузии Ираклию Кобахидзе.", "Ираклий Кобахидзе", "chairman", "GE/CEC"},
		{"Состоялась встреча с председателем ЦИК Грузии Георгием Маргвелашвили.", "Георгий Маргвелашвили", "chairman", "GE/CEC"},
		{"Состоялась встреча с членом ЦИК Украины Андреем Петренко.", "Андрей Петренко", "member", "UA/CEC"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			d := extractText(t, tt.text)
			require.Len(t, d.Persons, 1, "%v", personNames(d))
			p := d.Persons[0]
			assert.Equal(t, tt.want, p.Name)
			assert.Equal(t, tt.title, p.Title)
			if tt.org != "" {
				assert.Equal(t, tt.org, p.Org)
			}
			assert.Equal(t, tt.text[p.Start:p.End] != "", true)
		})
	}
}

func TestInitialMergesWithFullName(t *testing.T) {
	d := extractText(t, "Председатель ЦИК РК Куандык Турганкулов открыл встречу. К. Турганкулов отметил важность обмена опытом.")
	assert.Equal(t, []string{"Куандык Турганкулов"}, personNames(d))
	require.Len(t, d.Persons, 1)
	assert.Equal(t, []string{"К. Турганкулов"}, d.Persons[0].Aliases)
}

func TestHeadsOfStateAndAuthorsAreNotPersons(t *testing.T) {
	d := extractText(t, "В рамках реформы, инициированной Президентом Казахстана К.К. Токаевым, ЦИК провел семинар.")
	assert.Empty(t, d.Persons)
}

// TestMemorandumStatus: signed, proposed and planned, and the home body as
// the implicit party.
func TestMemorandumStatus(t *testing.T) {
	tests := []struct {
		text    string
		parties []string
		status  string
		year    int
	}{
		{"Ранее были подписаны меморандумы с центральными избирательными комиссиями Республики Кореи и Латвийской Республики.", []string{"KR/CEC", "KZ/CEC"}, "signed", 0},
		{"Глава Центризбиркома предложил рассмотреть возможность подписания меморандума с ЦИК Монголии.", []string{"KZ/CEC", "MN/CEC"}, "proposed", 0},
		{"ЦИК РК и ЦИК Грузии договорились подписать меморандум о сотрудничестве.", []string{"GE/CEC", "KZ/CEC"}, "planned", 0},
		{"В 2023 году ЦКР РК и ЦКВР Таджикистана подписали меморандум о взаимопонимании.", []string{"KZ/CEC", "TJ/CEC"}, "signed", 2023},
		{"The Election Commission of India signed a memorandum of understanding with the Central Election Commission of Kyrgyzstan.", []string{"IN/CEC", "KG/CEC"}, "signed", 0},
	}
	for _, tt := range tests {
		t.Run(tt.status, func(t *testing.T) {
			d := extractText(t, tt.text)
			var got *graph.Fact
			for k := range d.Facts {
				if d.Facts[k].Type == graph.Memorandum && d.Facts[k].Parties[0] == tt.parties[0] && d.Facts[k].Parties[1] == tt.parties[1] {
					got = &d.Facts[k]
				}
			}
			require.NotNil(t, got, "%+v", d.Facts)
			assert.Equal(t, tt.status, got.Status)
			assert.Equal(t, tt.year, got.Year)
			require.NotEmpty(t, got.Evidence)
			assert.Equal(t, "memorandum", got.Evidence[0].Rule)
		})
	}
}

func TestBodiesFromEnumerationAndAdjectives(t *testing.T) {
	d := extractText(t, "Нурлан Абдиров провел встречи с главами избирательных органов Индии, Бутана, Ирландии. Он поблагодарил японских коллег.")
	assert.Subset(t, d.Bodies, []string{"IN/CEC", "BT/CEC", "IE/CEC", "JP/CEC"})
}

func TestDates(t *testing.T) {
	d := extractText(t, "Выборы 2024 года прошли спокойно. 27 октября т.г. ЦИК Узбекистана принял делегацию ЦИК Казахстана.")
	require.NotEmpty(t, d.Facts)
	assert.Equal(t, "2024-10-27", d.Facts[0].Date)
}

func TestAwardActiveAndPassive(t *testing.T) {
	tests := []struct{ text, from, to string }{
		{"Председатель ЦИК РК Нурлан Абдиров вручил Бахтиёру Худоерзоде медаль «За вклад в развитие системы избирательных органов».", "KZ/CEC", "Бахтиёр Худоерзода"},
		{"Председатель ЦКВР Таджикистана Бахтиёр Худоерзода награжден нагрудным знаком «Почетный работник» Центральной избирательной комиссии Республики Казахстан.", "KZ/CEC", "Бахтиёр Худоерзода"},
	}
	for _, tt := range tests {
		d := extractText(t, tt.text)
		var got []graph.Fact
		for _, f := range d.Facts {
			if f.Type == graph.Award {
				got = append(got, f)
			}
		}
		require.Len(t, got, 1, "%+v", d.Facts)
		assert.Equal(t, tt.from, got[0].From)
		assert.Equal(t, tt.to, got[0].To)
	}
}

func TestRelativeYears(t *testing.T) {
	e, err := New(Options{HomeCountry: "KZ"})
	require.NoError(t, err)
	d := e.Extract(Input{ID: "t", Published: "2025-02-10", Text: "12 декабря прошлого года ЦИК Узбекистана принял делегацию ЦИК Казахстана. 27 октября т.г. ЦИК Узбекистана принял делегацию ЦИК Кыргызстана."})
	dates := map[string]string{}
	for _, f := range d.Facts {
		dates[f.Parties[0]+"+"+f.Parties[1]] = f.Date
	}
	assert.Equal(t, "2024-12-12", dates["KZ/CEC+UZ/CEC"])
	assert.Equal(t, "2025-10-27", dates["KG/CEC+UZ/CEC"])
	// without the article's date a «last year» is unknown, never invented
	d = e.Extract(Input{ID: "t", Text: "12 декабря прошлого года ЦИК Узбекистана принял делегацию ЦИК Казахстана."})
	require.Len(t, d.Facts, 1)
	assert.Equal(t, "", d.Facts[0].Date)
}
