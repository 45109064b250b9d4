"""The story's answer scored against story keys (the shared scorer's ``story_*`` figures):
the seeds' key (``../shared/eval/seeds-story.json``) and keys written by hand for the held-out
stories (``tests/fixtures/heldout*/NAME-story.json``) and stories written for them
(``tests/fixtures/stories``), each written from the articles before the rules were tuned
on it. Floors sit a little below what was measured when they were set; the README and the
closing notes give the first, untuned figures.

The scorer lives beside the repository (``../shared/eval/score.py``, also in CI); without it
these tests are skipped.
"""
import json
from pathlib import Path

import pytest

from analysis import load_corpus

TESTS = Path(__file__).parents[1]
FIXTURES = TESTS / "fixtures"
SHARED = TESTS.parents[1] / "shared" / "eval"

STORIES = {  # story: (folder of articles, floors)
    "seeds": (TESTS.parent / "seeds", {"story_figures_acc": 1.0, "story_verdict_acc": 1.0,
                                       "story_conflict_precision": 1.0}),
    "amnesty": (FIXTURES / "heldout" / "amnesty",
                {"story_figures_acc": 0.9, "story_verdict_acc": 0.9,
                 "story_conflict_precision": 1.0}),
    "detainee_swap": (FIXTURES / "heldout" / "detainee_swap",
                      {"story_figures_acc": 0.95, "story_verdict_acc": 1.0,
                       "story_conflict_precision": 1.0}),
    "school_kidnap": (FIXTURES / "heldout" / "school_kidnap",
                      {"story_figures_acc": 0.95, "story_verdict_acc": 1.0,
                       "story_conflict_precision": 1.0}),
    "georgia_swap": (FIXTURES / "heldout_entities" / "georgia_swap",
                     {"story_figures_acc": 0.7, "story_verdict_acc": 0.5,
                      "story_conflict_precision": 1.0}),
    "sahel_release": (FIXTURES / "heldout_entities" / "sahel_release",
                      {"story_figures_acc": 1.0}),
    "nicaragua_guatemala": (FIXTURES / "stories" / "nicaragua_guatemala",
                            {"story_figures_acc": 1.0, "story_verdict_acc": 1.0,
                             "story_conflict_precision": 1.0}),
    # written after the swap-by-nationality rules (a regression fixture for shapes seen on
    # real pages); its first run, before the last two rules, gave 0.818 / 0.667 / 0.5
    "border_swap": (FIXTURES / "stories" / "border_swap",
                    {"story_figures_acc": 0.9, "story_verdict_acc": 1.0,
                     "story_conflict_precision": 1.0}),
    "venezuela_colombia": (FIXTURES / "stories" / "venezuela_colombia",
                           {"story_figures_acc": 1.0, "story_verdict_acc": 1.0,
                            "story_conflict_precision": 1.0}),
    # a Chad-Sudan swap of 150 each way and a ship's crew freed by a militia the same day,
    # keyed before any rule was tuned on it; first run 0.733 / 0.375 / 0.0, then 0.933 /
    # 0.75 / 0.5 once each side of an equal swap went home (the crew's 18 is still read as a
    # rival of the 150s, so the one real conflict, 19 vs 18, is not found)
    "crew_swap": (FIXTURES / "stories" / "crew_swap",
                  {"story_figures_acc": 0.9, "story_verdict_acc": 0.7,
                   "story_conflict_precision": 0.5}),
    # hostages freed in stages (17 on a Monday, 9 on the Friday, 26 in all; two classes still
    # held; an escape in June), keyed before any run: untuned 0.7 / 0.375 / 0.5 (see
    # staggered_release-untuned.txt); 0.8 / 0.5 / 1 once undated figures, further batches
    # and both releases together found their day
    "staggered_release": (FIXTURES / "stories" / "staggered_release",
                          {"story_figures_acc": 0.78, "story_verdict_acc": 0.5,
                           "story_conflict_precision": 1.0}),
    # a one-day truce exchange told two-sided: 24 hostages of three nationalities (13 + 11
    # foreigners) for 39 women and teenage prisoners, each side taken home; keyed before any
    # run: untuned 0.867 / 0.571 / 0.5 (see two_sided_exchange-untuned.txt); 0.967 / 1 / 1
    # after the wire-slug, held-by, apposition-place and freed-them fixes
    "two_sided_exchange": (FIXTURES / "stories" / "two_sided_exchange",
                           {"story_figures_acc": 0.95, "story_verdict_acc": 0.85,
                            "story_conflict_precision": 1.0}),
    # a regression fixture written after the rules, for the rescue shapes of batch F's real
    # cave and mine pages (keyed before any run): "made it to safety", "emerged alive",
    # "pulled out since Sunday morning", "still waiting to be rescued", "are to stay put",
    # the aim of an operation; the code before those rules (ed8d506) gave 0.5 / 0 / 1
    "cave_rescue": (FIXTURES / "stories" / "cave_rescue",
                    {"story_figures_acc": 1.0, "story_verdict_acc": 1.0,
                     "story_conflict_precision": 1.0}),
    # a regression fixture written after the rules, for shapes seen on real pages: one
    # person pardoned with four others told four ways, a caption's figure, a demand for the
    # release of people still held; the code before those rules gave 0.2 / 0 / 0 on it
    "pardon_others": (FIXTURES / "stories" / "pardon_others",
                      {"story_figures_acc": 1.0, "story_verdict_acc": 1.0,
                       "story_conflict_precision": 1.0}),
    # a regression fixture written after the rules, for shapes seen on real pages: soldiers
    # handed to the Red Cross told four ways (one text with link tags left in), an
    # evacuation beside them, "in two groups", a death toll, a discharge from hospital, an
    # earlier release dated with its year and written "1 200"; the code before those rules
    # gave 0.571 / 0 / 0 on it
    "red_cross_handover": (FIXTURES / "stories" / "red_cross_handover",
                           {"story_figures_acc": 1.0, "story_verdict_acc": 1.0,
                            "story_conflict_precision": 1.0}),
    # a swap of detained fishermen at sea, 40 one way and 30 the other, told by navies that
    # receive them, "released and repatriated 40 Xs held in Y and 30 Ys held in X", boats
    # handed over beside people, "detained in Y were handed over"; the code before those
    # rules gave 0.083 / 0 / 0 on it
    "fishermen_swap": (FIXTURES / "stories" / "fishermen_swap",
                       {"story_figures_acc": 1.0, "story_verdict_acc": 1.0,
                        "story_conflict_precision": 1.0}),
    # an amnesty's first group leaving prison: a lede of "hundreds" beside "the first group
    # of 1,178 began leaving prisons", "pardons given to more than 1,100 other people", "also
    # included among the releasees are six"; the code before those rules gave 0.2 / 0 / 0
    "clemency_first_group": (FIXTURES / "stories" / "clemency_first_group",
                             {"story_figures_acc": 1.0, "story_verdict_acc": 1.0,
                              "story_conflict_precision": 1.0}),
    # a handover in stages on consecutive days (40 on Monday, 35 on Tuesday), written after
    # the shapes were seen on real pages (a regression fixture, not an untuned measure): the
    # code of the session that wrote it scored 0.455 / 0 / 0 on it before its rules
    "staged_handover": (FIXTURES / "stories" / "staged_handover",
                        {"story_figures_acc": 1.0, "story_verdict_acc": 1.0,
                         "story_conflict_precision": 1.0}),
}


def _keys(story: str, folder: Path) -> tuple[Path, Path]:
    if story == "seeds":
        return SHARED / "seeds-gold.json", SHARED / "seeds-story.json"
    return folder.with_name(f"{story}-gold.json"), folder.with_name(f"{story}-story.json")


@pytest.mark.parametrize("story", sorted(STORIES))
def test_story_answer_meets_its_floors(scorer, story):
    folder, floors = STORIES[story]
    gold_path, key_path = _keys(story, folder)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    key = json.loads(key_path.read_text(encoding="utf-8"))
    s = scorer.Scorer(load_corpus(folder, cache=False), gold)
    figures = s.story(key)
    assert not s.missing, s.missing
    below = {k: round(figures.get(k, 0.0), 3) for k, floor in floors.items()
             if figures.get(k, 0.0) < floor}
    assert not below, f"{story}: {below} below {floors}\n" + "\n".join(s.diag)


def test_every_story_key_names_files_that_exist():
    for story, (folder, _) in STORIES.items():
        _, key_path = _keys(story, folder)
        if not key_path.is_file():
            continue  # the seeds' key lives beside the repository
        for g in json.loads(key_path.read_text(encoding="utf-8"))["groups"]:
            for f in list(g.get("figures", {})) + list(g.get("parts", {})):
                assert (folder / f).is_file(), (story, f)
