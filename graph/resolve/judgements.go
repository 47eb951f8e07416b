package resolve

import "github.com/cecgraph/cecgraph/graph"

// WithJudgements returns overrides that hold ov's judgements and the same
// and not-same judgements among js (the analyst's judgements, folded into
// person resolution); nil when there are none at all. ov is not changed.
func WithJudgements(ov *Overrides, js []graph.Judgement) *Overrides {
	out := &Overrides{}
	if ov != nil {
		out.Persons.Same = append(out.Persons.Same, ov.Persons.Same...)
		out.Persons.NotSame = append(out.Persons.NotSame, ov.Persons.NotSame...)
		out.Persons.Preferred = ov.Persons.Preferred
	}
	for _, j := range js {
		switch j.Kind {
		case graph.JudgeSame:
			out.Persons.Same = append(out.Persons.Same, j.Names)
		case graph.JudgeNotSame:
			out.Persons.NotSame = append(out.Persons.NotSame, j.Names)
		}
	}
	if ov == nil && len(out.Persons.Same)+len(out.Persons.NotSame) == 0 {
		return nil
	}
	return out
}
