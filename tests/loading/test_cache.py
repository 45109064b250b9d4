"""The per-article cache: identical frames, only new files parsed, nothing stale trusted."""
import datetime as dt
import json
import math
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.corpus import FRAMES
from analysis.extraction import engines
from analysis.loading import cache as cache_mod

FIXTURES = Path(__file__).parents[1] / "fixtures" / "scale"


@pytest.fixture
def corpus_dir(tmp_path):
    d = tmp_path / "articles"
    shutil.copytree(FIXTURES, d)
    return d


@pytest.fixture
def parsed(monkeypatch):
    """Records the paths the per-article work is run on."""
    seen: list[str] = []
    real = engines.process_chunk

    def spy(paths, *a, **k):
        seen.extend(Path(p).name for p in paths)
        return real(paths, *a, **k)

    monkeypatch.setattr(engines, "process_chunk", spy)
    return seen


def assert_same(a, b):
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True)


def entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.parquet"))


def test_cached_load_gives_the_frames_of_an_uncached_load(corpus_dir, tmp_path):
    plain = load_corpus(corpus_dir, cache=False)
    cold = load_corpus(corpus_dir, cache=tmp_path / "c")
    warm = load_corpus(corpus_dir, cache=tmp_path / "c")
    assert len(plain.articles) == 4 and len(plain.mentions) > 10
    assert_same(plain, cold)
    assert_same(plain, warm)
    assert len(entries(tmp_path / "c")) == 4


def test_rerun_parses_only_the_new_file(corpus_dir, tmp_path, parsed):
    load_corpus(corpus_dir, cache=tmp_path / "c")
    assert sorted(parsed) == sorted(p.name for p in FIXTURES.iterdir())
    parsed.clear()
    (corpus_dir / "late_addition.txt").write_text(
        "Ferry service resumes\n\nThe ferry between Tolvik and Sandor resumed on Tuesday "
        "after 11 days, operator Nordlys Lines said.\n", encoding="utf-8")
    c = load_corpus(corpus_dir, cache=tmp_path / "c")
    assert parsed == ["late_addition.txt"]
    assert len(c.articles) == 5


def test_an_edited_file_is_parsed_again_and_its_new_text_used(corpus_dir, tmp_path, parsed):
    load_corpus(corpus_dir, cache=tmp_path / "c")
    parsed.clear()
    f = corpus_dir / "council_vote.txt"
    f.write_text(f.read_text(encoding="utf-8").replace("31 to 12", "29 to 14"), encoding="utf-8")
    c = load_corpus(corpus_dir, cache=tmp_path / "c")
    assert parsed == ["council_vote.txt"]
    by_name = c.articles.set_index(c.articles.path.map(lambda p: Path(p).name))
    text = by_name.loc["council_vote.txt", "text"]
    assert "29 to 14" in text and "31 to 12" not in text


def test_a_changed_sidecar_invalidates_only_its_article(corpus_dir, tmp_path, parsed):
    load_corpus(corpus_dir, cache=tmp_path / "c")
    parsed.clear()
    (corpus_dir / "flood_relief.json").write_text(json.dumps({"outlet": "Orvane Evening Post"}),
                                                  encoding="utf-8")
    c = load_corpus(corpus_dir, cache=tmp_path / "c")
    assert parsed == ["flood_relief.txt"]
    assert "Orvane Evening Post" in set(c.articles.outlet)


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_a_damaged_entry_is_rebuilt_not_trusted(corpus_dir, tmp_path, parsed, damage):
    folder = tmp_path / "c"
    plain = load_corpus(corpus_dir, cache=folder)
    victim = entries(folder)[0]
    data = victim.read_bytes()
    victim.write_bytes({"truncate": data[: len(data) // 2], "garbage": b"PAR1" + b"\x00" * 200,
                        "empty": b""}[damage])
    parsed.clear()
    again = load_corpus(corpus_dir, cache=folder)
    assert len(parsed) == 1
    assert_same(plain, again)
    assert victim.read_bytes() != b"" and len(entries(folder)) == 4
    store = cache_mod.ArticleCache(folder)
    assert store.get(victim.stem) is not None


def test_an_entry_with_a_tampered_payload_is_rejected(tmp_path):
    store = cache_mod.ArticleCache(tmp_path, version="v" * 24)
    other = cache_mod.ArticleCache(tmp_path, version="w" * 24)
    key = "ab" + "0" * 62
    assert store.put(key, {"article": {"n": 1}, "rows": {}, "error": None})
    # An entry written by another version, moved where this version looks, is not used.
    assert other.put(key, {"article": {"n": 2}, "rows": {}, "error": None})
    shutil.copy(other.path_for(key), store.path_for(key))
    assert store.get(key) is None
    assert not store.path_for(key).exists()  # removed so it is rebuilt
    # Same version but stored under the wrong key: rejected too.
    assert store.put(key, {"article": {"n": 3}, "rows": {}, "error": None})
    wrong = "cd" + "1" * 62
    store.path_for(wrong).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(store.path_for(key), store.path_for(wrong))
    assert store.get(wrong) is None
    assert store.get(key)["article"] == {"n": 3}


def test_another_version_parses_everything_again(corpus_dir, tmp_path, parsed, monkeypatch):
    load_corpus(corpus_dir, cache=tmp_path / "c")
    parsed.clear()
    monkeypatch.setattr(cache_mod, "version_key", lambda: "f" * 24)
    load_corpus(corpus_dir, cache=tmp_path / "c")
    assert len(parsed) == 4


def test_a_write_killed_before_the_rename_leaves_no_entry(corpus_dir, tmp_path, monkeypatch):
    folder = tmp_path / "c"

    def killed(src, dst):
        raise OSError("killed")

    monkeypatch.setattr(cache_mod.os, "replace", killed)
    with pytest.warns(UserWarning, match="could not be written"):
        c = load_corpus(corpus_dir, cache=folder)
    assert len(c.articles) == 4
    assert entries(folder) == []
    assert not [p for p in folder.rglob("*") if p.is_file() and p.name.endswith(".tmp")]
    monkeypatch.undo()
    # A stray temporary file from a killed run is ignored.
    store = cache_mod.ArticleCache(folder)
    (store.dir / "ab").mkdir(parents=True, exist_ok=True)
    (store.dir / "ab" / ".abc.123.tmp").write_bytes(b"PAR1 half")
    assert_same(c, load_corpus(corpus_dir, cache=folder))


def test_version_key_follows_per_article_code_only(tmp_path, monkeypatch):
    pkg = tmp_path / "analysis"
    shutil.copytree(cache_mod.PACKAGE_DIR, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_mod, "PACKAGE_DIR", pkg)

    def key():
        cache_mod.version_key.cache_clear()
        return cache_mod.version_key()

    try:
        files, _ = cache_mod.per_article_sources()
        for mod in ("extraction.pipeline", "extraction.entities", "extraction.claims",
                    "extraction.events", "loading.ingest", "loading.clean", "loading.nlp"):
            assert f"analysis.{mod}" in files
        assert "analysis.corpus" not in files and "analysis.story.agreement" not in files
        k0 = key()
        with open(pkg / "corpus.py", "a", encoding="utf-8") as fh:
            fh.write("\n# corpus-wide change\n")
        assert key() == k0
        with open(pkg / "extraction" / "entities.py", "a", encoding="utf-8") as fh:
            fh.write("\n# extractor change\n")
        k1 = key()
        assert k1 != k0
        # A module newly imported by an extractor is followed too.
        (pkg / "extraction" / "numbers_rules.py").write_text("UNITS = 1\n", encoding="utf-8")
        with open(pkg / "extraction" / "claims.py", "a", encoding="utf-8") as fh:
            fh.write("\nfrom . import numbers_rules  # noqa\n")
        k2 = key()
        (pkg / "extraction" / "numbers_rules.py").write_text("UNITS = 2\n", encoding="utf-8")
        assert key() not in (k1, k2)
    finally:
        monkeypatch.undo()
        cache_mod.version_key.cache_clear()


def test_tagged_json_round_trips_python_values_exactly():
    value = {"i": 3, "f": 3.0, "nan": float("nan"), "none": None, "b": True, "s": "Zoë “quoted”",
             "d": dt.date(2024, 2, 29), "t": (1, "x"), "l": [1, [2.5, None]], "k": {1: "int key"},
             "tag": {"$t": "not a tag"}}
    back = cache_mod.loads(cache_mod.dumps(value))
    assert math.isnan(back.pop("nan")) and math.isnan(value.pop("nan"))
    assert back == value
    assert type(back["i"]) is int and type(back["f"]) is float and type(back["t"]) is tuple
    with pytest.raises(cache_mod.Unstorable):
        cache_mod.dumps({"x": object()})


def test_unstorable_rows_are_not_cached_and_the_load_still_works(tmp_path):
    store = cache_mod.ArticleCache(tmp_path, version="v" * 24)
    assert store.put("ab" * 32, {"article": {"x": object()}}) is False
    assert entries(tmp_path) == []


def test_cache_folder_choice(tmp_path, monkeypatch):
    monkeypatch.delenv(cache_mod.CACHE_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    assert cache_mod.resolve_dir(True) == tmp_path / ".cache" / "newsdesk"
    assert cache_mod.resolve_dir(False) is None
    assert cache_mod.resolve_dir(tmp_path / "x") == tmp_path / "x"
    monkeypatch.setenv(cache_mod.CACHE_ENV, str(tmp_path / "env"))
    assert cache_mod.resolve_dir(True) == tmp_path / "env"
    monkeypatch.setenv(cache_mod.CACHE_ENV, "off")
    assert cache_mod.resolve_dir(True) is None


def test_an_unwritable_cache_folder_does_not_fail_the_load(corpus_dir, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.warns(UserWarning):
        c = load_corpus(corpus_dir, cache=blocker / "sub")
    assert len(c.articles) == 4


def test_prune_removes_only_old_other_versions(tmp_path):
    old, cur = tmp_path / ("a" * 24), tmp_path / ("b" * 24)
    for d in (old, cur):
        d.mkdir()
        (d / ".used").write_text("0")
    (tmp_path / "not-a-version").mkdir()
    assert cache_mod.prune(tmp_path, keep=cur.name, older_than_days=0) == [old]
    assert cur.exists() and (tmp_path / "not-a-version").exists()


def test_import_scan_finds_package_modules_and_third_party_names():
    src = ("from __future__ import annotations\nimport re, json as j\nimport analysis.numbers\n"
           "from .cues import (VERBS,\n    HEDGES)\nfrom . import (dates,\n  events as ev)\n"
           "from ..other import x\nfrom rapidfuzz import fuzz\n    import yaml  # inside a "
           "function\n")
    inner, outer = cache_mod._imports(src, ["analysis"])
    assert {"analysis.cues", "analysis.dates", "analysis.events", "analysis.numbers"} <= inner
    assert {"re", "json", "rapidfuzz", "yaml"} <= outer


def test_a_relative_and_an_absolute_path_share_the_cache(corpus_dir, tmp_path, parsed,
                                                         monkeypatch):
    folder = tmp_path / "c"
    absolute = load_corpus(corpus_dir, cache=folder)
    parsed.clear()
    monkeypatch.chdir(corpus_dir.parent)
    relative = load_corpus("articles", cache=folder)
    assert parsed == []
    assert list(relative.articles.path) == [str(Path("articles") / Path(p).name)
                                            for p in absolute.articles.path]
    assert_same(relative, load_corpus("articles", cache=False))


def test_an_entry_whose_path_leaks_into_other_fields_is_not_rebased():
    from analysis.corpus import _rebase

    entry = {"path": "/a/x.txt", "article": {"path": "/a/x.txt", "title": "t"}, "rows": {},
             "error": None}
    assert _rebase(dict(entry, article=dict(entry["article"])),
                   "x.txt")["article"]["path"] == "x.txt"
    leaky = {"path": "/a/x.txt", "article": {"path": "/a/x.txt", "note": "from /a/x.txt"},
             "rows": {}, "error": None}
    assert _rebase(leaky, "x.txt") is None
    # entries without a stored path are not used
    assert _rebase({"article": {"path": "x"}}, "x") is None


def test_prune_keeps_only_a_few_recent_versions(tmp_path):
    import os

    names = [c * 24 for c in "abcdef"]
    for i, n in enumerate(names):
        (tmp_path / n).mkdir()
        (tmp_path / n / ".used").write_text("x")
        os.utime(tmp_path / n / ".used", (1000 + i, 1000 + i))
    removed = cache_mod.prune(tmp_path, keep=names[0], keep_recent=2)
    assert [p.name for p in removed] == names[1:4]
    assert sorted(p.name for p in tmp_path.iterdir()) == [names[0], names[4], names[5]]


# ---------------------------------------------------------------------------- packs

def _packs(folder: Path) -> list[Path]:
    return sorted(folder.rglob("packs/*.parquet"))


@pytest.fixture
def small_packs(monkeypatch):
    monkeypatch.setattr(cache_mod, "PACK_MIN_ENTRIES", 2)


def test_a_pack_serves_a_rerun_without_the_entry_files(corpus_dir, tmp_path, parsed, small_packs):
    cold = load_corpus(corpus_dir, cache=tmp_path / "c")
    assert len(_packs(tmp_path / "c")) == 1
    for p in entries(tmp_path / "c"):
        if "packs" not in p.parts:
            p.unlink()  # only the pack is left
    parsed.clear()
    warm = load_corpus(corpus_dir, cache=tmp_path / "c")
    assert parsed == []  # nothing parsed again: every entry came from the pack
    assert_same(cold, warm)


def test_a_corrupt_pack_row_is_not_trusted(corpus_dir, tmp_path, parsed, small_packs):
    import pyarrow as pa
    import pyarrow.parquet as pq

    cold = load_corpus(corpus_dir, cache=tmp_path / "c")
    (pack,) = _packs(tmp_path / "c")
    table = pq.read_table(pack)
    texts = table.column("json").to_pylist()
    texts[0] = texts[0].replace('"', "'", 4)  # a changed payload no longer matches its digest
    table = table.set_column(1, "json", pa.array(texts, pa.large_string()))
    pq.write_table(table, pack)
    for p in entries(tmp_path / "c"):
        if "packs" not in p.parts:
            p.unlink()
    parsed.clear()
    warm = load_corpus(corpus_dir, cache=tmp_path / "c")
    assert len(parsed) == 1  # the bad row's article is parsed again, the rest come from the pack
    assert_same(cold, warm)


def test_an_unreadable_or_foreign_pack_is_removed(tmp_path):
    store = cache_mod.ArticleCache(tmp_path, version="v" * 24)
    path = store.pack_path("/some/articles")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"PAR1 not a pack")
    store.open_pack("/some/articles")
    assert not path.exists() and store.rejected == 1
    # a pack written for another folder is not read for this one
    other = cache_mod.ArticleCache(tmp_path, version="v" * 24)
    for i in range(40):
        assert other.put(f"{i:02d}" * 32, {"article": {"n": i}, "rows": {}, "error": None})
    other.open_pack("/other")  # (no pack yet) start recording
    for i in range(40):
        other._used[f"{i:02d}" * 32] = False
    assert other.close_pack()
    shutil.copy(other.pack_path("/other"), store.pack_path("/some/articles"))
    store.open_pack("/some/articles")
    assert store.get("00" * 32)["article"] == {"n": 0}  # from the entry file, not the pack
    assert store.pack_hits == 0 and not store.pack_path("/some/articles").exists()


def test_the_pack_is_rewritten_only_when_it_drifts(tmp_path):
    store = cache_mod.ArticleCache(tmp_path, version="v" * 24)
    keys = [f"{i:03d}".ljust(64, "a") for i in range(100)]
    for i, k in enumerate(keys):
        store.put(k, {"article": {"n": i}, "rows": {}, "error": None})
    store.open_pack("g")
    for k in keys:
        assert store.get(k) is not None
    assert store.close_pack()  # no pack before: written
    store.open_pack("g")
    assert all(store.get(k)["article"]["n"] == i for i, k in enumerate(keys))
    assert store.pack_hits == 100
    assert not store.close_pack()  # the same entries: left as it is
    extra = ["x" * 63 + str(i) for i in range(5)]
    for k in extra:
        store.put(k, {"article": {"n": -1}, "rows": {}, "error": None})
    store.open_pack("g")
    for k in keys + extra[:5]:
        store.get(k)
    assert not store.close_pack()  # 5 of 105 outside the pack: under the 10% share
    store.open_pack("g")
    for k in keys[:80]:
        store.get(k)
    assert store.close_pack()  # 20 of its 100 entries unused: rewritten
    store.open_pack("g")
    assert len(store._pack_rows) == 80


def test_a_load_leaves_the_garbage_collector_as_it_found_it(corpus_dir, tmp_path):
    import gc

    load_corpus(corpus_dir, cache=tmp_path / "c")  # cold
    load_corpus(corpus_dir, cache=tmp_path / "c")  # warm: the cached rows are read with GC paused
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()
    try:
        load_corpus(corpus_dir, cache=tmp_path / "c")
        assert not gc.isenabled()  # not switched on behind the caller's back
    finally:
        gc.enable()


def test_corpus_wide_steps_are_not_in_the_per_article_key():
    """Editing source linking or event-date resolution must not invalidate cached parses;
    editing any step of claim extraction must."""
    from analysis.loading.cache import per_article_sources
    found, _ = per_article_sources()
    claims = {f"analysis.extraction.claims.{m}" for m in (
        "kind", "word_kind", "governor", "held", "subset", "when", "context", "citizens",
        "moved", "headline", "source", "place")}
    assert claims | {"analysis.kinds", "analysis.extraction.events"} <= set(found)
    assert not {"analysis.extraction.source_link", "analysis.extraction.event_resolve",
                "analysis.corpus"} & set(found)
