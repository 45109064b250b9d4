"""The shared scorer on held-out stories (tests/fixtures/heldout): claims and events must
generalise beyond the seeds.

Each story's articles and gold key were written by hand before the extractor was tuned on
them (see the git history of tests/fixtures/heldout). Gold ``entities`` are left empty, so
only the counts and events figures are asserted. The floors sit a little below what the
extractor measured when they were set.

The scorer lives beside the repository (``../shared/eval/score.py``, also in CI); without it
these tests are skipped.
"""
import json
from pathlib import Path

import pytest

from analysis import load_corpus

TESTS = Path(__file__).parents[1]
HELDOUT = TESTS / "fixtures" / "heldout"

FLOORS = {
    # Yemen detainee swap, 3 articles. Known shortfalls: "nearly/almost N" is an `about`
    # figure here but `up_to` in the gold; dates of statements ("X said on Sunday") were the
    # missed relative dates until they were kept as events (events recall 0.85 → 1.0). Its bulleted
    # "Key figures:" list is content (clean.py keeps lists the
    # prose introduces), which took counts_f1 from 0.94 to 1.0.
    "detainee_swap": {"counts_f1": 0.95, "counts_qualifier_acc": 0.85, "counts_kind_acc": 0.90,
                      "counts_attribution_acc": 0.90, "events_recall": 0.99,
                      "events_precision": 0.90},
    # School kidnapping, 2 articles (written after the first round of fixes).
    "school_kidnap": {"counts_f1": 0.92, "counts_qualifier_acc": 0.95, "counts_kind_acc": 0.90,
                      "counts_attribution_acc": 0.88, "events_recall": 0.99,
                      "events_precision": 0.90},
    # Prison amnesty, 2 articles (written after the second round; first measured untuned at
    # counts_f1 0.89, kind 0.76, attribution 0.73, events recall 0.93).
    "amnesty": {"counts_f1": 0.93, "counts_qualifier_acc": 0.85, "counts_kind_acc": 0.78,
                "counts_attribution_acc": 0.88, "events_recall": 0.99, "events_precision": 0.90},
    # Deportation flights, 2 articles (written for issue 15 after the bank's rules; first
    # measured untuned at counts_f1 0.97, kind 0.65, attribution 0.79, events recall 0.80).
    # Known misses: "the operation involved 140 people" (an event noun that names no kind) and
    # the parts of it.
    "deportation": {"counts_f1": 0.95, "counts_qualifier_acc": 0.95, "counts_kind_acc": 0.80,
                    "counts_attribution_acc": 0.95, "events_recall": 0.99,
                    "events_precision": 0.90},
}


@pytest.mark.parametrize("story", sorted(FLOORS))
def test_heldout_story_meets_its_floors(scorer, story):
    gold = json.loads((HELDOUT / f"{story}-gold.json").read_text(encoding="utf-8"))
    corpus = load_corpus(HELDOUT / story, cache=False)
    s = scorer.Scorer(corpus, gold)
    figures = {**s.counts(), **s.events()}
    assert not s.missing, s.missing
    below = {k: round(figures.get(k, 0.0), 3) for k, floor in FLOORS[story].items()
             if figures.get(k, 0.0) < floor}
    assert not below, f"{story} below its floors: {below}; misses: {s.diag}"


def test_gold_quotes_are_in_their_articles():
    """A gold key that quotes text its article does not hold would score nothing."""
    for story in FLOORS:
        gold = json.loads((HELDOUT / f"{story}-gold.json").read_text(encoding="utf-8"))
        for art in gold:
            text = " ".join((HELDOUT / story / art["file"]).read_text(encoding="utf-8").split())
            for item in art["counts"] + art["events"]:
                assert item["quote"] in text, (story, art["file"], item["quote"])


@pytest.mark.parametrize("story", sorted(FLOORS))
def test_dated_statements_reach_the_relative_dates_they_carry(scorer, story):
    """The dates of statements ("X said on Sunday", the dates most often missed) are events
    too; without them a relative date of the key is lost wherever the key has one."""
    gold = json.loads((HELDOUT / f"{story}-gold.json").read_text(encoding="utf-8"))
    kept = scorer.Scorer(load_corpus(HELDOUT / story, cache=False), gold).events()
    assert kept["events_recall_relative"] >= 0.99, kept
    assert kept["events_precision"] >= 0.90, kept
    dropped = scorer.Scorer(load_corpus(HELDOUT / story, cache=False, statements=False),
                            gold).events()
    assert dropped["events_recall_relative"] <= kept["events_recall_relative"], (dropped, kept)
