package extract

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// FuzzExtract: the extractor never panics, every evidence offset lies
// inside the text and points at its sentence, and the Document is valid JSON.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Ранее были подписаны меморандумы с центральными избирательными комиссиями Республики Кореи и Латвийской Республики.",
		"Председатель ЦИК РК Нурлан Абдиров принял председателя ЦКВР Таджикистана Бахтиёра Худоерзоду и вручил ему медаль «За вклад».",
		"По приглашению ЦИК Индии делегация ЦИК РА приняла участие в конференции в Нью-Дели. К. Турганкулов отметил.",
		"АСТАНА, 18 мар – Представители ЦИК Казахстана наблюдали за выборами в Австрии, Венгрии и США.",
		"ОО «Центр непартийного наблюдения» (ЦНН) провел мониторинг. ЦНН сообщил.",
		"The Election Commission of India signed an MoU with CEC-Uzbekistan on Friday.",
		"", "ЦИК", "(", "«", "ЦИК ( РК", "Ин-шиком Джангом", "1.2.3 мая 2024-",
	} {
		f.Add(s)
	}
	e, err := New(Options{HomeCountry: "KZ"})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := e.Extract(Input{ID: "fuzz", Text: s, Published: "2024-10-05"})
		for _, fact := range d.Facts {
			for _, ev := range fact.Evidence {
				if ev.Start < 0 || ev.End > len(s) || ev.Start > ev.End || s[ev.Start:ev.End] != ev.Sentence {
					t.Fatalf("evidence %d..%d does not point at its sentence", ev.Start, ev.End)
				}
			}
		}
		for _, p := range d.Persons {
			if p.Start < 0 || p.End > len(s) || p.Start > p.End {
				t.Fatalf("person offsets %d..%d outside the text", p.Start, p.End)
			}
		}
		raw, err := json.Marshal(d)
		if err != nil || !json.Valid(raw) {
			t.Fatalf("document is not valid JSON: %v", err)
		}
	})
}
