#!/usr/bin/env python3
"""How many of the review queue's facts are wrong by the gold files.

usage: review-eval.py GOLD_DIR [--limit N] [--cecgraph bin/cecgraph]

Runs `cecgraph report review --limit N` against the graph the configuration
points at (load GOLD_DIR's articles into it first), and for each fact in the
queue asks whether any article that reports it has a gold fact equal to it
(compared as ../shared/eval/score.py compares facts: type and parties, not
attributes). A fact no reporting article's gold has is wrong. For comparison
it prints the same share for every fact of the graph and for the N most
confident ones.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys


def cecgraph(binary, *args):
    out = subprocess.run([binary, *args, "--format", "json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def fact_of_key(key):
    """The gold-schema fact that a graph fact key stands for."""
    key = key.split("@", 1)[0]
    t, *rest = key.split("|")
    if t in ("memorandum", "meeting"):
        return {"type": t, "parties": rest[0].split("+")}
    if t == "observation":
        return {"type": t, "observer": rest[0], "country": rest[1]}
    if t == "invitation":
        return {"type": t, "from": rest[0], "to": rest[1], "purpose": rest[2]}
    if t == "award":
        return {"type": t, "from": rest[0], "to": rest[1]}
    if t == "participation":
        return {"type": t, "party": rest[0], "country": rest[-1]}
    return {"type": t}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument("--cecgraph", default="bin/cecgraph")
    ap.add_argument("--score", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "score.py"))
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", a.score)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = score.load_gold([a.gold])

    facts = cecgraph(a.cecgraph, "query",
                     "MATCH (f:Fact)-[:REPORTED_IN]->(a:Article) WHERE NOT f:Rejected "
                     "RETURN f.key AS key, f.confidence AS confidence, collect(a.key) AS articles")
    arts = {f["key"]: f["articles"] for f in facts}

    def wrong(key):
        fact = fact_of_key(key)
        return not any(score.fact_equal(g, fact) for art in arts.get(key, []) for g in (gold.get(art) or {}).get("facts") or [])

    queue = cecgraph(a.cecgraph, "report", "review", "--limit", str(a.limit))
    for row in queue:
        print(f"{'WRONG' if wrong(row['fact']) else 'ok   '}  {row['confidence']:.2f}  {row['fact']}")
    n_wrong = sum(wrong(r["fact"]) for r in queue)
    everything = sum(wrong(f["key"]) for f in facts)
    top = sorted(facts, key=lambda f: (-(f["confidence"] or 0), f["key"]))[: a.limit]
    print(f"review queue, top {len(queue)}: {n_wrong} wrong by the gold ({100 * n_wrong / max(len(queue), 1):.0f}%)")
    print(f"all {len(facts)} facts: {everything} wrong ({100 * everything / max(len(facts), 1):.0f}%)")
    print(f"the {len(top)} most confident: {sum(wrong(f['key']) for f in top)} wrong")


if __name__ == "__main__":
    sys.exit(main())
