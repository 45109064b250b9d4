"""Synthetic news corpora for the benchmark, made by recombining real sentences.

Sentences come from the seed articles, from the articles written for the tests
(``tests/fixtures/**``) and from ``bench/sentences.txt``. Each generated article gets a
headline, sometimes a byline and a date line, and 8-16 sentences in short paragraphs;
numbers are redrawn and some capitalised words swapped for invented names, so the
corpus has many distinct entities and values, as a real one would.

Article ``i`` depends only on ``(seed, i)``, so the corpus of 100 is the first 100
articles of the corpus of 1,000.

    python bench/make_corpus.py OUT_DIR N [--seed 0]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "seeds", ROOT / "tests" / "fixtures"]
OWN = Path(__file__).with_name("sentences.txt")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
KEEP = set(MONTHS) | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                      "The", "A", "An", "I", "He", "She", "They", "We", "It", "In", "On", "At",
                      "By",
                      "Mr", "Mrs", "Ms", "Dr", "President", "Minister", "General", "But", "And"}
SYLLABLES = ["ka", "lo", "ven", "mir", "tas", "dor", "el", "sa", "ri", "bek", "na", "vo", "gan",
             "tel", "ru", "shi", "mon", "ad", "far", "zel", "ko", "li", "ber", "an", "os", "ty"]
_SENT_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“A-Z0-9])")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_CAP = re.compile(r"\b[A-Z][a-z]{2,}\b")


def sentence_pool() -> list[str]:
    """Every usable sentence from the sources (cleaned of site furniture first)."""
    sys.path.insert(0, str(ROOT))
    from analysis.extraction.pipeline import prepare
    from analysis.loading.ingest import ARTICLE_SUFFIXES

    pool: list[str] = []
    for src in SOURCES:
        for f in sorted(src.rglob("*")) if src.is_dir() else []:
            if not f.is_file() or f.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            try:
                text = prepare(f).text
            except Exception:  # broken fixtures on purpose: skip them
                continue
            for para in text.split("\n"):
                pool.extend(_SENT_END.split(para.strip()))
    pool.extend(line.strip() for line in OWN.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#"))
    keep = sorted({s.strip() for s in pool if 6 <= len(s.split()) <= 60
                   and s.strip()[-1:] in '.!?"”'})
    return keep


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _number(m: re.Match, rng: random.Random) -> str:
    s = m.group(0)
    digits = sum(ch.isdigit() for ch in s)
    if "." in s.replace(",", "") and not s.endswith("."):
        return f"{rng.uniform(1, 10 ** max(1, digits - 1)):.1f}"
    if digits == 4 and s[:2] in ("19", "20"):
        return str(rng.randint(1995, 2030))
    n = rng.randint(10 ** (digits - 1) if digits > 1 else 1, 10 ** digits - 1)
    return f"{n:,}" if "," in s else str(n)


def vary(sentence: str, rng: random.Random, names: dict[str, str]) -> str:
    s = _NUMBER.sub(lambda m: _number(m, rng), sentence)

    def swap(m: re.Match) -> str:
        w = m.group(0)
        if w in KEEP or m.start() == 0:
            return w
        if w not in names:
            names[w] = _name(rng) if rng.random() < 0.5 else w
        return names[w]

    return _CAP.sub(swap, s)


def article(i: int, pool: list[str], seed: int = 0) -> str:
    rng = random.Random(f"{seed}-{i}")
    names: dict[str, str] = {}  # one article keeps its swapped names consistent
    body = [vary(s, rng, names) for s in rng.sample(pool, k=min(len(pool), rng.randint(8, 16)))]
    title = " ".join(body[0].split()[:12]).rstrip(".,;:\"”")
    lines = [title, ""]
    if rng.random() < 0.6:
        lines += [f"By {_name(rng)} {_name(rng)}", ""]
    if rng.random() < 0.7:
        lines += [f"Published {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2026)}",
                  ""]
    for k in range(0, len(body), 3):
        lines += [" ".join(body[k:k + 3]), ""]
    return "\n".join(lines)


def write_corpus(out: Path, n: int, seed: int = 0, pool: list[str] | None = None) -> Path:
    """Write articles ``0..n-1`` into ``out`` (emptied first). Returns ``out``."""
    pool = pool if pool is not None else sentence_pool()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("article_*.txt"):
        old.unlink()
    for i in range(n):
        (out / f"article_{i:05d}.txt").write_text(article(i, pool, seed), encoding="utf-8")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    write_corpus(a.out, a.n, a.seed)
    print(f"wrote {a.n} articles to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
