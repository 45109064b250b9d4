"""One build of a story at a time (a lock per story folder), a "what changed" baseline that
moves on only when a build completes, and no 0-byte or empty leftovers."""
from __future__ import annotations

import errno
import json
import multiprocessing
import threading
import time
from pathlib import Path

import pytest
from filelock import FileLock

from analysis.corpus import Corpus
from analysis.reporting import build_report
from analysis.reporting.build_report import BuildLocked, build, run_notebook, slugify
from report_frames import articles, corpus

STORY = "Ferry"


def _later() -> Corpus:
    return corpus(articles=articles([{"article_id": "a4", "path": "in/sound.txt",
                                      "outlet": "Sound Post",
                                      "title": "Rescue ends", "published": "2023-08-03",
                                      "n_words": 300}]))


def _changes(out: Path) -> str:
    summary = (out / slugify(STORY) / "summary.json").read_text(encoding="utf-8")
    return json.loads(summary)["changes"]


def test_a_second_build_waits_for_the_first_then_runs(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    story_dir = out / slugify(STORY)
    story_dir.mkdir(parents=True)
    held = FileLock(str(story_dir / ".build.lock"), thread_local=False)
    held.acquire()
    threading.Timer(1.0, held.release).start()
    said = []
    started = time.monotonic()
    build(src, out, STORY, notebooks=[], corpus=corpus(), lock_timeout=30, log=said.append)
    assert time.monotonic() - started >= 0.9
    assert any("another build of 'Ferry' is running; waiting" in s for s in said)
    assert (story_dir / "data" / "current" / "articles.parquet").exists()


def test_a_build_that_cannot_get_the_lock_says_why_and_touches_nothing(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    build(src, out, STORY, notebooks=[], corpus=corpus())
    story_dir = out / slugify(STORY)
    before = (story_dir / "data" / "current" / "articles.parquet").read_bytes()
    with FileLock(str(story_dir / ".build.lock")):
        with pytest.raises(BuildLocked, match="another build of 'Ferry' still holds"):
            build(src, out, STORY, notebooks=[], corpus=_later(), lock_timeout=0.2)
    assert (story_dir / "data" / "current" / "articles.parquet").read_bytes() == before


def test_the_command_exits_with_a_message_when_locked(tmp_path, capsys):
    from analysis.reporting import cli

    from .test_cli import STORY as FILES

    out = tmp_path / "out"
    story_dir = out / slugify("story")
    story_dir.mkdir(parents=True)
    with FileLock(str(story_dir / ".build.lock")):
        rc = cli.main(["report", "--articles", str(FILES), "--out", str(out), "--wait", "0",
                       "--quiet",
                       "--story", "story"])
    assert rc == 3 and "another build of 'story' still holds" in capsys.readouterr().err


def _hammer(args) -> str:
    """Build the same story ``n`` times in this process; the error text, if any."""
    out, src, n, seed = args
    try:
        for i in range(n):
            c = _later() if (i + seed) % 2 else corpus()
            build(src, out, STORY, notebooks=[], corpus=c, lock_timeout=60)
        return ""
    except Exception as exc:  # noqa: BLE001 - reported to the test
        return f"{type(exc).__name__}: {exc}"


@pytest.mark.slow
def test_builds_of_one_story_at_the_same_time_never_crash(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    import sys
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(3, initializer=sys.path.insert,
                  initargs=(0, str(Path(__file__).parents[1]))) as pool:
        errors = pool.map(_hammer, [(out, src, 6, k) for k in range(3)])
    assert errors == ["", "", ""]
    data = out / slugify(STORY) / "data"
    assert len(Corpus.from_parquet(data / "current").articles) in (3, 4)
    assert len(Corpus.from_parquet(data / "previous").articles) in (3, 4)
    assert not list(data.glob(".*"))  # no staging folders left


def test_the_baseline_moves_on_only_when_a_build_completes(tmp_path, monkeypatch):
    """A build interrupted after it saved its frames must not make the next one say
    'Nothing changed' when articles were added."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    build(src, out, STORY, notebooks=[], corpus=corpus())

    def interrupted(root):
        raise KeyboardInterrupt
    monkeypatch.setattr(build_report.report_index, "write_index", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(src, out, STORY, notebooks=[], corpus=_later())
    monkeypatch.undo()

    build(src, out, STORY, notebooks=[], corpus=_later())
    assert "new articles: 1" in _changes(out).lower()
    build(src, out, STORY, notebooks=[], corpus=_later())
    assert _changes(out) == "Nothing changed since the previous build."


def test_a_build_with_a_failed_report_keeps_the_baseline(tmp_path, monkeypatch):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    build(src, out, STORY, notebooks=[], corpus=corpus())
    fake = build_report.ReportResult("overview", "Overview", "overview.html", ok=False,
                                     error="boom")
    monkeypatch.setattr(build_report, "run_notebook", lambda *a, **k: fake)
    monkeypatch.setattr(build_report.KernelSupply, "start", lambda self: None)
    with pytest.raises(build_report.BuildFailed):
        build(src, out, STORY, notebooks=["overview"], corpus=_later())
    monkeypatch.undo()
    build(src, out, STORY, notebooks=[], corpus=_later())
    assert "new articles: 1" in _changes(out).lower()


class NoKernels:
    """A kernel supply for a stubbed papermill: it hands out none."""

    def get(self):
        return None

    def done(self, ok):
        pass


def test_a_full_disk_leaves_no_empty_failed_notebook_and_no_empty_folder(tmp_path, monkeypatch):
    """The executed notebook could not be written (0 bytes): nothing is linked or left."""
    from analysis.reporting import kernel_pool

    class FakePM:
        @staticmethod
        def execute_notebook(src, dst, **kw):
            Path(dst).write_bytes(b"")
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(build_report, "import_papermill", lambda: FakePM)
    monkeypatch.setattr(build_report, "_ensure_kernel", lambda name: None)
    story_dir = tmp_path / "story"
    story_dir.mkdir()
    r = run_notebook("overview", "Overview", {}, story_dir, kernels=NoKernels())
    assert not r.ok and "No space left" in r.error
    assert r.failed_notebook == "" and r.failed_html == ""
    assert not (story_dir / "failed").exists()
    assert not list(story_dir.rglob("*.ipynb"))
    assert kernel_pool  # the real supply is not needed here


def test_a_passing_rerun_removes_the_failed_folder(tmp_path, monkeypatch):
    class FakePM:
        @staticmethod
        def execute_notebook(src, dst, **kw):
            import nbformat
            nbformat.write(nbformat.v4.new_notebook(), dst)

    monkeypatch.setattr(build_report, "import_papermill", lambda: FakePM)
    monkeypatch.setattr(build_report, "_ensure_kernel", lambda name: None)
    story_dir = tmp_path / "story"
    (story_dir / "failed").mkdir(parents=True)
    (story_dir / "failed" / "overview.ipynb").write_text("{}")
    (story_dir / "failed" / "overview.html").write_text("<html></html>")
    r = run_notebook("overview", "Overview", {}, story_dir, kernels=NoKernels())
    assert r.ok
    assert not (story_dir / "failed").exists()
    assert (story_dir / "overview.html").stat().st_size > 0
