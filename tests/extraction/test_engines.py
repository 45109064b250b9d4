"""Engines: local (one or several processes) and Dask give the same frames."""
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.corpus import FRAMES
from analysis.extraction import engines

FIXTURES = Path(__file__).parents[1] / "fixtures" / "scale"


@pytest.fixture
def corpus_dir(tmp_path):
    d = tmp_path / "articles"
    shutil.copytree(FIXTURES, d)
    (d / "broken.txt").write_bytes(b"%PDF-1.4 not an article")
    return d


def assert_same(a, b):
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True)


@pytest.mark.slow
def test_dask_local_cluster_gives_the_frames_of_the_local_engine(corpus_dir):
    local = load_corpus(corpus_dir, cache=False)
    distributed = load_corpus(corpus_dir, cache=False, engine="dask", n_process=2)
    assert len(local.articles) == 4 and list(local.errors.stage) == ["read"]
    assert_same(local, distributed)


def test_dask_accepts_a_client_and_leaves_it_open(corpus_dir):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster, \
            Client(cluster) as client:
        c = load_corpus(corpus_dir, cache=False, engine="dask", scheduler=client)
        assert client.status == "running"
        assert len(c.articles) == 4


@pytest.mark.slow
def test_worker_processes_give_the_same_outcomes_in_order(corpus_dir):
    paths = sorted(str(p) for p in corpus_dir.iterdir())
    one = list(engines.run_local(paths, {}, n_process=1))
    two = list(engines.run_local(paths, {}, n_process=2, chunk_size=2))
    assert [o.path for o in two] == paths
    assert [o.as_entry() for o in one] == [o.as_entry() for o in two]


def test_a_failing_extractor_costs_one_article_and_is_not_cached(corpus_dir, monkeypatch):
    from analysis.extraction import pipeline

    real = pipeline.extract

    def flaky(doc, prepared):
        if "Lindhaven" in prepared.text:
            raise RuntimeError("extractor bug")
        return real(doc, prepared)

    monkeypatch.setattr(pipeline, "extract", flaky)
    out = engines.process_chunk(sorted(str(p) for p in corpus_dir.iterdir()))
    by_name = {Path(o.path).name: o for o in out}
    bad = by_name["council_vote.txt"]
    assert bad.error["stage"] == "extract" and "RuntimeError" in bad.error["message"]
    assert bad.cacheable is False and bad.article is None
    assert by_name["broken.txt"].error["stage"] == "read" and by_name["broken.txt"].cacheable
    ok = by_name["harbour_strike.txt"]
    assert ok.error is None and ok.rows["mentions"]


def test_processes_only_when_the_corpus_repays_them(monkeypatch):
    monkeypatch.setattr("analysis.loading.nlp.default_processes", lambda: 4)
    assert engines.auto_processes(5, None) == 1
    assert engines.auto_processes(engines.MIN_ARTICLES_FOR_PROCESSES - 1, None) == 1
    assert engines.auto_processes(10_000, None) == 4
    assert engines.auto_processes(5, 3) == 3


def test_unknown_engine_is_refused(corpus_dir):
    with pytest.raises(ValueError, match="unknown engine"):
        load_corpus(corpus_dir, cache=False, engine="spark")


@pytest.mark.slow
def test_worker_processes_that_cannot_start_fall_back_to_this_process(corpus_dir, tmp_path):
    # A script without the `if __name__ == "__main__":` guard: spawned workers re-run it
    # and cannot start processes of their own, so the pool breaks.
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    script.write_text(
        "import warnings\nfrom analysis.extraction import engines\n"
        "paths = sorted(str(p) for p in "
        f"__import__('pathlib').Path({str(corpus_dir)!r}).iterdir())\n"
        "with warnings.catch_warnings(record=True) as w:\n"
        "    warnings.simplefilter('always')\n"
        "    outs = list(engines.run_local(paths, {}, n_process=2, chunk_size=1))\n"
        "print('OUT', len(outs), sum(o.article is not None for o in outs), any('could not start' "
        "in str(x.message) for x in w))\n",
        encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=300,
                          env={**__import__("os").environ, "PYTHONPATH": str(root)})
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("OUT")]
    assert lines and lines[-1] == "OUT 5 4 True", proc.stdout + proc.stderr[-2000:]


def _worker_state():
    import gc
    import sys

    import dask

    nlp = sys.modules.get("analysis.loading.nlp")
    model_loaded = bool(nlp and nlp.get_nlp.cache_info().currsize)
    return (dask.config.get("distributed.worker.profile.enabled"),
            [getattr(c, "__qualname__", "") for c in gc.callbacks], model_loaded)


@pytest.mark.slow
def test_the_local_cluster_started_here_spares_its_workers_the_profiler_and_gc_diagnosis():
    cluster, client = engines.start_local_cluster(1)
    try:
        (state,) = client.run(_worker_state).values()
        assert state == (False, [], True)  # no profiler, no GC callback, the model already loaded
    finally:
        client.close()
        cluster.close()
