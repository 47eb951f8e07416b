package extract

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/text"
)

// hasStem reports whether sentence i has a token whose stem starts with one
// of the prefixes.
func (a *Analysis) hasStem(i int, prefixes ...string) bool {
	return a.findStem(i, 0, prefixes...) >= 0
}

// findStem returns the index of the first token at or after from whose
// folded form starts with one of the prefixes, or -1.
func (a *Analysis) findStem(i, from int, prefixes ...string) int {
	toks := a.Sentences[i].Tokens
	for j := from; j < len(toks); j++ {
		if toks[j].Kind != text.Word {
			continue
		}
		for _, p := range prefixes {
			if strings.HasPrefix(toks[j].Fold, p) {
				return j
			}
		}
	}
	return -1
}

// actors returns the distinct actor keys of sentence i in order of mention.
func (a *Analysis) actors(i int) []Mention {
	var out []Mention
	seen := map[string]bool{}
	for _, m := range a.Mentions[i] {
		if m.Key == "" || seen[m.Key] {
			continue
		}
		switch m.Kind {
		case graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment, graph.KindNGO:
			seen[m.Key] = true
			out = append(out, m)
		}
	}
	return out
}

// homeBody is the home country's national electoral body.
func (a *Analysis) homeBody() string { return graph.BodyKey(a.Home) }

// years returns the distinct four-digit years written in sentence i.
func (a *Analysis) years(i int) []int {
	var out []int
	seen := map[int]bool{}
	for _, t := range a.Sentences[i].Tokens {
		if t.Kind != text.Number || len(t.Text) != 4 {
			// «2024-й», «2024-м»
			if t.Kind == text.Word && len(t.Text) > 5 && t.Text[4] == '-' {
				if y, err := strconv.Atoi(t.Text[:4]); err == nil && y >= 1990 && y <= 2100 {
					if !seen[y] {
						seen[y] = true
						out = append(out, y)
					}
				}
			}
			continue
		}
		y, err := strconv.Atoi(t.Text)
		if err != nil || y < 1990 || y > 2100 {
			continue
		}
		if !seen[y] {
			seen[y] = true
			out = append(out, y)
		}
	}
	return out
}

// evidence builds the evidence of a fact stated by sentence i.
func (a *Analysis) evidence(i int, rule string) []graph.Evidence {
	s := a.Sentences[i]
	return []graph.Evidence{{Sentence: s.Text, Start: s.Start, End: s.End, Rule: rule}}
}

// emit adds a fact, merging it with an earlier one of the same key.
func (a *Analysis) emit(f graph.Fact) {
	if f.Type == graph.Memorandum || f.Type == graph.Meeting {
		sort.Strings(f.Parties)
		if len(f.Parties) != 2 || f.Parties[0] == f.Parties[1] {
			return
		}
	}
	for k := range a.Doc.Facts {
		o := &a.Doc.Facts[k]
		if o.Identity() != f.Identity() {
			continue
		}
		if o.Type == graph.Meeting && o.Date != "" && f.Date != "" && o.Date != f.Date {
			continue
		}
		o.Evidence = append(o.Evidence, f.Evidence...)
		if o.Year == 0 {
			o.Year = f.Year
		}
		if o.Date == "" {
			o.Date = f.Date
		}
		if o.Type == graph.Memorandum && graph.StatusRank(f.Status) > graph.StatusRank(o.Status) {
			o.Status = f.Status
		}
		return
	}
	a.Doc.Facts = append(a.Doc.Facts, f)
}

// MemorandumRule finds memoranda and agreements of cooperation: «Ранее были
// подписаны меморандумы … с центральными избирательными комиссиями
// Республики Кореи, Российской Федерации …» (one fact per partner, the home
// body as the implicit other party), «предложил рассмотреть возможность
// подписания меморандума» (proposed), «договорились подписать» (planned).
type MemorandumRule struct{}

// Name is the rule's name in evidence.
func (MemorandumRule) Name() string { return "memorandum" }

var (
	memorandumWords = []string{"меморандум", "memorand", "mou"}
	agreementWords  = []string{"соглашени", "agreement", "договор о сотрудн"}
	proposedWords   = []string{"предлож", "предлага", "рассмотреть", "рассмотрен", "инициатив", "propos", "suggest", "offered"}
	plannedWords    = []string{"планир", "планах", "договорил", "намерен", "намечен", "предстоит", "будет подписан", "будут подписаны", "проект", "подготов", "готовятся", "plan", "agreed", "will sign", "intend", "draft", "prepar"}
	bothSidesWords  = []string{"стороны", "сторонами", "сторон", "both", "two", "the parties", "the sides"}
	relativeDay     = []string{"сегодня", "вчера", "понедельник", "вторник", "среду", "четверг", "пятниц", "субботу", "воскресенье", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

// Run adds memorandum facts.
func (r MemorandumRule) Run(a *Analysis) {
	for i := range a.Sentences {
		if !a.hasStem(i, memorandumWords...) {
			j := a.findStem(i, 0, agreementWords...)
			if j < 0 || !a.hasStem(i, "сотрудн", "cooperat", "взаимопоним") {
				continue
			}
		}
		status := graph.StatusSigned
		switch {
		case a.hasPhrase(i, plannedWords...):
			status = graph.StatusPlanned
		case a.hasPhrase(i, proposedWords...):
			status = graph.StatusProposed
		}
		if a.hasPhrase(i, "подписан", "подписал", "signed", "в рамках", "under the") && !a.hasPhrase(i, "подписания", "подписать", "to sign") {
			status = graph.StatusSigned
		}
		actors := a.actors(i)
		parties := a.partyPairs(i, actors)
		ys := a.years(i)
		year := 0
		if len(ys) == 1 && len(parties) == 1 {
			year = ys[0]
		} else if len(ys) == 0 && status == graph.StatusSigned && a.Year != 0 && a.hasPhrase(i, relativeDay...) {
			year = a.Year
		}
		for _, p := range parties {
			a.emit(graph.Fact{Type: graph.Memorandum, Parties: []string{p[0], p[1]}, Status: status, Year: year, Evidence: a.evidence(i, r.Name())})
		}
	}
}

// hasPhrase reports whether the folded sentence contains one of the
// phrases as a word prefix.
func (a *Analysis) hasPhrase(i int, phrases ...string) bool {
	f := a.folded(i)
	starts := a.wordStarts(i)
	for _, p := range phrases {
		if len(p) < 2 {
			continue
		}
		for _, w := range starts {
			if int(w)+len(p) <= len(f) && f[w] == p[0] && f[w+1] == p[1] && f[int(w):int(w)+len(p)] == p {
				return true
			}
		}
	}
	return false
}

// wordStarts lists the byte positions of word starts in folded sentence i
// (after a space, an opening quote or a bracket); it is computed once per
// sentence and shared by every rule.
func (a *Analysis) wordStarts(i int) []int32 {
	if a.wordIndex == nil {
		a.wordIndex = make([][]int32, len(a.Sentences))
	}
	if a.wordIndex[i] != nil {
		return a.wordIndex[i]
	}
	f := a.folded(i)
	starts := make([]int32, 0, 32)
	for k := 1; k+1 < len(f); k++ {
		if f[k]&0xC0 == 0x80 {
			continue // inside a rune
		}
		if k == 1 || boundaryBefore(f, k) {
			starts = append(starts, int32(k))
		}
	}
	a.wordIndex[i] = starts
	return starts
}

// folded returns sentence i folded for phrase search, with a leading
// space. The whole text is folded once; a sentence is a slice of it when
// folding kept every byte length, as it does for Russian and English.
func (a *Analysis) folded(i int) string {
	if a.foldedText == nil {
		a.foldedText = make([]string, len(a.Sentences))
		if all := a.foldedAll; len(all) == len(a.Text) {
			for k, s := range a.Sentences {
				if s.Start > 0 {
					// the byte before a sentence is the space or line break that
					// ends the one before: a word boundary, as the leading space is
					a.foldedText[k] = all[s.Start-1 : s.End]
				}
			}
		}
	}
	if a.foldedText[i] == "" {
		a.foldedText[i] = " " + text.Fold(a.Sentences[i].Text)
	}
	return a.foldedText[i]
}

// partyPairs decides who a bilateral fact in sentence i is between: the home
// body (named, or implied as the subject) and every other actor; or, with
// two foreign actors and no home body, those two; or, for «стороны», the
// two actors of the previous sentence.
func (a *Analysis) partyPairs(i int, actors []Mention) [][2]string {
	keys := make([]string, 0, len(actors))
	for _, m := range actors {
		keys = append(keys, m.Key)
	}
	if len(keys) == 0 && a.hasPhrase(i, bothSidesWords...) {
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			prev := a.actors(k)
			if len(prev) >= 2 {
				return [][2]string{{prev[0].Key, prev[1].Key}}
			}
		}
	}
	home := a.homeBody()
	anchor := ""
	for _, k := range keys {
		if k == home {
			anchor = home
			break
		}
	}
	if anchor == "" {
		// two foreign parties signing with each other, unless both are the
		// objects of «с …» (partners of the implied home body)
		if len(keys) == 2 && !a.afterWith(i, actors[0]) {
			return [][2]string{{keys[0], keys[1]}}
		}
		anchor = home
	}
	return pairAll(anchor, keys)
}

// afterWith reports whether mention m follows «с», «со» or «with».
func (a *Analysis) afterWith(i int, m Mention) bool {
	if m.Tok0 == 0 {
		return false
	}
	switch a.Sentences[i].Tokens[m.Tok0-1].Fold {
	case "с", "со", "with":
		return true
	}
	return false
}

// boundaryBefore is wordStart by bytes: a space, '"' or '(' before k, or
// the UTF-8 of «, “.
func boundaryBefore(f string, k int) bool {
	switch f[k-1] {
	case ' ', '"', '(':
		return true
	case 0xAB: // « is C2 AB
		return k >= 2 && f[k-2] == 0xC2
	case 0x9C: // “ is E2 80 9C
		return k >= 3 && f[k-3] == 0xE2 && f[k-2] == 0x80
	}
	return false
}

// wordStart reports whether the text before a position ends at a word
// boundary: a space, an opening quote or a bracket.
func wordStart(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == ' ' || r == '«' || r == '"' || r == '(' || r == '“'
}
