from pathlib import Path

from analysis import load_corpus

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_every_seed_loads():
    c = load_corpus(SEEDS)
    assert len(c.articles) == 5
    assert c.errors.empty
