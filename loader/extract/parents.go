package extract

import (
	"strings"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/gazetteer"
	"github.com/cecgraph/cecgraph/loader/text"
)

// ParentNameFilter makes a youth commission a public association (no
// election body), and drops the mention of an organisation that only
// qualifies states («государств – членов ЕС») or completes the name of its
// own sub-body just before it: «Бюро по
// демократическим институтам и правам человека (БДИПЧ) Организации по
// безопасности и сотрудничеству в Европе (ОБСЕ)» names ODIHR, not also the
// OSCE (GOLD.md: a sub-body gets its own key and not its parent's, unless
// the text names the parent on its own).
type ParentNameFilter struct{}

// parentOrganisations maps the keys of organisations' sub-bodies to the
// keys of the organisations whose names complete theirs. Facts: the
// organisations' own structure (ODIHR, the OSCE Parliamentary Assembly and
// the High Commissioner on National Minorities are institutions of the
// OSCE; the CIS Inter-Parliamentary Assembly and the CIS Executive bodies
// of the CIS; the European Parliament of the EU; PACE and the Venice
// Commission of the Council of Europe; the parliamentary assemblies of
// NATO, the CSTO and the Union State of their organisations).
var parentOrganisations = map[string]string{
	"ODIHR": "OSCE", "OSCE-PA": "OSCE", "OSCE-HCNM": "OSCE",
	"CIS-IPA": "CIS", "IIMDD": "CIS-IPA",
	"EP":   "EU",
	"PACE": "COE", "VENICE": "COE",
	"NATO-PA": "NATO", "CSTO-PA": "CSTO", "UNION-STATE-PA": "UNION-STATE",
}

// assemblyOf maps an organisation's key to the key of its parliamentary
// assembly (the facts of parentOrganisations read the other way, and the
// Turkic states' assembly).
var assemblyOf = map[string]string{"OSCE": "OSCE-PA", "CIS": "CIS-IPA", "CSTO": "CSTO-PA", "COE": "PACE", "NATO": "NATO-PA", "UNION-STATE": "UNION-STATE-PA", "OTS": "TURKPA"}

// Run removes such mentions.
func (ParentNameFilter) Run(a *Analysis) {
	defer a.sharedAssemblyHead()
	for i := range a.Sentences {
		toks := a.Sentences[i].Tokens
		ms := a.Mentions[i]
		keep := ms[:0:0]
		var last *Mention // the last organisation mention kept
		for x := range ms {
			m := ms[x]
			if m.Kind == graph.KindOrganization && last != nil && parentOrganisations[last.Key] == m.Key && nameGoesOn(toks[last.Tok1:m.Tok0]) && !a.titleBetween(i, last.Tok1, m.Tok0) {
				// (not «с директором БДИПЧ ОБСЕ X и генеральным секретарем
				// ОБСЕ Y»: another officer's title names the parent itself)
				continue
			}
			if m.Kind == graph.KindSubBody && youthCommission(toks, m) {
				// «Молодежная избирательная комиссия Ленинградской области»,
				// "the Youth Election Commission": a school of elections, no
				// election body; a public association of its country
				if name, ok := strings.CutPrefix(m.Key, graph.CountryOf(m.Key)+"/SUB:"); ok {
					m.Kind, m.Key = graph.KindNGO, graph.NGOKey(graph.CountryOf(m.Key), name)
				}
			}
			if m.Kind == graph.KindOrganization && !electoralAssociations[m.Key] && memberStatesOf(toks, m.Tok0) {
				// «послы нескольких государств – членов ЕС», "member states
				// of the EU": the states, not the organisation
				continue
			}
			keep = append(keep, m)
			last = nil
			if m.Kind == graph.KindOrganization {
				last = &keep[len(keep)-1]
			}
		}
		a.Mentions[i] = keep
	}
}

// titleBetween reports a person's title starting among tokens [from, to)
// of sentence i.
func (a *Analysis) titleBetween(i, from, to int) bool {
	for _, dm := range a.dict[i] {
		if dm.Start >= from && dm.Start < to && dm.Entry.Kind == gazetteer.Title {
			return true
		}
	}
	return false
}

// nameGoesOn reports whether the tokens between two mentions may be the
// rest of one name: nothing, or up to twelve words and brackets that open
// with a bracket or a capital («(БДИПЧ) Организации по безопасности и
// сотрудничеству в Европе (»), with no comma or stop between and no
// conjunction right after the first («БДИПЧ и ОБСЕ» names both; «главу
// миссии БДИПЧ вместе с представителями ОБСЕ» too). (A mention of another kind between breaks
// the name: «МПА СНГ по наблюдению за выборами Президента Таджикистана с
// миссией СНГ» names another CIS body; ParentNameFilter only compares
// neighbouring mentions.)
func nameGoesOn(gap []text.Token) bool {
	if len(gap) > 12 || len(gap) > 0 && gap[0].Text != ")" && !gap[0].IsUpper() {
		return false
	}
	for k, t := range gap {
		switch {
		case t.Text == "(" || t.Text == ")":
		case t.Kind == text.Word && !(isConj(t) && k == 0):
		default:
			return false
		}
	}
	return true
}

// memberStatesOf reports the words «государств – членов», «стран –
// членов», "member states of (the)", "member countries from" right
// before token t. (An association
// of election bodies keeps its mention: «органов государств – членов
// A-WEB» speaks of it.)
func memberStatesOf(toks []text.Token, t int) bool {
	k := t - 1
	if k >= 0 && toks[k].Fold == "the" {
		k--
	}
	if k >= 2 && (toks[k].Fold == "of" || toks[k].Fold == "from") && contains([]string{"states", "countries", "nations"}, toks[k-1].Fold) && toks[k-2].Fold == "member" {
		return true // ("several member countries from the Arab League")
	}
	if k < 0 || !strings.HasPrefix(toks[k].Fold, "член") {
		return false
	}
	k--
	if k >= 0 && isDash(toks[k]) {
		k--
	}
	return k >= 0 && hasAnyPrefix(toks[k].Fold, []string{"государств", "стран"})
}

// youthCommission reports a commission mention m whose name, or the word
// right before it, says it is a youth one («Молодежная избирательная
// комиссия», «молодежного избиркома», "Youth Election Commission").
func youthCommission(toks []text.Token, m Mention) bool {
	for k := max(0, m.Tok0-1); k < m.Tok1 && k < len(toks); k++ {
		if hasAnyPrefix(toks[k].Fold, []string{"молодежн", "молодёжн", "youth"}) {
			return true
		}
	}
	return false
}

// sharedAssemblyHead reads «ПА СНГ», «ПА Совета Европы» as the
// organisations' parliamentary assemblies, and gives the organisations
// listed after a plural
// «Парламентские ассамблеи ОБСЕ, СНГ и ОДКБ», "the parliamentary
// assemblies of the OSCE, the CIS and the CSTO" the key of their own
// assembly: the head is said once for all of them.
func (a *Analysis) sharedAssemblyHead() {
	for i := range a.Sentences {
		toks := a.Sentences[i].Tokens
		ms := a.Mentions[i]
		for x := range ms {
			if m := &ms[x]; m.Kind == graph.KindOrganization && m.Tok0 > 0 && (toks[m.Tok0-1].Text == "ПА" || toks[m.Tok0-1].Text == "PA") {
				// «ПА СНГ», «ПА Совета Европы»: the organisation's
				// parliamentary assembly
				if pa, ok := assemblyOf[m.Key]; ok {
					m.Key, m.Tok0 = pa, m.Tok0-1
					span(a.Sentences[i], m)
				}
			}
		}
		for x := range ms {
			m := ms[x]
			if m.Kind != graph.KindOrganization || m.Tok1-m.Tok0 < 2 {
				continue
			}
			head := toks[m.Tok0].Fold + " " + toks[m.Tok0+1].Fold
			if !strings.HasPrefix(head, "парламентские ассамбле") && !strings.HasPrefix(head, "парламентских ассамбле") && !strings.HasPrefix(head, "parliamentary assemblies") && !(toks[m.Tok0].Fold == "the" && m.Tok1-m.Tok0 > 2 && strings.HasPrefix(toks[m.Tok0+1].Fold+" "+toks[m.Tok0+2].Fold, "parliamentary assemblies")) {
				continue
			}
			last := m.Tok1
			for y := x + 1; y < len(ms); y++ {
				n := &ms[y]
				if n.Kind != graph.KindOrganization || !listGap(toks[last:n.Tok0]) {
					break
				}
				pa, ok := assemblyOf[n.Key]
				if !ok {
					break // «ассамблей ОБСЕ и Совета Европы, БДИПЧ ОБСЕ и СНГ»: another list's items
				}
				last = n.Tok1
				n.Key = pa
			}
		}
	}
}
