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


@pytest.mark.parametrize("frame, column, bad", [
    ("claims", "kind", "bogus_kind"),
    ("claims", "qualifier", "roughly"),
    ("events", "precision", "fortnight"),
    ("mentions", "label", "ANIMAL"),
    ("claim_groups", "verdict", "maybe"),
])
def test_a_value_outside_a_closed_vocabulary_fails_validation(seeds, frame, column, bad):
    df = getattr(seeds, frame).copy()
    as_text = df[column].astype(object)
    as_text.iloc[0] = bad
    # plain text is not the type
    with pytest.raises(pandera.errors.SchemaErrors, match="category"):
        schema.pandera_schema(frame).validate(df.assign(**{column: as_text}), lazy=True)
    widened = df[column].cat.add_categories([bad])
    widened.iloc[0] = bad
    # nor another set of categories
    with pytest.raises(pandera.errors.SchemaErrors, match="categories"):
        schema.pandera_schema(frame).validate(df.assign(**{column: widened}), lazy=True)
    reordered = df[column].cat.reorder_categories(list(reversed(df[column].cat.categories)))
    # nor another order
    with pytest.raises(pandera.errors.SchemaErrors, match="categories in order"):
        schema.pandera_schema(frame).validate(df.assign(**{column: reordered}), lazy=True)
    with pytest.raises(ValueError, match=f"{column}: '{bad}' not in its vocabulary"):
        schema.as_category(as_text, schema.column(frame, column))  # typing names it, drops nothing


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


CATEGORY_COLUMNS = [(name, c) for name, cols in schema.FRAMES.items() for c in cols
                    if c.type == "category"]


@pytest.mark.parametrize("frame, col", CATEGORY_COLUMNS,
                         ids=[f"{f}.{c.name}" for f, c in CATEGORY_COLUMNS])
def test_closed_vocabularies_are_categoricals_with_the_schemas_categories(seeds, frame, col):
    s = getattr(seeds, frame)[col.name]
    assert isinstance(s.dtype, pd.CategoricalDtype)
    assert list(s.cat.categories) == list(col.categories()) and len(col.categories()) > 1
    assert s.notna().any()


def test_the_vocabularies_are_read_from_their_homes():
    from analysis import kinds
    from analysis.extraction import entities, events, numbers
    from analysis.story import summary

    assert schema.column("claims", "kind").categories() == tuple(kinds.display_order())
    assert entities.KEEP_LABELS == set(schema.ENTITY_LABELS)
    # the extractors' tables name only the schema's categories
    assert set(events.CATEGORY_CUES) | {events.STATEMENT} <= set(schema.EVENT_CATEGORIES)
    assert set(numbers.HEDGES_BEFORE) | set(numbers.HEDGES_AFTER) <= set(schema.QUALIFIERS)
    assert set(summary.HEDGE_WORDS) == set(schema.QUALIFIERS)


def test_sorting_claims_by_kind_follows_the_registry(seeds):
    from analysis import kinds

    got = list(dict.fromkeys(seeds.claims.sort_values("kind", kind="stable")["kind"].dropna()))
    order = kinds.display_order()
    assert got == [k for k in order if k in got]
    assert len(got) >= 3 and got != sorted(got)  # the registry's order, not the alphabet's


def test_a_registry_in_use_brings_its_kinds_as_categories():
    from analysis import kinds

    reg = kinds.DEFAULT.with_kind(kinds.Kind("ransomed", "ransomed"), before=kinds.REMAINING)
    with kinds.use(reg):
        claims = conform("claims", pd.DataFrame([{"claim_id": "c1", "kind": "ransomed"}]))
        assert list(claims["kind"].cat.categories) == reg.names()
        assert claims.loc[0, "kind"] == "ransomed"
    with pytest.raises(ValueError, match="ransomed"):
        conform("claims", pd.DataFrame([{"claim_id": "c1", "kind": "ransomed"}]))


def test_the_summaries_group_without_rows_for_absent_categories(seeds):
    from analysis.reporting import tables
    from analysis.story import summary

    shown = list(dict.fromkeys(tables.timeline_rows(seeds.events, seeds.articles)["category"]))[:2]
    ev = seeds.events[seeds.events["category"].isin(shown)]  # its dtype keeps every category
    assert len(shown) == 2 and set(ev["category"]) < set(ev["category"].cat.categories)
    rows = tables.timeline_rows(ev, seeds.articles)
    assert len(rows) and set(rows["category"]) == set(shown)
    assert set(rows["precision"]) <= set(ev["precision"].dropna())
    heads = summary.headlines(seeds.claim_groups)
    groups = seeds.claim_groups
    assert len(heads) == len(groups) and set(heads["kind"]) == set(groups["kind"])
    assert len(tables.groups_table(groups, seeds.group_figures)) == len(groups)
    matrix = tables.coverage_claim_matrix(seeds.claims, seeds.articles)
    people = seeds.claims[seeds.claims["counted_class"] == "people"]
    assert {c.split(":")[0].replace(" ", "_") for c in matrix.columns} <= set(people["kind"])


@pytest.mark.parametrize("make", ["empty", "all_fail"])
def test_an_empty_corpus_has_the_categorical_dtypes(tmp_path, make):
    if make == "all_fail":
        (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    corpus = load_corpus(tmp_path, cache=False)
    assert corpus.articles.empty and len(corpus.errors) == (make == "all_fail")
    for frame, col in CATEGORY_COLUMNS:
        s = getattr(corpus, frame)[col.name]
        assert isinstance(s.dtype, pd.CategoricalDtype), (frame, col.name)
        assert list(s.cat.categories) == list(col.categories()), (frame, col.name)
    schema.validate(corpus)


def test_categories_do_not_depend_on_the_corpus_so_frames_concatenate(seeds, tmp_path):
    empty = load_corpus(tmp_path, cache=False)
    both = pd.concat([seeds.claims, empty.claims, seeds.claims], ignore_index=True)
    assert both["kind"].dtype == seeds.claims["kind"].dtype and both["kind"].notna().all()
    schema.pandera_schema("claims").validate(both)


def test_saved_frames_keep_categories_and_csv_writes_their_text(seeds, tmp_path):
    back = Corpus.from_parquet(seeds.to_parquet(tmp_path / "f"))
    for frame, col in CATEGORY_COLUMNS:
        pd.testing.assert_series_equal(getattr(back, frame)[col.name],
                                       getattr(seeds, frame)[col.name])
    seeds.to_csv(tmp_path / "csv")
    claims = pd.read_csv(tmp_path / "csv" / "claims.csv", keep_default_na=False)
    assert list(claims["kind"]) == [str(k) for k in seeds.claims["kind"]]
    events = pd.read_csv(tmp_path / "csv" / "events.csv", keep_default_na=False)
    written = ["" if pd.isna(p) else p for p in seeds.events["precision"]]
    assert list(events["precision"]) == written
