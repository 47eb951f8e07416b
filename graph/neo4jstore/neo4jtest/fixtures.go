package neo4jtest

import "github.com/cecgraph/cecgraph/graph"

// Documents returns two hand-written articles (our own sentences) for
// integration tests:
//
//	kz-1 (2024-03-01): KZ/CEC signed a memorandum with KR/CEC (2023), proposed
//	  one to UZ/CEC and one to JP/CEC (2024); Нурлан Абдиров chairs KZ/CEC;
//	  CIS observed the 2024 election in KG; KZ/CEC invited OSCE; UZ/CEC took
//	  part in a forum in KZ organised by A-WEB.
//	kz-2 (2024-04-10): KZ/CEC and KR/CEC signed again (a second report),
//	  KZ/CEC and UZ/CEC signed (2024), KZ/CEC and OSCE plan a memorandum;
//	  KR/CEC and UZ/CEC signed one (no KZ party); KZ/CEC gave an award to
//	  Иван Петров; KZ/CEC met JP/GOV.
//
// The memoranda report for KZ over both is, ordered by partner:
// JP JP/CEC proposed 2024 1; KR KR/CEC signed 2023 2; OSCE OSCE planned - 1;
// UZ UZ/CEC signed 2024 2.
func Documents() []graph.Document {
	ev := func(sentence, rule string) []graph.Evidence {
		return []graph.Evidence{{Sentence: sentence, Start: 0, End: len(sentence), Rule: rule}}
	}
	return []graph.Document{
		{
			ID: "kz-1", Path: "testdata/kz-1.txt", URL: "https://example.org/kz-1", Title: "ЦИК Казахстана и партнёры",
			Published: "2024-03-01", Language: "ru", SHA256: "aaa1", ExtractorVersion: "test",
			Countries:     []string{"KZ", "KR", "UZ", "JP", "KG"},
			Bodies:        []string{"KZ/CEC", "KR/CEC", "UZ/CEC", "JP/CEC"},
			Organizations: []string{"CIS", "OSCE", "A-WEB"},
			Entities: []graph.Entity{
				{Key: "KZ", Kind: graph.KindCountry, Name: "Казахстан"},
				{Key: "KR", Kind: graph.KindCountry, Name: "Республика Корея"},
				{Key: "KZ/CEC", Kind: graph.KindBody, Name: "ЦИК Республики Казахстан"},
				{Key: "KR/CEC", Kind: graph.KindBody, Name: "НИК Республики Корея"},
				{Key: "CIS", Kind: graph.KindOrganization, Name: "Содружество Независимых Государств"},
			},
			Persons: []graph.Person{
				{Name: "Нурлан Абдиров", Title: "chairman", Org: "KZ/CEC", Aliases: []string{"Н. Абдиров"}},
			},
			Facts: []graph.Fact{
				{Type: graph.Memorandum, Parties: []string{"KZ/CEC", "KR/CEC"}, Status: graph.StatusSigned, Year: 2023,
					Evidence: ev("ЦИК Казахстана и НИК Кореи подписали меморандум о сотрудничестве в 2023 году.", "memo_signed")},
				{Type: graph.Memorandum, Parties: []string{"KZ/CEC", "UZ/CEC"}, Status: graph.StatusProposed,
					Evidence: ev("Казахстанская сторона предложила ЦИК Узбекистана заключить меморандум.", "memo_proposed")},
				{Type: graph.Memorandum, Parties: []string{"KZ/CEC", "JP/CEC"}, Status: graph.StatusProposed, Year: 2024,
					Evidence: ev("ЦИК Казахстана предложил японским коллегам подписать меморандум в 2024 году.", "memo_proposed")},
				{Type: graph.Observation, Observer: "CIS", Country: "KG", Year: 2024,
					Evidence: ev("Наблюдатели СНГ следили за выборами в Кыргызстане.", "observation")},
				{Type: graph.Invitation, From: "KZ/CEC", To: "OSCE", Purpose: "observation", Date: "2024-02-20",
					Evidence: ev("ЦИК пригласил ОБСЕ направить наблюдателей.", "invitation")},
				{Type: graph.Participation, Party: "UZ/CEC", Event: "Астанинский избирательный форум", Country: "KZ", Organizers: []string{"A-WEB"},
					Evidence: ev("Делегация ЦИК Узбекистана приняла участие в форуме в Астане.", "participation")},
			},
		},
		{
			ID: "kz-2", Path: "testdata/kz-2.txt", Title: "Новые меморандумы",
			Published: "2024-04-10", Language: "ru", SHA256: "aaa2", ExtractorVersion: "test",
			Countries:     []string{"KZ", "KR", "UZ", "JP"},
			Bodies:        []string{"KZ/CEC", "KR/CEC", "UZ/CEC"},
			Organizations: []string{"OSCE"},
			Entities: []graph.Entity{
				{Key: "UZ/CEC", Kind: graph.KindBody, Name: "ЦИК Республики Узбекистан"},
				{Key: "JP/GOV", Kind: graph.KindGovernment, Name: "Посольство Японии"},
			},
			Persons: []graph.Person{
				{Name: "Нурлан Абдиров", Title: "chairman", Org: "KZ/CEC", Aliases: []string{"Абдиров"}},
			},
			Facts: []graph.Fact{
				{Type: graph.Memorandum, Parties: []string{"KR/CEC", "KZ/CEC"}, Status: graph.StatusSigned,
					Evidence: ev("Напомним, меморандум с корейской комиссией был подписан ранее.", "memo_signed")},
				{Type: graph.Memorandum, Parties: []string{"KZ/CEC", "UZ/CEC"}, Status: graph.StatusSigned, Year: 2024,
					Evidence: ev("В 2024 году ЦИК Казахстана и Узбекистана подписали меморандум.", "memo_signed")},
				{Type: graph.Memorandum, Parties: []string{"KZ/CEC", "OSCE"}, Status: graph.StatusPlanned,
					Evidence: ev("Стороны планируют подписать меморандум с ОБСЕ.", "memo_planned")},
				{Type: graph.Memorandum, Parties: []string{"KR/CEC", "UZ/CEC"}, Status: graph.StatusSigned, Year: 2022,
					Evidence: ev("Ранее комиссии Кореи и Узбекистана подписали меморандум.", "memo_signed")},
				{Type: graph.Award, From: "KZ/CEC", To: "Иван Петров", Award: "нагрудный знак",
					Evidence: ev("Ивану Петрову вручили нагрудный знак ЦИК.", "award")},
				{Type: graph.Meeting, Parties: []string{"KZ/CEC", "JP/GOV"}, Date: "2024-04-09",
					Evidence: ev("В ЦИК состоялась встреча с послом Японии.", "meeting")},
			},
		},
	}
}
