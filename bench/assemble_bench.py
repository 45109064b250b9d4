"""Time the corpus-wide ``assemble`` step alone, per step, on generated corpora.

    .venv/bin/python bench/assemble_bench.py                       # 1000 and 10000
    .venv/bin/python bench/assemble_bench.py --sizes 1000 --save /tmp/frames

The per-article rows of ``bench/out/corpus-N`` are loaded once through the article cache
(``bench/out/cache-N``) and pickled to ``bench/out/assemble-rows-N.pkl``; later runs time
``assemble`` on those rows only, so editing corpus-wide code does not mean reparsing.
Delete the pickle to take new rows. ``--save`` writes the frames (``Corpus.to_parquet``)
to compare two versions of the code.
"""
from __future__ import annotations

import argparse
import functools
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import corpus as corpus_mod  # noqa: E402
from analysis.extraction import entity_resolve  # noqa: E402

TIMES: dict[str, float] = {}


def _timed(name, fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        t0 = time.perf_counter()
        try:
            return fn(*a, **kw)
        finally:
            TIMES[name] = TIMES.get(name, 0.0) + time.perf_counter() - t0
    return wrapper


def rows_for(n: int, out: Path) -> dict:
    """The arguments ``load_corpus`` passes to ``assemble`` for corpus-N (pickled once)."""
    pkl = out / f"assemble-rows-{n}.pkl"
    if pkl.exists():
        with pkl.open("rb") as fh:
            return pickle.load(fh)
    captured = {}
    real = corpus_mod.assemble

    def capture(articles, rows, errors, **kw):
        captured.update(articles=articles, rows=rows, errors=errors, kw=kw)
        return None

    corpus_mod.assemble = capture
    try:
        corpus_mod.load_corpus(out / f"corpus-{n}", cache=out / f"cache-{n}", n_process=1,
                               progress=False)
    finally:
        corpus_mod.assemble = real
    with pkl.open("wb") as fh:
        pickle.dump(captured, fh)
    return captured


def patch() -> None:
    """Wrap each corpus-wide step so its time is recorded under its name."""
    from analysis.extraction import event_resolve, reference
    from analysis.story import agreement

    for mod, name in ((entity_resolve, "_key_labels"), (entity_resolve, "_link_in_articles"),
                      (entity_resolve, "_merge_people"), (entity_resolve, "_merge_given_names"),
                      (entity_resolve, "_merge_orgs_places"),
                      (reference, "assign_reference_dates"),
                      (event_resolve, "resolve"), (agreement, "claim_groups")):
        setattr(mod, name, _timed(name, getattr(mod, name)))
    for name in ("canonicalise", "link_attributions"):  # as corpus.py imported them
        owner = corpus_mod if hasattr(corpus_mod, name) else getattr(corpus_mod, "entities_mod",
                                                                     None)
        if owner is not None and hasattr(owner, name):
            setattr(owner, name, _timed(name, getattr(owner, name)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--save", type=Path, help="write each size's frames to SAVE/corpus-N")
    a = ap.parse_args(argv)
    sizes = [int(s) for s in a.sizes.split(",") if s.strip()]
    patch()
    results = {}
    for n in sizes:
        cap = rows_for(n, a.out)
        TIMES.clear()
        t0 = time.perf_counter()
        c = corpus_mod.assemble(cap["articles"], cap["rows"], list(cap["errors"]), **cap["kw"])
        TIMES["assemble"] = time.perf_counter() - t0
        results[n] = dict(TIMES)
        print(f"{n} articles: " + ", ".join(f"{k} {v:.2f}s" for k, v in TIMES.items()), flush=True)
        if a.save:
            c.to_parquet(a.save / f"corpus-{n}")
    steps = list(results[sizes[0]])
    print()
    print("| step | " + " | ".join(f"{n:,} articles" for n in sizes) + " |")
    print("|---|" + "---:|" * len(sizes))
    for s in steps:
        print(f"| {s} | " + " | ".join(f"{results[n].get(s, 0):.2f} s" for n in sizes) + " |")
    if len(sizes) > 1:
        lo, hi = sizes[0], sizes[-1]
        per = (results[hi]["assemble"] / hi) / (results[lo]["assemble"] / lo)
        print(f"\nper-article cost of assemble at {hi:,} / at {lo:,}: {per:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
