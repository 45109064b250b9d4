"""The benchmark script runs end to end on a tiny corpus (timings are not checked here)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import make_corpus  # noqa: E402


def test_generated_corpora_nest_and_vary():
    pool = make_corpus.sentence_pool()
    assert len(pool) > 50
    first = [make_corpus.article(i, pool) for i in range(30)]
    assert first == [make_corpus.article(i, pool) for i in range(30)]  # deterministic
    assert len(set(first)) == 30
    # A headline and 8-16 sentences in paragraphs of three.
    assert all(len(a.strip().split("\n\n")) >= 4 and 80 <= len(a.split()) <= 1500 for a in first)
    # Numbers are redrawn: the same source sentence rarely keeps its figures.
    assert len({a.split("\n")[0] for a in first}) > 20


def test_bench_runs_on_a_tiny_corpus(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "run_bench.py"), "--sizes", "3,6", "--quick",
                           "--out", str(tmp_path)], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert "| run | articles | words | seconds | words/s | peak RSS (MiB) |" in out
    assert "| cold build, 1 process, cache on | 6 |" in out
    assert "warm rerun (+1) / cold build at 6" in out and "per-article cost at 6 / at 3" in out
    assert len(list((tmp_path / "corpus-6").glob("*.txt"))) == 6
