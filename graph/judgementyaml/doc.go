// Package judgementyaml reads and writes the judgement file: a YAML list of
// analysts' corrections (graph.Judgement), one entry each with kind,
// target, who, when and why, that an analyst keeps under version control
// and loads with cecgraph load --judgements.
package judgementyaml
