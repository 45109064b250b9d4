"""Fixtures shared by the test modules."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

#: The shared scorer sits beside the repository (CI checks ../shared out beside the clone).
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def load_scorer():
    """The shared scorer as a module; skips the calling test when it is not there."""
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not at {SCORER} (it sits beside the repository)")
    spec = importlib.util.spec_from_file_location("shared_eval_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def scorer():
    return load_scorer()


@pytest.fixture(scope="session")
def nlp():
    """The English spaCy pipeline the loader uses (loaded once per test run)."""
    from analysis.loading.nlp import get_nlp

    return get_nlp()
