"""The loader over 200+ malformed and hostile inputs in one run (issue 8, "Bad input").

Every input is a test of its own (its file name is the test id): it must end up in
``articles`` or in ``errors`` exactly once, with the expected outcome, and no exception
may escape ``load_corpus``.
"""
from __future__ import annotations

import os

import pandas as pd
import pytest

import malformed

CASES = malformed.cases()


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("malformed") / "corpus"
    made = malformed.write_all(folder, CASES)
    try:
        corpus = malformed.load(folder)  # must not raise, whatever is in the folder
    finally:
        malformed.unlock(folder)
    yield folder, corpus, made
    big = folder / "big" / "fifty-megabytes.txt"
    if big.exists():
        big.unlink()  # do not keep 50 MB in pytest's temp folders


def _rows(corpus, path: str):
    arts = corpus.articles[corpus.articles["path"] == path]
    errs = corpus.errors[corpus.errors["path"] == path]
    return arts, errs


def test_generator_makes_at_least_200_distinct_inputs():
    names = [c.name for c in CASES]
    assert len(names) >= 200
    assert len(set(names)) == len(names)
    assert {c.expect for c in CASES} <= {"article", "error", "duplicate", "any"}


@pytest.mark.parametrize("case", CASES, ids=[c.name.encode("ascii", "backslashreplace").decode()
                                             for c in CASES])
def test_input_is_accounted_for(loaded, case):
    folder, corpus, _ = loaded
    if case.skip_reason:
        pytest.skip(case.skip_reason)
    path = str(folder / (case.report_path or case.name))
    arts, errs = _rows(corpus, path)
    assert len(arts) + len(errs) == 1, (f"{case.name}: in articles {len(arts)}x, in errors "
                                        f"{len(errs)}x")

    if len(errs):
        err = errs.iloc[0]
        assert err["stage"] and isinstance(err["stage"], str)
        msg = err["message"]
        assert isinstance(msg, str) and len(msg) > 8
        assert "Traceback" not in msg and not msg.startswith("unexpected"), msg

    if case.expect == "article":
        assert len(arts) == 1, (f"{case.name} was not loaded: "
                                f"{errs.iloc[0].to_dict() if len(errs) else ''}")
        _check_article(arts.iloc[0], case.checks)
    elif case.expect == "error":
        assert len(errs) == 1, f"{case.name} was loaded as an article"
        if case.stage:
            assert errs.iloc[0]["stage"] == case.stage, errs.iloc[0].to_dict()
    elif case.expect == "duplicate":
        assert len(errs) == 1 and errs.iloc[0]["stage"] == "duplicate", (
            f"{case.name}: {errs.to_dict('records')}")
        assert "same article text as" in errs.iloc[0]["message"]


def _check_article(row, checks: dict) -> None:
    text = row["text"]
    contains = checks.get("contains", [])
    for needle in [contains] if isinstance(contains, str) else contains:
        assert needle in text, f"{needle!r} not in {text[:300]!r}"
    for needle in checks.get("absent", []):
        assert needle not in text, f"{needle!r} in {text[:300]!r}"
    for key in ("published", "outlet"):
        if key in checks:
            want = checks[key]
            if want is None:
                assert pd.isna(row[key]), f"{key} should be missing, got {row[key]!r}"
            else:
                # dates typed
                assert row[key] == (pd.Timestamp(want) if key == "published" else want)


def test_every_file_is_accounted_for_exactly_once(loaded):
    folder, corpus, made = loaded
    accounted = list(corpus.articles["path"]) + list(corpus.errors["path"])
    assert len(accounted) == len(set(accounted)), "a file is listed twice"
    expected = {str(folder / (c.report_path or c.name)) for c in made}
    assert expected <= set(accounted), sorted(expected - set(accounted))[:10]
    # Nothing else was invented: every row points at something under the folder.
    for p in accounted:
        assert p.startswith(str(folder) + os.sep)


def test_no_error_comes_from_an_unexpected_exception(loaded):
    _, corpus, _ = loaded
    unexpected = corpus.errors[corpus.errors["message"].str.startswith("unexpected")]
    assert unexpected.empty, unexpected.to_dict("records")


def test_duplicates_are_counted_once(loaded):
    _, corpus, _ = loaded
    assert corpus.articles["article_id"].is_unique
    dups = corpus.errors[corpus.errors["stage"] == "duplicate"]
    assert len(dups) >= 5
    # A duplicate's article never contributes rows of its own.
    dup_paths = set(dups["path"])
    assert not dup_paths & set(corpus.articles["path"])


def test_article_text_has_no_control_characters_or_markup(loaded):
    _, corpus, _ = loaded
    for path, text in zip(corpus.articles["path"], corpus.articles["text"]):
        assert "\x00" not in text and "\r" not in text, path
        assert "<script" not in text.lower(), path


def test_the_result_round_trips_through_parquet(loaded, tmp_path):
    from analysis.corpus import Corpus

    _, corpus, _ = loaded
    corpus.to_parquet(tmp_path / "out")
    again = Corpus.from_parquet(tmp_path / "out")
    assert list(again.articles["path"]) == list(corpus.articles["path"])
    assert list(again.errors["message"]) == list(corpus.errors["message"])


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        malformed.load(tmp_path / "not-here")


def test_a_single_bad_file_given_directly(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(malformed.BINARY_HEADERS["png"] + b"\x00" * 100)
    corpus = malformed.load(p)
    assert corpus.articles.empty
    assert corpus.errors.to_dict("records") == [
        {"path": str(p), "stage": "read", "message": "file is a PNG image, not an article in text "
         "or HTML"}]


def test_an_empty_folder_gives_empty_frames(tmp_path):
    corpus = malformed.load(tmp_path)
    assert corpus.articles.empty and corpus.errors.empty
    assert "text" in corpus.articles.columns


def test_hidden_files_are_skipped(tmp_path):
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("ref: refs/heads/main")
    corpus = malformed.load(tmp_path)
    assert corpus.articles.empty and corpus.errors.empty


def test_permission_denied_is_reported(tmp_path, monkeypatch):
    """CI runs as root, where chmod 000 does not stop reading: simulate the denial."""
    from analysis.loading import ingest

    p = tmp_path / "locked.txt"
    p.write_text(malformed.story(), encoding="utf-8")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ingest, "open", denied, raising=False)
    corpus = malformed.load(tmp_path)
    assert corpus.articles.empty
    row = corpus.errors.iloc[0]
    assert row["path"] == str(p) and row["stage"] == "read"
    assert row["message"].startswith("permission denied")


@pytest.mark.skipif(malformed._is_root(), reason="root can read a chmod 000 file")
def test_chmod_000_is_reported_when_not_root(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_text(malformed.story(), encoding="utf-8")
    os.chmod(p, 0)
    try:
        corpus = malformed.load(tmp_path)
    finally:
        os.chmod(p, 0o600)
    assert corpus.errors.iloc[0]["message"].startswith("permission denied")
