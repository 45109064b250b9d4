"""Where the per-article work runs: in this process, in a pool of local processes, or on Dask.

The unit of work is a chunk of files: each is read and cleaned (:func:`pipeline.prepare`),
the chunk's texts go through ``nlp.pipe`` in batches, and each Doc is reduced to rows
(:func:`pipeline.extract`) and dropped. Every engine yields one :class:`Outcome` per file,
in the order given, so the frames do not depend on the engine. A worker loads the spaCy
model once (:func:`analysis.loading.nlp.get_nlp` is cached per process).

Dask workers read the article files themselves: on a cluster the files must be at the
same path on every worker (shared storage), and workers need this package installed.
"""
from __future__ import annotations

import os
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ENGINES = ("local", "dask")
# Below this many articles to parse, extra processes cost more (start-up, model load
# ~1-3 s each) than they save.
MIN_ARTICLES_FOR_PROCESSES = 200
CHUNK_SIZE = 16


@dataclass
class Outcome:
    """What the per-article work made of one file."""

    path: str
    article: dict | None = None
    rows: dict = field(default_factory=dict)   # mentions, claims, events
    error: dict | None = None
    cacheable: bool = True                     # False after an unexpected exception

    def as_entry(self) -> dict:
        return {"article": self.article, "rows": self.rows, "error": self.error}

    @classmethod
    def from_entry(cls, path: str, entry: dict) -> Outcome:
        return cls(path=path, article=entry.get("article"), rows=entry.get("rows") or {},
                   error=entry.get("error"))


def process_chunk(paths: list[str], sidecars: dict | None = None,
                  batch_size: int = 32) -> list[Outcome]:
    """Prepare, parse and extract ``paths``; never raises for one bad file."""
    from ..loading.ingest import ArticleError
    from ..loading.nlp import parse
    from .pipeline import error_row, extract, nlp_text, prepare

    outcomes: list[Outcome] = []
    ready = []
    for p in paths:
        try:
            prepared = prepare(Path(p), sidecars)
        except ArticleError as exc:
            outcomes.append(Outcome(p, error=error_row(p, exc.stage, exc)))
            continue
        except Exception as exc:  # one bad file never loses the others
            outcomes.append(Outcome(p, error=error_row(p, "read", exc), cacheable=False))
            continue
        out = Outcome(p, article=prepared.article)
        outcomes.append(out)
        ready.append((out, prepared))
    try:
        docs = parse((nlp_text(pr) for _, pr in ready), batch_size=batch_size, n_process=1)
        for out, prepared in ready:
            doc = next(docs, None)
            if doc is None:
                out.article, out.cacheable = None, False
                out.error = {"path": out.path, "stage": "nlp",
                             "message": "the parser returned no document"}
                continue
            try:
                out.rows = extract(doc, prepared)
            except Exception as exc:
                out.article, out.cacheable = None, False
                out.error = error_row(out.path, "extract", exc)
    except Exception as exc:  # the parser itself failed: report each article left
        for out, _ in ready:
            if out.article is not None and not out.rows:
                out.article, out.cacheable = None, False
                out.error = error_row(out.path, "nlp", exc)
    return outcomes


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def auto_processes(n_items: int, requested: int | None) -> int:
    """Processes to use for ``n_items`` articles: ``requested`` if given, else the cores
    (at most 4) when there is enough work to repay their start-up, else 1."""
    from ..loading.nlp import default_processes

    if requested is not None:
        return max(1, int(requested))
    if n_items < MIN_ARTICLES_FOR_PROCESSES:
        return 1
    return max(1, min(default_processes(), n_items // (MIN_ARTICLES_FOR_PROCESSES // 2)))


def _warm() -> None:
    from ..loading.nlp import get_nlp

    get_nlp()


# Settings for the Dask workers of a LocalCluster started here. The per-article work is
# CPU-bound Python in the worker's task thread; every wake-up of the worker's event loop
# thread (a 20 ms "tick" by default, the sampling profiler, monitors) takes the GIL from it.
# Measured on 320 articles, 2 workers: 1,600 → 220 GIL hand-offs per worker, CPU per
# article down ~10%, the same as in a plain process pool.
LOCAL_DASK_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.tick.interval": "500ms",
    # Dask's default also sets MALLOC_TRIM_THRESHOLD_=65536: memory given back after each
    # batch is faulted in again for the next (measured: 3x the system time of a process pool).
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1,
                                            "OPENBLAS_NUM_THREADS": 1},
}


def _warm_dask_worker() -> None:
    """Load the model and stop the worker's GC-pause diagnosis: it runs a Python callback
    on every collection, and parsing triggers thousands of them."""
    try:
        from distributed.gc import disable_gc_diagnosis

        disable_gc_diagnosis(force=True)
    except Exception:  # an internal of distributed; only a speed-up
        pass
    _warm()


def run_local(paths: list[str], sidecars: dict, *, n_process: int = 1, batch_size: int = 32,
              chunk_size: int = CHUNK_SIZE) -> Iterator[Outcome]:
    """Outcomes in order, in this process or in ``n_process`` fresh worker processes."""
    chunks = _chunks(paths, chunk_size)
    done = 0
    if n_process > 1 and len(chunks) > 1:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        try:
            # "spawn": forking a process that already runs threads (pyarrow, tqdm) can deadlock.
            with ProcessPoolExecutor(max_workers=n_process, mp_context=mp.get_context("spawn"),
                                     initializer=_warm) as pool:
                for outs in _ordered(lambda chunk: pool.submit(process_chunk, chunk, sidecars,
                                                               batch_size),
                                     chunks, lambda fut: fut.result(), 2 * n_process + 2):
                    yield from outs
                    done += 1
            return
        except BrokenProcessPool:
            warnings.warn("worker processes could not start, so the articles are parsed in this "
                          "process (a script that calls load_corpus should do so under "
                          "`if __name__ == \"__main__\":`)", RuntimeWarning, stacklevel=3)
    for chunk in chunks[done:]:
        yield from process_chunk(chunk, sidecars, batch_size)


def start_local_cluster(n_workers: int):
    """A Dask LocalCluster of ``n_workers`` single-threaded worker processes set up for
    this work (see ``LOCAL_DASK_CONFIG``), with the model loaded on every worker; returns
    (cluster, client). A cluster someone else runs is used as it is."""
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set(LOCAL_DASK_CONFIG):
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        client.run(_warm_dask_worker)  # every worker at once, before the first chunk
    except BaseException:
        client.close()
        cluster.close()
        raise
    return cluster, client


def run_dask(paths: list[str], sidecars: dict, *, scheduler=None, n_process: int | None = None,
             batch_size: int = 32, chunk_size: int = CHUNK_SIZE) -> Iterator[Outcome]:
    """Outcomes in order, computed on Dask: ``scheduler`` is a ``distributed.Client``, a
    scheduler address (``"tcp://host:8786"``) or None for a LocalCluster of ``n_process``
    single-threaded worker processes (default: the machine's cores, at most 4)."""
    from distributed import Client

    from ..loading.nlp import default_processes

    own_client = own_cluster = None
    if isinstance(scheduler, Client):
        client = scheduler
    elif scheduler:
        client = own_client = Client(scheduler)
    else:
        own_cluster, client = start_local_cluster(n_process or default_processes())
        own_client = client
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or (n_process or 1))
        sidecars_f = client.scatter(sidecars, broadcast=True) if sidecars else sidecars
        for outs in _ordered(lambda chunk: client.submit(process_chunk, chunk, sidecars_f,
                                                         batch_size, pure=False),
                             _chunks(paths, chunk_size), lambda fut: fut.result(),
                             2 * workers + 2):
            yield from outs
    finally:
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()


def _ordered(submit, chunks: Iterable, result, window: int) -> Iterator[list[Outcome]]:
    """Submit chunks keeping at most ``window`` in flight; yield each chunk's outcomes in
    order, so memory holds a bounded number of chunks, never every Doc."""
    pending: deque = deque()
    it = iter(chunks)
    for chunk in it:
        pending.append(submit(chunk))
        if len(pending) >= window:
            break
    while pending:
        fut = pending.popleft()
        for chunk in it:
            pending.append(submit(chunk))
            break
        yield result(fut)


def run(paths: list[str], sidecars: dict, *, engine: str = "local", n_process: int | None = None,
        scheduler=None, batch_size: int = 32) -> Iterator[Outcome]:
    """Dispatch to the engine named ``engine`` (``"local"`` or ``"dask"``)."""
    if engine == "local":
        return run_local(paths, sidecars, n_process=auto_processes(len(paths), n_process),
                         batch_size=batch_size)
    if engine == "dask":
        return run_dask(paths, sidecars, scheduler=scheduler, n_process=n_process,
                        batch_size=batch_size)
    raise ValueError(f"unknown engine {engine!r}: expected one of {', '.join(ENGINES)}")


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
