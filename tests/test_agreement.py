"""claim_groups on a small hand-made claims frame: agree, conflict, unique, parts → whole."""
from pathlib import Path

import pandas as pd
import pytest

from analysis.agreement import claim_groups, group_rows

FIXTURES = Path(__file__).parent / "fixtures" / "claims"


@pytest.fixture(scope="module")
def claims():
    df = pd.read_csv(FIXTURES / "agreement_claims.csv", dtype={"article_id": str})
    return df.astype(object).where(df.notna(), None)


@pytest.fixture(scope="module")
def articles():
    return pd.DataFrame({"article_id": ["a1", "a2", "a3", "a4"],
                         "outlet": ["Harbour Post", "Coastal Daily", "Island Wire", "Gulf Times"]})


@pytest.fixture(scope="module")
def groups(claims, articles):
    return claim_groups(claims, articles)


def group(groups, kind, destination=None):
    hit = groups[(groups["kind"] == kind) &
                 (groups["destination"].isna() if destination is None else groups["destination"] == destination)]
    assert len(hit) == 1, groups[["kind", "destination"]]
    return hit.iloc[0]


def test_exact_and_hedged_figures_that_overlap_agree(groups):
    g = group(groups, "released")
    assert g.verdict == "agree" and g.n_sources == 3
    # 250, "about 240" (216..264) and "at least 200": the common ground is 250
    assert (g.low, g.high) == (250, 250)


def test_disjoint_intervals_conflict(groups):
    g = group(groups, "remaining")
    assert g.verdict == "conflict" and g.n_sources == 2
    by_source = {s["article_id"]: (s["low"], s["high"]) for s in g.sources}
    assert by_source == {"a1": (901, None), "a3": (None, 500)}


def test_one_source_is_unique(groups):
    g = group(groups, "demanded")
    assert g.verdict == "unique" and g.n_sources == 1 and g.high == 3000


def test_parts_in_one_sentence_sum_to_the_whole(groups):
    # a1: 62 went to Cyprus; a2: 40 Eritreans and 22 Sudanese arrived on Cypriot soil
    g = group(groups, "transferred", "Cyprus")
    assert g.verdict == "agree" and g.n_sources == 2
    a2 = next(s for s in g.sources if s["article_id"] == "a2")
    assert (a2["low"], a2["high"], a2["summed_parts"]) == (62, 62, True)
    assert sorted(a2["claim_ids"]) == ["c6", "c7"]


def test_parts_that_do_not_add_up_conflict(claims, articles):
    df = claims.copy()
    df.loc[df["claim_id"] == "c7", ["value", "low", "high"]] = 30
    g = group(claim_groups(df, articles), "transferred", "Cyprus")
    assert g.verdict == "conflict"


def test_other_destinations_and_times_are_other_groups(groups):
    assert group(groups, "transferred", "Malta").verdict == "unique"
    earlier = groups[groups["kind"] == "earlier_release"]
    assert sorted(earlier["when"]) == ["april", "march"]
    assert set(earlier["verdict"]) == {"unique"}


def test_a_subset_in_the_same_source_does_not_make_a_conflict(groups):
    # a3 also says "two of them" were released: listed, not compared
    g = group(groups, "released")
    a3 = next(s for s in g.sources if s["article_id"] == "a3")
    assert a3["value"] == 200 and 2.0 in a3["values"]


def test_kind_other_is_not_grouped_and_every_claim_is_placed_once(claims, groups):
    placed = [i for ids in groups["claim_ids"] for i in ids]
    assert len(placed) == len(set(placed))
    grouped_kinds = set(claims[claims["claim_id"].isin(placed)]["kind"])
    assert "other" not in grouped_kinds
    assert set(claims[claims["kind"] != "other"]["claim_id"]) == set(placed)


def test_group_ids_are_stable_and_rows_long_form(claims, articles, groups):
    again = claim_groups(claims.sample(frac=1, random_state=3), articles)
    assert list(again["group_id"]) == list(groups["group_id"])
    long = group_rows(groups)
    assert len(long) == groups["n_sources"].sum()
    assert set(long["outlet"].dropna()) <= {"Harbour Post", "Coastal Daily", "Island Wire", "Gulf Times"}


def test_empty_input():
    assert claim_groups(pd.DataFrame(), None).empty


def test_a_source_lists_its_own_figure_first(groups):
    g = group(groups, "released")
    a3 = next(s for s in g.sources if s["article_id"] == "a3")
    assert a3["values"][0] == a3["value"] == 200
    assert a3["qualifier"] == a3["qualifiers"][0] == "at_least"


def test_a_subset_is_not_a_sources_own_figure_and_does_not_conflict():
    """b1 states the whole (310) and a subset (44); b2 only a subset (18 of them): neither
    subset is set against the whole."""
    rows = [
        {"claim_id": "c1", "article_id": "b1", "value": 44.0, "low": 44.0, "high": 44.0,
         "kind": "released", "counted_class": "people", "subset": True, "start": 5},
        {"claim_id": "c2", "article_id": "b1", "value": 310.0, "low": 310.0, "high": 310.0,
         "kind": "released", "counted_class": "people", "subset": False, "start": 50},
        {"claim_id": "c3", "article_id": "b2", "value": 18.0, "low": 18.0, "high": 18.0,
         "kind": "released", "counted_class": "people", "subset": True, "start": 9},
        {"claim_id": "c4", "article_id": "b3", "value": 300.0, "low": 270.0, "high": 330.0,
         "kind": "released", "counted_class": "people", "subset": False, "start": 9},
    ]
    g = claim_groups(pd.DataFrame(rows)).iloc[0]
    by_source = {s["article_id"]: s for s in g.sources}
    assert by_source["b1"]["value"] == 310 and not by_source["b1"]["subset_only"]
    assert by_source["b2"]["subset_only"]
    assert g.verdict == "agree"  # 310 and "about 300"; the 18 does not decide
    g = claim_groups(pd.DataFrame(rows[:3])).iloc[0]
    assert g.verdict == "unique"  # one whole beside a subset


def test_a_prospect_is_compared_only_with_prospects():
    """b1 counts 1,150 still held; b2 says talks could free "up to 800" of those still held:
    not a conflict about how many are held."""
    rows = [
        {"claim_id": "h1", "article_id": "b1", "value": 1150.0, "low": 1150.0, "high": 1150.0,
         "kind": "remaining", "counted_class": "people", "prospective": False, "start": 5},
        {"claim_id": "h2", "article_id": "b3", "value": 1100.0, "low": 1100.0, "high": None,
         "kind": "remaining", "counted_class": "people", "prospective": False, "start": 5},
        {"claim_id": "p1", "article_id": "b2", "value": 800.0, "low": None, "high": 800.0,
         "kind": "remaining", "counted_class": "people", "prospective": True, "start": 9},
    ]
    g = claim_groups(pd.DataFrame(rows)).set_index("prospective")
    assert g.loc[False, "verdict"] == "agree" and g.loc[False, "claim_ids"] == ["h1", "h2"]
    assert g.loc[True, "verdict"] == "unique" and g.loc[True, "claim_ids"] == ["p1"]
    # without the flag, the same figures conflict
    plain = claim_groups(pd.DataFrame(rows).drop(columns="prospective"))
    assert list(plain["verdict"]) == ["conflict"]
