import math

import pandas as pd

from analysis import summary
from report_frames import articles, claim, claims


def test_source_labels_use_outlet_else_file_name_and_stay_unique():
    extra = [{"article_id": "a4", "path": "in/other/coast.txt", "outlet": "Coast Herald"}]
    labels = summary.source_labels(articles(extra))
    assert labels["a3"] == "notes_0042.txt"
    assert labels["a2"] == "Bay Times"
    assert labels["a1"] != labels["a4"] and labels["a1"].startswith("Coast Herald")


def test_hedges_become_intervals():
    assert summary.claim_interval({"value": 12.0, "qualifier": "at_least"}) == (12.0, math.inf)
    assert summary.claim_interval({"value": 12.0, "qualifier": "up_to"}) == (-math.inf, 12.0)
    lo, hi = summary.claim_interval({"value": 100.0, "qualifier": "about"})
    assert (round(lo), round(hi)) == (90, 110)
    # explicit bounds win over the hedge
    assert summary.claim_interval({"value": 5.0, "low": 4.0, "high": 7.0, "qualifier": "exact"}) == (4.0, 7.0)


def test_one_interval_per_source_and_kind_with_the_most_repeated_figure():
    c = claims([claim("a1", 61.0, "released", start=500)])
    iv = summary.source_intervals(c, articles())
    rel = iv[iv["kind"] == "released"].set_index("source")
    assert list(iv["kind"].drop_duplicates()) == ["released", "remaining"]  # money claim left out
    assert rel.loc["Coast Herald", "value"] == 58.0
    assert rel.loc["Coast Herald", "other_values"] == [61.0]
    assert rel.loc["notes_0042.txt", "high"] == math.inf


def test_conflicts_name_the_source_outside_the_consensus():
    c = claims()
    conf = summary.conflicts(c, articles()).set_index("kind")
    # remaining: at least 12 (Coast Herald) vs exactly 9 (Bay Times) cannot both hold
    assert "remaining" in conf.index
    # released: 58, about 60 (54-66) agree; more than 140 does not
    assert conf.loc["released", "sources"] == ["notes_0042.txt"]
    assert sorted(conf.loc["released", "agreeing"]) == ["Bay Times", "Coast Herald"]


def test_headline_counts_supporting_sources():
    agree = claims().query("article_id != 'a3'")
    h = summary.headline(agree, articles()).set_index("kind")
    assert h.loc["released", "value"] == 58.0
    assert h.loc["released", "text"] == "released: 58, by 2 of 2 sources reporting it (3 in all)"
    three = pd.concat([agree, claims([claim("a3", 58.0, "released")]).tail(1)])
    assert summary.headline(three, articles()).set_index("kind").loc["released", "text"] == "released: 58, by all 3 sources"


def test_empty_and_missing_values_do_not_raise():
    assert summary.source_intervals(pd.DataFrame(), articles()).empty
    assert summary.headline(pd.DataFrame(), pd.DataFrame()).empty
    c = claims([claim("a2", float("nan"), "released"), {**claim("a1", 7.0, None), "kind": None}])
    assert not summary.source_intervals(c, articles()).empty
    assert summary.fmt_number(1234.0) == "1,234" and summary.fmt_number(None) == "—"


def test_on_a_tie_the_source_mark_is_the_figure_others_allow():
    # Bay Times states 4 and 58 once each: its mark is 58, which Coast Herald also gives
    c = claims([claim("a2", 4.0, "released", start=1), claim("a2", 58.0, "released", start=80)])
    c = c.query("not (article_id == 'a2' and value == 60)")
    iv = summary.source_intervals(c, articles()).set_index(["kind", "source"])
    assert iv.loc[("released", "Bay Times"), "value"] == 58.0
    assert iv.loc[("released", "Bay Times"), "other_values"] == [4.0]


def test_claim_groups_split_a_kind_by_destination():
    from report_frames import groups
    iv = summary.source_intervals(claims(), articles(), groups())
    assert list(dict.fromkeys(iv["kind"])) == ["released", "transferred → Lisbon", "transferred → Porto"]
    porto = iv[iv["kind"] == "transferred → Porto"].iloc[0]
    assert (porto["low"], porto["high"], porto["source"]) == (7.0, math.inf, "Bay Times")
    conf = summary.conflicts(claims(), articles(), groups())
    assert list(conf["kind"]) == ["transferred → Lisbon"]
    head = summary.headline(claims(), articles(), groups())
    # the Lisbon group (2 sources) stands for 'transferred', not Porto (1 source)
    assert list(head["kind"]) == ["released", "transferred → Lisbon"]
    assert head.iloc[0]["text"] == "released: 58, by 2 of 2 sources reporting it (3 in all)"


def test_a_prospect_is_its_own_figure_not_a_conflict():
    # a3 says talks "could free up to 500": not a rival to the 58-60 released
    c = claims([claim("a3", 500.0, "released", "up_to", start=700, prospective=True)])
    c["prospective"] = c["prospective"].map(lambda v: v is True)
    iv = summary.source_intervals(c, articles())
    assert "released (prospect)" in set(iv["kind"])
    assert set(iv.loc[iv["kind"] == "released (prospect)", "base_kind"]) == {"released"}
    conf = summary.conflicts(c, articles()).set_index("kind")
    assert "500" not in " ".join(conf.loc["released", "values"])
    assert summary.group_label("remaining", "Ukraine", None, True) == "remaining → Ukraine (prospect)"


def test_some_names_lists_a_few_and_counts_the_rest():
    assert summary.some_names(["A", "B"], 3) == "A, B"
    assert summary.some_names(list("ABCDEFG"), 3) == "A, B, C and 4 more"
    assert summary.some_names([], 3) == ""
