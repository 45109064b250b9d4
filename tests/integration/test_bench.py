"""The benchmark script runs end to end on a tiny corpus (timings are not checked here)."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
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


@pytest.mark.slow
def test_bench_runs_on_a_tiny_corpus(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "run_bench.py"), "--sizes", "3,6",
                           "--quick",
                           "--out", str(tmp_path)], capture_output=True, text=True, timeout=600,
                               cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert "| run | articles | words | seconds | words/s | peak RSS (MiB) |" in out
    assert "| cold build, 1 process, cache on | 6 |" in out
    assert "warm rerun (+1) / cold build at 6" in out and "per-article cost at 6 / at 3" in out
    assert len(list((tmp_path / "corpus-6").glob("*.txt"))) == 6


@pytest.mark.slow
def test_report_comparison_runs_both_baselines(tmp_path):
    """The make-report comparison on a tiny story: three timings, both baselines built every
    stubbed notebook, and the ratio table has the goal row and the context row."""
    import report_baseline
    import run_bench

    t = report_baseline.compare(ROOT, ROOT / "tests" / "fixtures" / "report" / "story", tmp_path)
    assert all(v > 0 for v in t)
    names = sorted(p.stem for p in (ROOT / "notebooks").glob("*.ipynb"))
    for folder in ("baseline", "baseline-runner"):
        assert sorted(p.stem for p in (tmp_path / folder).glob("*.html")) == names
    stub = (tmp_path / "baseline-runner" / "counts.html").read_text(encoding="utf-8")
    assert "<img" not in stub and "<script" not in stub  # stubbed: no chart, and no script kept
    rows = run_bench.report_ratios(t)
    assert rows[0].startswith("| warm make report (") and "| ≤ 1.5 |" in rows[0]
    assert "our runner stubbed" in rows[1] and "context, no goal" in rows[1]
