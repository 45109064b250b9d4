import pandas as pd

from analysis.extraction.reference import assign_reference_dates


def articles(published: dict) -> pd.DataFrame:
    return pd.DataFrame({"article_id": list(published), "published": list(published.values())})


def claims(rows) -> pd.DataFrame:
    cols = ["article_id", "value", "kind", "counted_class", "counted", "start"]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows], columns=cols)


def mentions(rows) -> pd.DataFrame:
    cols = ["article_id", "entity_id", "label", "start", "field"]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows], columns=cols)


NO_MENTIONS = mentions([])


def ref_of(frame):
    return {r.article_id: (r.reference_date, r.reference_date_source) for r in frame.itertuples()}


def test_published_first_then_argument_and_published_untouched():
    a = articles({"p": "2021-07-04", "u": None})
    out = assign_reference_dates(a, claims([]), NO_MENTIONS, reference_date="2021-08-01")
    assert ref_of(out) == {"p": ("2021-07-04", "published"), "u": ("2021-08-01", "argument")}
    assert out.set_index("article_id").loc["u", "published"] is None


def test_argument_accepts_other_date_forms():
    out = assign_reference_dates(articles({"u": None}), claims([]), NO_MENTIONS,
                                 reference_date="5 May 2020")
    assert ref_of(out)["u"] == ("2020-05-05", "argument")


def test_undated_article_sharing_a_lead_claim_takes_the_donor_date():
    a = articles({"dated": "2022-05-03", "same": None, "other": None})
    c = claims([
        ("dated", 75, "released", "people", "hostages", 40),
        ("same", 75, "released", "people", "captives", 120),
        ("other", 310, "other", "people", "workers", 30),
    ])
    out = assign_reference_dates(a, c, NO_MENTIONS)
    got = ref_of(out)
    assert got["same"] == ("2022-05-03", "corpus:shared_claims")
    assert got["other"] == (None, None)  # no evidence: stays unresolved, never guessed
    assert out.set_index("article_id").loc["same", "reference_date_basis"] == ["dated"]


def test_claim_match_without_kind_uses_counted_class_or_counted_noun():
    a = articles({"dated": "2022-05-03", "people": None, "noun": None})
    c = claims([
        ("dated", 640, None, "people", "displaced families", 10),
        ("people", 640, "other", "people", "residents", 10),
        ("noun", 640, None, "other", "families", 10),
    ])
    got = ref_of(assign_reference_dates(a, c, NO_MENTIONS))
    assert got["people"][1] == got["noun"][1] == "corpus:shared_claims"


def test_weak_claim_evidence_does_not_count():
    a = articles({"dated": "2022-05-03", "late": None, "small": None, "money": None})
    c = claims([
        ("dated", 75, "released", "people", "hostages", 40),
        ("dated", 4, None, "people", "nurses", 60),
        ("dated", 300, None, "money", "dollars", 90),
        ("late", 75, "released", "people", "hostages", 2400),   # not in the lead
        ("small", 4, None, "people", "nurses", 15),             # too small a count on its own
        ("money", 300, None, "money", "euros", 15),             # same value, different things
    ])
    got = ref_of(assign_reference_dates(a, c, NO_MENTIONS))
    assert got["late"] == got["small"] == got["money"] == (None, None)


def test_same_kind_outranks_same_figure_of_another_kind():
    # Kinds are read per sentence and may differ between reports of one figure: no veto,
    # but a donor agreeing on the kind too wins over one that does not.
    a = articles({"d_kind": "2021-09-08", "d_other": "2021-09-01", "u": None, "w": None})
    c = claims([
        ("d_kind", 75, "released", "people", "hostages", 40),
        ("d_other", 75, "remaining", "people", "hostages", 40),
        ("u", 75, "released", "people", "captives", 40),
        ("w", 75, "transferred", "people", "hostages", 40),
    ])
    got = ref_of(assign_reference_dates(a, c, NO_MENTIONS))
    assert got["u"] == ("2021-09-08", "corpus:shared_claims")
    assert got["w"] == ("2021-09-01", "corpus:shared_claims")  # tie on evidence: the earlier date


def test_entity_overlap_is_the_fallback():
    a = articles({"dated": "2019-11-20", "close": None, "far": None})
    m = mentions(
        [("dated", e, "PERSON", 10 * i, "text") for i, e in enumerate(["E1", "E2", "E3", "E4"])]
        + [("close", e, "PERSON", 10 * i, "text") for i, e in enumerate(["E1", "E2", "E3", "E9"])]
        + [("far", e, "GPE", 10 * i, "text") for i, e in enumerate(["E1", "E7", "E8", "E9"])]
        + [("far", e, "PERSON", 900, "text") for e in ["E2", "E3"]]  # shared, but not in the lead
    )
    got = ref_of(assign_reference_dates(a, claims([]), m))
    assert got["close"] == ("2019-11-20", "corpus:shared_entities")
    assert got["far"] == (None, None)


def test_disagreeing_donors_majority_then_earliest():
    a = articles({"d1": "2020-03-02", "d2": "2020-03-01", "d3": "2020-03-02", "u": None,
                  "v": None})
    c = claims([(aid, 58, "transferred", "people", "prisoners", 0) for aid in ("d1", "d2", "d3",
                                                                               "u")]
               + [("d2", 91, None, "people", "sailors", 0),
                  ("d3", 91, None, "people", "sailors", 0),
                  ("v", 91, None, "people", "sailors", 0)])
    got = ref_of(assign_reference_dates(a, c, NO_MENTIONS))
    assert got["u"][0] == "2020-03-02"  # two donors say the 2nd, one the 1st
    assert got["v"][0] == "2020-03-01"  # one each: the earlier


def test_robust_to_missing_columns_and_empty_frames():
    a = articles({"dated": "2022-05-03", "u": None})
    bare = pd.DataFrame({"article_id": ["dated", "u"], "value": [75, 75]})  # no kind, class, start
    assert ref_of(assign_reference_dates(a, bare, pd.DataFrame()))["u"] == (None, None)
    assert assign_reference_dates(a, pd.DataFrame(),
                                  pd.DataFrame())["reference_date"].tolist() == ["2022-05-03",
                                                                                 None]
    empty = assign_reference_dates(articles({}), pd.DataFrame(), pd.DataFrame())
    assert "reference_date" in empty.columns and empty.empty


def test_yearless_date_line_takes_the_year_nearest_the_corpus_dates():
    from analysis.extraction.reference import complete_yearless

    a = pd.DataFrame({"article_id": ["a", "b", "c", "d"],
                      "published": ["2031-12-30", "2032-01-02", None, None],
                      "published_source": ["date_line", "date_line", None, None],
                      "published_partial": [None, None, "--12-31", None]})
    got = complete_yearless(a)
    assert got.loc[2, "published"] == "2031-12-31"   # not 2032-12-31: nearest the corpus
    assert got.loc[2, "published_source"] == "date_line_yearless:corpus"
    assert got.loc[3, "published"] is None            # nothing stated: never guessed
    alone = complete_yearless(a.iloc[2:].reset_index(drop=True))
    assert alone.loc[0, "published"] is None          # no dated article: stays undated


def test_yearless_dateline_gets_its_year_from_the_corpus_end_to_end(tmp_path):
    import shutil
    from pathlib import Path

    from analysis import load_corpus

    pages = Path(__file__).parents[1] / "fixtures" / "ingest" / "pages"
    for name in ("slashed-dateline-no-year.txt", "date-run-into-headline.txt"):
        shutil.copy(pages / name, tmp_path / name)
    arts = load_corpus(tmp_path,
                       cache=False).articles.set_index("path").rename(index=lambda p: Path(p).name)
    row = arts.loc["slashed-dateline-no-year.txt"]
    assert str(row["published"])[:10] == "2031-03-14"
    assert row["published_source"] == "date_line_yearless:corpus"
    assert row["reference_date_source"] == "published"
