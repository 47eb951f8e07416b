#!/usr/bin/env bash
# make eval: extracts ../shared/corpus/dev and scores it with ../shared/eval/score.py.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shared="${1:-../shared}"
dev="$shared/corpus/dev"
if [[ ! -d "$dev" ]]; then
  echo "eval: $dev not found; the evaluation corpus lives beside the repo in ../shared" >&2
  exit 1
fi
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
bin/cecgraph extract --format jsonl "$dev"/*.txt > "$out"
python3 "$shared/eval/score.py" "$dev" --system "$out" ${EVAL_VERBOSE:+--verbose}
