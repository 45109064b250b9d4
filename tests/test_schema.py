"""One contract for every frame (analysis.schema): the loader's frames honour it (pandera),
a frame that breaks it fails, and the README prints it as the column dictionary."""
from pathlib import Path

import pandas as pd
import pandera.errors
import pytest

from analysis import Corpus, load_corpus, schema
from analysis.frames import conform

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(ROOT / "seeds")


def test_the_seed_frames_honour_the_contract(seeds):
    schema.validate(seeds)
    assert list(seeds.claims.columns[:len(schema.COLUMNS["claims"])]) == schema.COLUMNS["claims"]


def test_dates_are_datetimes_and_whole_counts_int64(seeds):
    a, e, c = seeds.articles, seeds.events, seeds.claims
    assert (a["published"].dtype == "datetime64[ns]" and a["reference_date"].dtype
            == "datetime64[ns]")
    assert e["date"].dtype == "datetime64[ns]"
    for df, col in ((a, "n_words"), (c, "start"), (seeds.entities, "n_mentions"),
                    (seeds.mentions, "end")):
        assert isinstance(df[col].dtype, pd.Int64Dtype), col
    # an event's date keeps its precision: a month is its first day, and says "month"
    months = e[e["precision"] == "month"]
    assert len(months) and (months["date"].dt.day == 1).all()
    labels = {schema.date_label(d, p) for d, p in zip(e["date"], e["precision"])}
    assert "2025-12-13" in labels


def test_counts_of_people_are_whole_numbers(seeds):
    c = seeds.claims
    assert isinstance(c["n_people"].dtype, pd.Int64Dtype)
    people = c[c["counted_class"] == "people"]
    assert len(people) and (people["n_people"] == people["value"]).all()
    assert 123 in set(people["n_people"]) and c.loc[c["counted_class"] != "people",
                                                    "n_people"].isna().all()


def test_claims_carry_their_articles_outlet(seeds):
    outlet = dict(zip(seeds.articles["article_id"], seeds.articles["outlet"]))
    got = seeds.claims[["article_id", "outlet"]].drop_duplicates()
    for aid, o in zip(got["article_id"], got["outlet"]):
        assert o == outlet[aid] or (pd.isna(o) and pd.isna(outlet[aid]))
    assert {"Bloomberg News", "EconoTimes"} <= set(seeds.claims["outlet"].dropna())


def test_the_typed_frames_survive_parquet(seeds, tmp_path):
    back = Corpus.from_parquet(seeds.to_parquet(tmp_path / "f"))
    for name in ("articles", "claims", "events", "entities", "mentions"):
        pd.testing.assert_frame_equal(getattr(back, name), getattr(seeds, name), check_dtype=True)
    schema.validate(back)


def test_frames_saved_with_text_dates_are_typed_on_reload(tmp_path):
    old = pd.DataFrame([{"article_id": "a1", "path": "x.txt", "published": "2024-03-04",
                         "n_words": 12.0}])
    folder = tmp_path / "old"
    folder.mkdir()
    old.to_parquet(folder / "articles.parquet")
    arts = Corpus.from_parquet(folder).articles
    assert arts.loc[0,
                    "published"] == pd.Timestamp("2024-03-04") and arts["n_words"].dtype == "Int64"


@pytest.mark.parametrize("frame, column, bad, says", [
    ("claims", "kind", "bogus_kind", "isin"),
    ("claims", "qualifier", "roughly", "isin"),
    ("events", "precision", "fortnight", "isin"),
    ("mentions", "label", "ANIMAL", "isin"),
])
def test_a_value_outside_a_closed_vocabulary_fails_validation(seeds, frame, column, bad, says):
    df = getattr(seeds, frame).copy()
    df.loc[df.index[0], column] = bad
    with pytest.raises(pandera.errors.SchemaErrors, match=says):
        schema.pandera_schema(frame).validate(df, lazy=True)


def test_untyped_dates_fail_validation(seeds):
    arts = seeds.articles.copy()
    arts["published"] = arts["published"].map(lambda d: None if pd.isna(d)
                                              else d.strftime("%Y-%m-%d"))
    with pytest.raises(pandera.errors.SchemaErrors, match="datetime64"):
        schema.pandera_schema("articles").validate(arts, lazy=True)


def test_conform_types_a_hand_made_frame():
    ev = conform("events", pd.DataFrame([{"article_id": "a", "date": "2023-06",
                                          "precision": "month", "start": 3},
                                          {"article_id": "b", "date": None, "precision": None,
                                           "start": None}]))
    assert list(ev["date"]) [0] == pd.Timestamp("2023-06-01") and pd.isna(ev.loc[1, "date"])
    assert list(ev["start"]) == [3, pd.NA] or (ev.loc[0, "start"] == 3
                                               and pd.isna(ev.loc[1, "start"]))
    schema.pandera_schema("events").validate(ev)


def test_every_column_of_a_load_is_in_the_contract(seeds):
    for name in ("articles", "mentions", "entities", "claims", "events", "errors"):
        undocumented = [c for c in getattr(seeds, name).columns if c not in schema.COLUMNS[name]]
        assert undocumented == [], name


def test_the_readme_prints_the_column_dictionary():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert schema.column_dictionary() in readme


def test_the_synthesis_frames_are_documented_as_the_synthesis_makes_them():
    from analysis.story import agreement

    assert schema.COLUMNS["claim_groups"] == agreement.GROUP_COLUMNS
    assert schema.COLUMNS["group_sources"] == agreement.SOURCE_COLUMNS
    assert schema.COLUMNS["group_figures"] == agreement.FIGURE_COLUMNS
