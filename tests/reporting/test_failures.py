"""Failures mid-run: an interrupted write or build leaves the previous reports readable; a
notebook that raises does not stop the others, the index says what failed, the command exits
non-zero, and the next good build clears the failure.

The cache's own kill-mid-write checks live in tests/loading/test_cache.py.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from urllib.parse import unquote

import nbformat
import pytest
from bs4 import BeautifulSoup

from analysis.reporting import build_report, report_index
from analysis.reporting.build_report import NOTEBOOKS_DIR, build, main, slugify, write_atomic

from .test_security import BROWSER, MARK, SCRIPT, _browse, _unsafe

PROJECT = Path(__file__).resolve().parents[2]
STORY_FILES = Path(__file__).parents[1] / "fixtures" / "security" / "story"
STORY = "Kestrel Ridge hostages"
PICK = ["overview", "counts"]  # the first report fails below; the one after it must still build


def _temps(folder: Path) -> list[Path]:
    return sorted(folder.rglob(".*.tmp"))


# --------------------------------------------------------------------------- atomic writes

def test_a_write_interrupted_before_the_rename_keeps_the_previous_file(tmp_path, monkeypatch):
    page = tmp_path / "counts.html"
    write_atomic(page, "<html>previous build</html>")

    def interrupted(src, dst):
        raise KeyboardInterrupt  # Ctrl-C between writing the temporary file and the rename
    monkeypatch.setattr(build_report.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(page, "<html>new build" + "x" * 100_000 + "</html>")
    assert page.read_text(encoding="utf-8") == "<html>previous build</html>"
    assert _temps(tmp_path) == []


def test_a_write_failing_half_way_keeps_the_previous_file(tmp_path, monkeypatch):
    page = tmp_path / "counts.html"
    write_atomic(page, "<html>previous build</html>")
    real_fdopen = os.fdopen

    class DiskFull:
        """A file that takes half the data, then fails like a full disk."""

        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            self.f.write(data[: len(data) // 2])
            self.f.flush()
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(build_report.os, "fdopen", lambda fd, *a,
                        **k: DiskFull(real_fdopen(fd, *a, **k)))
    with pytest.raises(OSError):
        write_atomic(page, "<html>new build" + "x" * 100_000 + "</html>")
    assert page.read_text(encoding="utf-8") == "<html>previous build</html>"
    assert _temps(tmp_path) == []


def test_the_index_write_interrupted_keeps_the_previous_index(tmp_path, monkeypatch):
    index = report_index.write_index(tmp_path)
    before = index.read_bytes()
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "summary.json").write_text('{"story": "Another story", "reports": []}',
                                                     encoding="utf-8")

    def interrupted(src, dst):
        raise KeyboardInterrupt
    monkeypatch.setattr(report_index.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        report_index.write_index(tmp_path)
    assert index.read_bytes() == before
    assert _temps(tmp_path) == []


KILLED_WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from analysis.reporting.build_report import write_atomic
    target, i = Path(sys.argv[1]), 0
    while True:
        i += 1
        write_atomic(target, f"<html>{i}\\n" + "x" * 2_000_000 + f"\\n{i}</html>")
        print(i, flush=True)
""")


def _whole(page: Path) -> int:
    """The version number of the report on disk, asserting it is one whole version."""
    data = page.read_text(encoding="utf-8")
    head, _, rest = data.partition("\n")
    n = head.removeprefix("<html>")
    assert n.isdigit() and rest == "x" * 2_000_000 + f"\n{n}</html>", (f"torn file: {len(data)} "
                                                                       "chars")
    return int(n)


def test_a_report_being_rewritten_or_killed_is_always_whole(tmp_path):
    """While a process keeps rewriting a report, a reader only ever sees whole versions; after
    SIGKILL at any moment the file on disk is one whole version, never a torn mix (leftover
    temporary files are allowed: nothing can clean up after SIGKILL, and they are hidden)."""
    page = tmp_path / "report.html"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PROJECT),
                                                        os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(page)],
                            stdout=subprocess.PIPE,
                            text=True, env=env)
    try:
        assert proc.stdout.readline(), "the writer died on its own"
        seen = set()
        # read while it writes, until it has rewritten the file a few times
        for _ in range(20_000):
            seen.add(_whole(page))
            if len(seen) >= 4:
                break
        assert proc.poll() is None
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
    last = _whole(page)
    assert len(seen) >= 4 and last >= max(seen)  # the writer really was rewriting it meanwhile


# --------------------------------------------------------------------------- builds

def _run_time(html: str) -> str:
    return BeautifulSoup(html, "html.parser").select_one(".nd-run-time").get_text()


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("failures")
    articles, out = tmp / "articles", tmp / "out"
    shutil.copytree(STORY_FILES, articles)
    story_dir = out / slugify(STORY)
    snap = lambda: {p.name: p.read_bytes() for p in sorted(story_dir.glob("*.html"))} | {  # noqa: E731
        "index.html": (out / "index.html").read_bytes(),
        "summary.json": (story_dir / "summary.json").read_bytes()}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSDESK_CACHE", str(tmp / "cache"))
        build(articles, out, STORY, notebooks=PICK)
        first = snap()

        # 1. Interrupted (Ctrl-C) while the first report is being put in place.
        real_replace = os.replace

        def interrupted(src, dst, *a, **k):
            if str(dst).endswith("overview.html"):
                raise KeyboardInterrupt
            return real_replace(src, dst, *a, **k)
        mp.setattr(build_report.os, "replace", interrupted)
        try:
            build(articles, out, STORY, notebooks=PICK)
            interrupted_raised = False
        except KeyboardInterrupt:
            interrupted_raised = True
        mp.setattr(build_report.os, "replace", real_replace)
        after_interrupt = snap()
        temps_after_interrupt = _temps(story_dir)

        # 2. The first report's notebook raises, with article text in its message.
        broken = tmp / "notebooks"
        shutil.copytree(NOTEBOOKS_DIR, broken)
        nb = nbformat.read(broken / "overview.ipynb", as_version=4)
        nb.cells[-1].source = (f'raise RuntimeError("{SCRIPT} " + "; '
                               '".join(full.articles["title"].map(str)))')
        nbformat.write(nb, broken / "overview.ipynb")
        argv = ["--articles", str(articles), "--out", str(out), "--story", STORY,
                "--notebooks-dir", str(broken)]
        rc = main(argv + [a for n in PICK for a in ("--notebook", n)])
        failed = snap()
        failed_page = (story_dir / "failed" / "overview.html").read_text(encoding="utf-8")
        hrefs = [a["href"] for a in BeautifulSoup(failed["index.html"],
                                                  "html.parser").find_all("a")]
        missing_links = [h for h in hrefs if not h.startswith("#")
                         and not (out / unquote(h)).exists()]

        # 3. Fixed: the next build clears the failure.
        rc_fixed = main(["--articles", str(articles), "--out", str(out), "--story", STORY]
                        + [a for n in PICK for a in ("--notebook", n)])
        fixed = snap()
    return {"first": first, "interrupted_raised": interrupted_raised,
            "after_interrupt": after_interrupt,
            "temps_after_interrupt": temps_after_interrupt, "rc": rc, "failed": failed,
            "failed_page": failed_page, "missing_links": missing_links,
            "rc_fixed": rc_fixed, "fixed": fixed, "story_dir": story_dir, "out": out}


@pytest.mark.slow
def test_an_interrupted_build_leaves_every_previous_file_readable(builds):
    assert builds["interrupted_raised"]
    assert builds["after_interrupt"] == builds["first"]  # reports, index and summary untouched
    assert builds["temps_after_interrupt"] == []


@pytest.mark.slow
def test_a_failing_notebook_does_not_stop_the_next_one(builds):
    first, failed = builds["first"], builds["failed"]
    assert builds["rc"] == 1
    assert failed["overview.html"] == first["overview.html"]  # previous report kept
    assert failed["counts.html"] != first["counts.html"]  # the report after it was rebuilt...
    counts = failed["counts.html"].decode("utf-8")
    assert _run_time(counts) > _run_time(first["counts.html"].decode("utf-8"))
    # ...and is a real report
    assert "FAILED" not in BeautifulSoup(counts, "html.parser").get_text()


@pytest.mark.slow
def test_the_index_says_what_failed_and_links_the_failed_notebook(builds):
    html = builds["failed"]["index.html"].decode("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    text = soup.get_text(" ")
    assert "FAILED" in text and "RuntimeError" in text and "previous report kept" in text
    assert SCRIPT in text  # the error message quotes article text, as text
    assert _unsafe(html) == []
    hrefs = {a["href"] for a in soup.find_all("a")}
    story = builds["story_dir"].name
    assert {f"{story}/failed/overview.html", f"{story}/failed/overview.ipynb",
            f"{story}/overview.html"} <= hrefs
    assert builds["missing_links"] == []  # every link resolved when that index was written


@pytest.mark.slow
def test_the_failed_notebook_page_shows_the_error_and_runs_nothing(builds, tmp_path):
    """The failure page (code shown, traceback quoting article text) is escaped, and nothing
    in it runs in a browser."""
    html = builds["failed_page"]
    assert html and _unsafe(html) == []
    text = BeautifulSoup(html, "html.parser").get_text()
    assert "RuntimeError" in text and SCRIPT in text
    if BROWSER:
        page = tmp_path / "overview.html"
        page.write_text(html, encoding="utf-8")
        title, console, _ = _browse(page, tmp_path / "profile")
        assert title != MARK and not [c for c in console if MARK in c]


@pytest.mark.slow
def test_the_next_good_build_clears_the_failure(builds):
    assert builds["rc_fixed"] == 0
    assert not (builds["story_dir"] / "failed" / "overview.html").exists()
    assert not (builds["story_dir"] / "failed" / "overview.ipynb").exists()
    assert "FAILED" not in BeautifulSoup(builds["fixed"]["index.html"], "html.parser").get_text()
    assert builds["fixed"]["overview.html"] != builds["first"]["overview.html"]


def _notebook_with_a_previous_report(tmp_path, name: str, second_cell: str):
    """A two-cell notebook ``name`` (the second cell misbehaves) beside a previous report."""
    notebooks, story_dir = tmp_path / "notebooks", tmp_path / "story"
    notebooks.mkdir()
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "newsdesk",
                                                           "language": "python",
                                                           "display_name": "Python (newsdesk)"}})
    nb.cells = [nbformat.v4.new_code_cell("print('started')"),
                nbformat.v4.new_code_cell(second_cell)]
    nbformat.write(nb, notebooks / f"{name}.ipynb")
    write_atomic(story_dir / f"{name}.html", "<html>previous build</html>")
    return notebooks, story_dir


@pytest.mark.slow
def test_a_kernel_killed_mid_notebook_is_reported_and_the_previous_report_kept(tmp_path):
    """The kernel dies (out of memory, killed): the report fails like any other, with the
    partial notebook kept for debugging and the previous HTML left in place."""
    from analysis.reporting.build_report import run_notebook
    notebooks, story_dir = _notebook_with_a_previous_report(
        tmp_path, "dies", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)")
    r = run_notebook("dies", "Dies", {}, story_dir, notebooks_dir=notebooks)
    assert not r.ok and "Kernel" in r.error and r.stale
    assert (story_dir / "dies.html").read_text(encoding="utf-8") == "<html>previous build</html>"
    assert (story_dir / r.failed_notebook).exists()
    assert _temps(story_dir) == []


@pytest.mark.slow
def test_a_hung_cell_times_out_as_a_failed_report_and_the_previous_report_kept(tmp_path,
                                                                               monkeypatch):
    """A notebook that never finishes must not hang the whole build."""
    from analysis.reporting import build_report
    monkeypatch.setattr(build_report, "CELL_TIMEOUT_SECONDS", 3)
    notebooks, story_dir = _notebook_with_a_previous_report(tmp_path, "hangs",
                                                            "import time\ntime.sleep(120)")
    r = build_report.run_notebook("hangs", "Hangs", {}, story_dir, notebooks_dir=notebooks)
    assert not r.ok and "timed out" in r.error.lower() and r.stale
    assert (story_dir / "hangs.html").read_text(encoding="utf-8") == "<html>previous build</html>"
    assert (story_dir / r.failed_notebook).exists()


def test_an_interrupted_save_of_the_frames_keeps_the_last_complete_build(tmp_path, monkeypatch):
    """Ctrl-C while this build's frames are being saved: the last complete build's frames stay
    as they were, so the next build's 'what changed' compares against whole frames."""
    import pandas as pd

    from analysis.corpus import Corpus
    from report_frames import articles, corpus

    older = corpus()
    last = corpus(articles=articles([{"article_id": "a4", "path": "in/sound.txt",
                                      "outlet": "Sound Post",
                                      "title": "Rescue ends", "published": "2023-08-03",
                                      "n_words": 300}]))
    out, src = tmp_path / "out", tmp_path / "in"
    src.mkdir()
    build(src, out, "Ferry", notebooks=[], corpus=older)
    build(src, out, "Ferry", notebooks=[], corpus=last)
    data = out / slugify("Ferry") / "data"

    real, calls = pd.DataFrame.to_parquet, []

    def interrupted(self, *a, **k):
        calls.append(1)
        if len(calls) == 3:  # a few frames saved, the rest not yet
            raise KeyboardInterrupt
        return real(self, *a, **k)
    monkeypatch.setattr(pd.DataFrame, "to_parquet", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(src, out, "Ferry", notebooks=[], corpus=corpus(claims=corpus().claims.iloc[:1]))
    monkeypatch.setattr(pd.DataFrame, "to_parquet", real)

    saved = Corpus.from_parquet(data / "current")
    for name in ("articles", "claims", "mentions", "entities", "events"):
        assert len(getattr(saved, name)) == len(getattr(last, name)), name
    # the baseline is the last complete build's frames, whole
    assert sorted(Corpus.from_parquet(data / "previous").articles["article_id"]) == ["a1", "a2",
                                                                                     "a3", "a4"]
