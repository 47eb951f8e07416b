#!/usr/bin/env bash
# make eval: scores bin/cecgraph on the shared corpus with ../shared/eval/sets.sh — one aggregate
# line per set (dev, check) and language, never per-article detail for check.
# EVAL_VERBOSE=1 adds score.py's per-article detail for the dev set only.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shared="${1:-../shared}"
if [[ ! -f "$shared/eval/sets.sh" ]]; then
  echo "eval: $shared/eval/sets.sh not found; the evaluation corpus lives beside the repo in ../shared" >&2
  exit 1
fi
bash "$shared/eval/sets.sh" bin/cecgraph
if [[ -n "${EVAL_VERBOSE:-}" ]]; then
  out="$(mktemp)"
  trap 'rm -f "$out"' EXIT
  dev="$shared/corpus/dev"
  bin/cecgraph extract --format jsonl "$dev"/*.txt > "$out"
  python3 "$shared/eval/score.py" "$dev" --system "$out" --verbose
fi
