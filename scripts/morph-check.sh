#!/usr/bin/env bash
# make morph-check: measures the suffix model (text.MatchKeys, givenNameForm, the person-name
# nominative, adjectiveStem/isAdjective, instrumentalAt, nominativeTitle) against the OpenCorpora
# dictionary. Installs pymorphy3 and its Russian dictionary into a throwaway venv, writes every
# case form of our words and of sampled dictionary lemmas to $CECGRAPH_MORPH_DIR/forms.tsv
# (scripts/morph-forms.py), then runs the Go tests built with the morphcheck tag, which print the
# figures. A measurement: it fails only when the data is missing or malformed. Not part of make test.
# CECGRAPH_MORPH_DIR defaults to .cache/morph; MORPH_RUN narrows the tests (a go test -run pattern).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir="${CECGRAPH_MORPH_DIR:-.cache/morph}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
if [[ ! -x "$dir/venv/bin/python" ]]; then
  python3 -m venv "$dir/venv"
fi
"$dir/venv/bin/pip" install --quiet --disable-pip-version-check pymorphy3 pymorphy3-dicts-ru
if [[ ! -s "$dir/forms.tsv" || scripts/morph-forms.py -nt "$dir/forms.tsv" || -n "${MORPH_REGEN:-}" ]]; then
  "$dir/venv/bin/python" scripts/morph-forms.py . "$dir"
fi
CECGRAPH_MORPH_DIR="$dir" go test -tags morphcheck -count=1 -v -run "${MORPH_RUN:-TestMorph}" \
  ./loader/text ./loader/gazetteer ./loader/extract
