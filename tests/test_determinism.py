"""Two runs on the same input give identical frames (issue 8, "Determinism")."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import malformed
from analysis.corpus import FRAMES

HERE = Path(__file__).parent
SEEDS = HERE.parent / "seeds"
META = HERE / "fixtures" / "ingest" / "meta"


def _build(folder: Path, order) -> Path:
    """Seeds, metadata fixtures and a few broken files, copied in the given order."""
    sources = sorted([*SEEDS.glob("*.txt"), *[p for p in META.rglob("*") if p.is_file()]])
    for src in order(sources):
        rel = src.relative_to(SEEDS if src.is_relative_to(SEEDS) else META.parent)
        dst = folder / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "copy of seed.txt").write_bytes((SEEDS / "001_4f4cfbc597373b65.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _parquet_digests(corpus, folder: Path) -> dict[str, str]:
    corpus.to_parquet(folder)
    return {name: hashlib.sha256((folder / f"{name}.parquet").read_bytes()).hexdigest()
            for name in FRAMES}


def _frame_digest(df: pd.DataFrame) -> str:
    """A hash of every cell, lists and dicts included (pandas cannot hash those itself)."""
    flat = df.copy()
    for c in flat.columns:
        flat[c] = flat[c].map(lambda v: json.dumps(v, sort_keys=True, default=str)
                              if isinstance(v, (list, dict, tuple)) else v)
    values = pd.util.hash_pandas_object(flat.astype(str), index=True).values
    return hashlib.sha256(values.tobytes() + ",".join(map(str, flat.columns)).encode()).hexdigest()


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    folder = _build(tmp_path_factory.mktemp("det") / "corpus", order=lambda s: s)
    first = malformed.load(folder)
    second = malformed.load(folder)
    return folder, first, second, tmp_path_factory


def test_the_input_exercises_articles_errors_and_duplicates(runs):
    _, first, _, _ = runs
    assert len(first.articles) >= 20
    assert {"read", "duplicate"} <= set(first.errors["stage"])
    assert len(first.mentions) and len(first.claims)


def test_two_runs_give_identical_parquet_bytes(runs):
    _, first, second, factory = runs
    a = _parquet_digests(first, factory.mktemp("out1"))
    b = _parquet_digests(second, factory.mktemp("out2"))
    assert a == b


@pytest.mark.parametrize("name", FRAMES)
def test_two_runs_give_identical_frames(runs, name):
    _, first, second, _ = runs
    assert _frame_digest(getattr(first, name)) == _frame_digest(getattr(second, name))


def test_file_creation_order_does_not_matter(runs, tmp_path):
    folder, first, _, _ = runs
    other = _build(tmp_path / "corpus", order=lambda s: list(reversed(s)))
    again = malformed.load(other)
    for name in FRAMES:
        a = getattr(first, name).replace(str(folder), "ROOT", regex=True)
        b = getattr(again, name).replace(str(other), "ROOT", regex=True)
        assert _frame_digest(a) == _frame_digest(b), name


def test_article_ids_come_from_content_not_path(runs, tmp_path):
    _, first, _, _ = runs
    one = tmp_path / "renamed article.txt"
    one.write_bytes((SEEDS / "003_ce9a2c8aa6fc61f9.txt").read_bytes())
    single = malformed.load(one)
    seed_id = first.articles.loc[first.articles["path"].str.endswith("003_ce9a2c8aa6fc61f9.txt"),
                                 "article_id"]
    assert single.articles["article_id"].tolist() == seed_id.tolist()


# Clock independence: htmldate drops dates after "today" by default, which would make a
# page's date depend on the day of the run; test_ingest's page.html is dated 2031 and
# must keep that date (see ingest.HTML_DATE_PARAMS).
