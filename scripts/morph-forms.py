"""Write the case forms that `make morph-check` measures cecgraph's suffix model on.

Reads our own word lists (given names, country names, title words, surnames from the tests and
home_signals.tsv) and samples OpenCorpora lemmas (surnames, adjectives, participles, nouns) through
pymorphy3 and its Russian dictionary; writes every case form of each, one a line, to
OUT/forms.tsv with the columns of HEADER. Usage: morph-forms.py REPO_ROOT OUT_DIR.

source says where the forms come from: "dict" (the lemma is in OpenCorpora), "analogy" (a surname
missing from OpenCorpora, inflected like the dictionary surname with the longest shared ending) or
"rule" (a Turkic surname in -улы/-кызы, which does not decline).
"""

import re
import sys
import zlib
from pathlib import Path

import pymorphy3

HEADER = ["class", "source", "lemma", "pos", "gender", "number", "case", "form"]
CASES = ["nomn", "gent", "datv", "accs", "ablt", "loct"]
NUMBERS = ["sing", "plur"]
SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ян", "енко", "швили", "дзе")
CYR = re.compile(r"^[А-ЯЁа-яё-]+$")

morph = pymorphy3.MorphAnalyzer()


def sample(word, every):
    """A deterministic sample: about one word in every."""
    return zlib.crc32(word.encode()) % every == 0


def cap(w):
    return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))


def lemma_parse(word, want):
    """The dictionary parse of word as a nominative lemma that has one of the tags in want."""
    for p in morph.parse(word.lower()):
        if not morph.word_is_known(word.lower()):
            return None
        if p.tag.case == "nomn" and any(t in p.tag for t in want):
            return p
    return None


def forms(p, gender=None, numbers=NUMBERS):
    """Every case form of parse p (of gender, where given) as (gender, number, case, word)."""
    out = []
    for num in numbers:
        for case in CASES:
            g = {case, num}
            if gender and num == "sing":
                g.add(gender)
            f = p.inflect(g)
            if f is None or f.tag.case != case or f.tag.number != num:
                continue
            out.append((gender or str(p.tag.gender or ""), num, case, f.word))
    return out


def emit(w, cls, source, lemma, pos, rows, title=False):
    for gender, num, case, form in rows:
        if title:
            form = cap(form)
        w.write("\t".join([cls, source, lemma, pos, gender or "-", num, case, form]) + "\n")


def own_given_names(root):
    out = []
    for line in (root / "loader/gazetteer/data/given_names.txt").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and CYR.match(line):
            out.append(line)
    return out


def own_countries(root):
    single, words = [], set()
    for line in (root / "loader/gazetteer/data/countries.tsv").read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        for name in cols[1].split("|"):
            parts = name.split()
            if len(parts) == 1:
                single.append(name)
            else:
                words.update(p for p in parts if CYR.match(p))
    return single, sorted(words)


def own_surnames(root):
    found = set()
    pat = re.compile(r"(?<![\w])[А-ЯЁ][а-яё]+(?:" + "|".join(SURNAME_ENDINGS) + r"|улы|кызы)(?![\w])")
    for f in sorted((root / "loader/extract").glob("*_test.go")):
        found.update(pat.findall(f.read_text()))
    for line in (root / "loader/gazetteer/data/home_signals.tsv").read_text().splitlines():
        cols = line.split("\t")
        if len(cols) >= 3 and cols[2] == "official" and CYR.match(cols[0]) and cols[0].endswith(SURNAME_ENDINGS):
            found.add(cap(cols[0]))
    return sorted(found)


def title_heads(root):
    heads = set()
    for line in (root / "loader/gazetteer/data/titles.tsv").read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        first = line.split("\t")[0].split()[0]
        if CYR.match(first):
            heads.add(first)
    return sorted(heads)


def main():
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    # one pass over the dictionary: surnames, adjectives, participles, nouns
    surn, adjs, prts, nouns = {}, [], [], []
    for p in morph.iter_known_word_parses():
        t = p.tag
        if t.case != "nomn" or t.number != "sing":
            continue
        if "Surn" in t and t.gender == "masc" and p.word == p.normal_form:
            surn[p.word] = p
        elif t.POS == "ADJF" and t.gender == "masc" and p.word == p.normal_form and "Apro" not in t and sample(p.word, 40):
            adjs.append(p)
        elif t.POS == "PRTF" and t.gender == "masc" and sample(p.word, 300):
            prts.append(p)
        elif t.POS == "NOUN" and p.word == p.normal_form and not ({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Fixd"} & t.grammemes) and sample(p.word, 40):
            nouns.append(p)
    by_end = {}
    for s in sorted(surn):
        for k in (4, 3, 2):
            by_end.setdefault(s[-k:], s)
    stats = {}
    path = out / "forms.tsv"
    with path.open("w") as w:
        w.write("\t".join(HEADER) + "\n")

        def count(cls):
            stats[cls] = stats.get(cls, 0) + 1

        # (a) our given names that OpenCorpora knows as names
        for name in own_given_names(root):
            p = lemma_parse(name, ["Name"])
            if p is None or p.normal_form != name.lower():
                count("given_unknown")
                continue
            emit(w, "given", "dict", name, "NOUN", forms(p, numbers=["sing"]), title=True)
            count("given")

        # (b) surnames: ours and a sample of OpenCorpora's
        def surname(lemma, source, p=None, like=None):
            for g in ("masc", "femn"):
                rows = []
                if p is not None:
                    rows = forms(p, g, ["sing"])
                elif like is not None:
                    lp = surn[like]
                    for gender, num, case, f in forms(lp, g, ["sing"]):
                        i = 0
                        while i < min(len(f), len(like)) and f[i] == like[i]:
                            i += 1
                        rows.append((gender, num, case, lemma.lower()[: len(lemma) - (len(like) - i)] + f[i:]))
                else:
                    rows = [(g, "sing", c, lemma.lower()) for c in CASES]
                if not rows:
                    continue
                nom = [f for gg, n, c, f in rows if c == "nomn"]
                emit(w, "surname", source, cap(nom[0]) if nom else lemma, "NOUN", rows, title=True)
            count("surname_" + source)

        for s in own_surnames(root):
            low = s.lower()
            if low.endswith(("улы", "кызы")):
                surname(s, "rule")
            elif low in surn:
                surname(s, "dict", p=surn[low])
            elif morph.word_is_known(low):
                continue  # a known word that is no surname (Европейский, Псков)
            else:
                like = next((by_end[low[-k:]] for k in (4, 3, 2) if low[-k:] in by_end), None)
                if like:
                    surname(s, "analogy", like=like)
        for s in sorted(surn):
            if sample(s, 25):
                surname(cap(s), "dict", p=surn[s])

        # (c) country names
        single, words = own_countries(root)
        for name in single:
            p = lemma_parse(name, ["Geox", "NOUN"])
            if p is None:
                count("country_unknown")
                continue
            nums = ["plur"] if p.tag.number == "plur" or "Pltm" in p.tag else ["sing"]
            emit(w, "country", "dict", name, str(p.tag.POS), forms(p, numbers=nums), title=True)
            count("country")
        for word in words:
            p = lemma_parse(word, ["NOUN", "ADJF"])
            if p is None:
                continue
            g = str(p.tag.gender) if p.tag.POS == "ADJF" and p.tag.number == "sing" else None
            nums = ["plur"] if p.tag.number == "plur" else ["sing"]
            emit(w, "country_word", "dict", word, str(p.tag.POS), forms(p, g, nums), title=word[:1].isupper())
            count("country_word")

        # (d) title words, adjectives, participles, nouns; noun phrases of an adjective and a noun
        for head in title_heads(root):
            p = lemma_parse(head, ["NOUN"])
            if p is not None:
                emit(w, "title", "dict", head, "NOUN", forms(p))
                count("title")
        seeds = ["областной", "городской", "территориальный", "районный", "избирательный", "центральный",
                 "участковый", "краевой", "действующий", "независимый", "высший", "российский", "молодежный"]
        adjs = [morph.parse(s)[0] for s in seeds] + adjs
        for p in adjs:
            for g in ("masc", "femn", "neut"):
                emit(w, "adj", "dict", p.word, "ADJF", forms(p, g, ["sing"]))
            emit(w, "adj", "dict", p.word, "ADJF", forms(p, "masc", ["plur"]))
            count("adj")
        for p in prts:
            for g in ("masc", "femn", "neut"):
                emit(w, "participle", "dict", p.word, "PRTF", forms(p, g, ["sing"]))
            emit(w, "participle", "dict", p.word, "PRTF", forms(p, "masc", ["plur"]))
            count("participle")
        nouns = [morph.parse(s)[0] for s in ["работа", "встреча", "коллега", "комиссия", "председатель", "член"]] + nouns
        for p in nouns:
            emit(w, "noun", "dict", p.word, "NOUN", forms(p))
            count("noun")
        for i, n in enumerate(nouns[:600]):
            a = adjs[i % len(adjs)]
            g = str(n.tag.gender) if n.tag.gender in ("masc", "femn", "neut") else "masc"
            rows = []
            for num in NUMBERS:
                for case in CASES:
                    nf = n.inflect({case, num})
                    want = {case, num} | ({g} if num == "sing" else set())
                    if case == "accs" and (g == "masc" or num == "plur"):
                        # the accusative adjective agrees in animacy too
                        want.add("anim" if "anim" in n.tag else "inan")
                    af = a.inflect(want)
                    if nf is None or af is None or nf.tag.case != case:
                        continue
                    rows.append((g, num, case, af.word + " " + nf.word))
            emit(w, "phrase", "dict", a.word + " " + n.word, "NP", rows)
            count("phrase")
    for k in sorted(stats):
        print(f"{k}\t{stats[k]}")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
