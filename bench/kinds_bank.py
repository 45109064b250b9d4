"""Score claim kinds, qualifiers and sources on the sentence bank (``bench/bank/*.txt``).

The bank holds short passages written for this purpose, one story type per file, each
figure annotated ``= value | qualifier | kind | source`` ("-": no source). Blocks alternate
between two halves within each file: even blocks are the *tuning* half (rules may be
changed while looking at them), odd blocks the *held* half (never looked at while tuning).

    .venv/bin/python bench/kinds_bank.py               # both halves, with the confusion matrix
    .venv/bin/python bench/kinds_bank.py --half held --diag

A gold figure is matched to the first unused people-count claim of its passage with the same
value (else any claim with that value); a figure with no claim counts as ``(missed)``.
Sources are compared as the shared scorer does: they match when they share a content word
(four letters or more, or a short acronym). A figure without a source is right only when
the claim has none either (reported apart as ``no_source_acc``).
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

BANK = Path(__file__).parent / "bank"
MISSED = "(missed)"
STOP = {"according", "said", "says", "from", "with", "that", "this", "their", "group", "the"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "general", "gen", "president", "sir", "the"}


@dataclass
class Figure:
    value: float
    qualifier: str
    kind: str
    source: str | None


@dataclass
class Passage:
    story: str
    index: int
    text: str
    figures: list[Figure] = field(default_factory=list)

    @property
    def half(self) -> str:
        return "tune" if self.index % 2 == 0 else "held"


def read_bank(folder: Path = BANK) -> list[Passage]:
    """Every passage of every ``*.txt`` file in ``folder``; a malformed line raises
    ValueError naming the file and line."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        text, figs, n = [], [], 0

        def flush():  # called within the iteration, so path is the current file's
            nonlocal text, figs, n
            if text or figs:
                if not text or not figs:
                    raise ValueError(f"{path.name}: a passage without text or figures near "  # noqa: B023
                                     f"{text or figs}")
                out.append(Passage(path.stem, n, " ".join(text), figs))  # noqa: B023
                n += 1
            text, figs = [], []

        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("#"):
                continue
            if not line.strip():
                flush()
                continue
            if line.startswith("= "):
                parts = [p.strip() for p in line[2:].split("|")]
                if len(parts) != 4:
                    raise ValueError(f"{path.name}:{no}: want 'value | qualifier | kind | source'")
                figs.append(Figure(float(parts[0]), parts[1], parts[2],
                                   None if parts[3] == "-" else parts[3]))
            else:
                if figs:
                    raise ValueError(f"{path.name}:{no}: text after the figures of a passage")
                text.append(line.strip())
        flush()
    return out


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).replace("’", "'").casefold()
    s = re.sub(r"'s\b", "", s)
    words = re.sub(r"[\"'()\[\],;:!?]", " ", s).split()
    while words and words[0].rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def content_words(s) -> set[str]:
    if s is None or (isinstance(s, float) and s != s):
        return set()
    words = re.findall(r"\w+", _norm(s))
    acronyms = {w.casefold() for w in re.findall(r"\b[A-Z]{2,5}\b", str(s))}
    return {w for w in words if (len(w) >= 4 and w not in STOP) or w in acronyms}


def score(passages: list[Passage], nlp=None) -> dict:
    """Figures for ``passages``: kind/qualifier/attribution accuracy, the confusion matrix
    (gold kind → predicted kind → n) and one line per error."""
    from analysis.extraction.claims import extract_claims
    if nlp is None:
        from analysis.loading.nlp import get_nlp
        nlp = get_nlp()
    confusion: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    n = k_ok = q_ok = a_n = a_ok = na_n = na_ok = found = 0
    diag = []
    for p in passages:
        claims = extract_claims(nlp(p.text), f"{p.story}-{p.index}")
        used: set[int] = set()
        for g in p.figures:
            n += 1
            same = [i for i, c in enumerate(claims) if i not in used
                    and abs(c["value"] - g.value) < 1e-6]
            same.sort(key=lambda i: claims[i]["counted_class"] != "people")
            where = f"{p.story}#{p.index} {g.value:g}"
            if not same:
                confusion[g.kind][MISSED] += 1
                diag.append(f"missed  {where}: {p.text[:90]!r}")
                if g.source:
                    a_n += 1
                else:
                    na_n += 1
                continue
            found += 1
            c = claims[same[0]]
            used.add(same[0])
            confusion[g.kind][c["kind"]] += 1
            k_ok += c["kind"] == g.kind
            q_ok += c["qualifier"] == g.qualifier
            if c["kind"] != g.kind:
                diag.append(f"kind    {where}: {c['kind']}, want {g.kind}: {p.text[:90]!r}")
            if c["qualifier"] != g.qualifier:
                diag.append(f"hedge   {where}: {c['qualifier']}, want {g.qualifier}")
            if g.source:
                a_n += 1
                # "president" is all honorific
                want = content_words(g.source) or {g.source.casefold()}
                hit = bool((content_words(c["attribution"])
                            | {str(c["attribution"]).casefold()}) & want)
                a_ok += hit
                if not hit:
                    diag.append(f"source  {where}: {c['attribution']!r}, want {g.source!r}: "
                                f"{p.text[:90]!r}")
            else:
                na_n += 1
                na_ok += c["attribution"] is None
                if c["attribution"] is not None:
                    diag.append(f"source  {where}: {c['attribution']!r}, want none: "
                                f"{p.text[:90]!r}")
    return {
        "figures": n, "found": found / n if n else 0.0,
        "kind_acc": k_ok / n if n else 0.0,
        "qualifier_acc": q_ok / found if found else 0.0,
        "attribution_acc": a_ok / a_n if a_n else 0.0,
        "no_source_acc": na_ok / na_n if na_n else 0.0,
        "confusion": {k: dict(v) for k, v in sorted(confusion.items())},
        "diag": diag,
    }


def confusion_table(confusion: dict) -> str:
    """The confusion matrix as a Markdown table: gold kinds down, predicted across."""
    gold = sorted(confusion)
    pred = sorted({k for row in confusion.values() for k in row} | set(gold))
    head = "| gold \\ predicted | " + " | ".join(pred) + " |"
    lines = [head, "|" + "---|" * (len(pred) + 1)]
    for g in gold:
        lines.append(f"| {g} | " + " | ".join(str(confusion[g].get(p, "")) for p in pred) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=["tune", "held", "all"], default=None,
                    help="one half (default: each half, then all)")
    ap.add_argument("--diag", action="store_true", help="list each wrong figure")
    args = ap.parse_args(argv)
    passages = read_bank()
    halves = [args.half] if args.half else ["tune", "held"]
    summary = {}
    for half in halves:
        sel = passages if half == "all" else [p for p in passages if p.half == half]
        res = score(sel)
        print(f"## {half}: {len(sel)} passages, {res['figures']} figures")
        for key in ("found", "kind_acc", "qualifier_acc", "attribution_acc", "no_source_acc"):
            print(f"{key:16} {res[key]:.3f}")
        print(confusion_table(res["confusion"]))
        if args.diag:
            print("\n".join(res["diag"]))
        print()
        summary[half] = {k: round(v, 4) for k, v in res.items() if isinstance(v, float)}
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
