"""Build the HTML reports for one folder of articles (``newsdesk report``, see
:mod:`analysis.reporting.cli`).

The corpus is loaded once and saved to ``OUT/<story>/data/current`` (the previous build's
frames move to ``data/previous``, for the "what changed" section); each notebook in
``notebooks/`` is then run by papermill with those frames and rendered to
``OUT/<story>/<notebook>.html`` with code hidden and images embedded. The notebooks run one
after the other on one kernel, reset between them (:mod:`analysis.reporting.kernel_pool`). A
notebook that fails leaves its previous report in place and is kept in ``OUT/<story>/failed/``; its
kernel is replaced, the others still build, ``OUT/index.html`` says what failed, and the
command exits non-zero.

One build of a story at a time: a lock file in the story's folder (filelock) makes a second
build wait (``lock_timeout``), then give up with :class:`BuildLocked`, never race. The
"what changed" baseline (``data/previous``) moves on only when a build completes with every
report built.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from filelock import FileLock, Timeout

from .. import __version__
from ..corpus import Corpus, load_corpus
from ..extraction.problems import skipped_line
from ..loading import language
from ..story import changes, summary
from . import report_index
from .csp import with_csp
from .kernel_pool import KernelSupply, import_papermill
from .params import ReportParams

PACKAGE = Path(__file__).resolve().parents[1]  # the package root
PROJECT = PACKAGE.parent


def notebooks_dir() -> Path:
    """The report notebooks: ``notebooks/`` of this checkout, else the copy installed with
    the package (``analysis/notebooks``, package data)."""
    here = PROJECT / "notebooks"
    if (PROJECT / "pyproject.toml").is_file() and here.is_dir():
        return here
    return PACKAGE / "notebooks"


NOTEBOOKS_DIR = notebooks_dir()
KERNEL = "newsdesk"
# (notebook file stem, report title), in the order the index lists them.
NOTEBOOKS = [
    ("overview", "Overview: headline figures, conflicts, what changed, files skipped"),
    ("counts", "People counts by source"),
    ("coverage", "Source coverage: who mentions which entity and figure"),
    ("timeline", "Timeline of releases, sanctions and other dated events"),
    ("agreement", "Agreement and conflicts between sources"),
    ("entities", "Entities and their spellings"),
]

# A cell that runs longer than this is a failed report, not a hung build.
CELL_TIMEOUT_SECONDS = 600
# Imported by a build's kernel while the build saves the frames: what every notebook's first
# cell imports.
KERNEL_PRELOAD = ("analysis.reporting.notebook", "analysis.reporting.charts",
                  "analysis.reporting.tables", "analysis.story.summary")


@dataclass
class ReportResult:
    name: str
    title: str
    file: str                 # relative to the story folder
    ok: bool
    error: str = ""
    failed_notebook: str = ""  # relative to the story folder
    failed_html: str = ""
    stale: bool = False       # the HTML linked is the previous build's


def slugify(story: str) -> str:
    """A folder name for ``story``: lowercase letters, digits and dashes only."""
    s = re.sub(r"[^a-z0-9]+", "-", story.casefold()).strip("-")[:60].strip("-")
    return s or "story"


def inside(root: Path, path: Path) -> Path:
    """``path`` resolved, refusing anything outside ``root``."""
    root, p = root.resolve(), path.resolve()
    if p != root and root not in p.parents:
        raise ValueError(f"refusing to write outside {root}: {p}")
    return p


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _save_frames(corpus: Corpus, data_dir: Path) -> Corpus | None:
    """Save this build's frames as ``current``; return the baseline (the frames of the last
    complete build, ``previous``) for "what changed", or None on a first build."""
    current, previous = data_dir / "current", data_dir / "previous"
    # Saved aside first and swapped in after: a build interrupted mid-save leaves the last
    # frames as they were.
    _swap_in(lambda staging: corpus.to_parquet(staging), current)
    if (previous / "articles.parquet").exists():
        return Corpus.from_parquet(previous)
    return None


def _advance_baseline(data_dir: Path) -> None:
    """This build completed: its frames become the baseline the next build compares with."""
    current = data_dir / "current"
    _swap_in(lambda staging: shutil.copytree(current, staging), data_dir / "previous")


def _swap_in(make, target: Path) -> None:
    """Make a folder beside ``target`` with ``make(path)`` and swap it into place."""
    staging = target.with_name(f".{target.name}.tmp")
    old = target.with_name(f".{target.name}.old")
    for leftover in (staging, old):
        shutil.rmtree(leftover, ignore_errors=True)
    make(staging)
    if target.exists():
        os.replace(target, old)
    os.replace(staging, target)
    shutil.rmtree(old, ignore_errors=True)


def render_html(nb_path: Path, title: str, hide_code: bool = True) -> str:
    """A self-contained HTML page for an executed notebook; code cells hidden."""
    # nbformat and nbconvert (~2 s together) only when a report is rendered
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(nb_path, as_version=4)
    if hide_code:
        # The parameter cells show nothing; papermill gives the injected one a random id.
        nb.cells = [c for c in nb.cells if not {"parameters",
                                                "injected-parameters"} & set(c.metadata.get("tags",
                                                                                            []))]
    exporter = HTMLExporter(template_name="lab", exclude_input=hide_code,
                            exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    # The reports need no script: drop every one the template adds (MathJax, mermaid from a
    # CDN), so a page loads nothing from the network and runs no code.
    return with_csp(re.sub(r"<script\b[^>]*>[\s\S]*?</script>", "", body))


def run_notebook(name: str, title: str, params: dict, story_dir: Path,
                 notebooks_dir: Path = NOTEBOOKS_DIR, kernel: str = KERNEL,
                 kernels: KernelSupply | None = None) -> ReportResult:
    """Execute one notebook with papermill and write its HTML report atomically. ``kernels``:
    the build's kernels (a kernel reused from the notebook before); by default a fresh kernel
    of its own, shut down afterwards."""
    pm = import_papermill()
    _kernel_can_import_project()
    _ensure_kernel(kernel)
    if kernels is None:
        with KernelSupply(kernel, notebooks_dir, KERNEL_PRELOAD) as own:
            return run_notebook(name, title, params, story_dir, notebooks_dir, kernel, own)
    html_path = inside(story_dir, story_dir / f"{name}.html")
    work = inside(story_dir, story_dir / ".build" / f"{name}.ipynb")
    work.parent.mkdir(parents=True, exist_ok=True)
    result = ReportResult(name=name, title=title, file=html_path.name, ok=True)
    try:
        try:
            # No cwd here: the kernel already runs in the notebooks' folder, and papermill
            # would change this whole process's working directory.
            pm.execute_notebook(str(notebooks_dir / f"{name}.ipynb"), str(work), parameters=params,
                                kernel_name=kernel, km=kernels.get(), progress_bar=False,
                                log_output=False, execution_timeout=CELL_TIMEOUT_SECONDS)
        except BaseException:
            kernels.done(ok=False)  # a failed notebook's kernel is never reused
            raise
        kernels.done(ok=True)
        write_atomic(html_path, render_html(work, title))
        failed = story_dir / "failed"
        for stale in (failed / f"{name}.ipynb", failed / f"{name}.html"):
            stale.unlink(missing_ok=True)
        _remove_if_empty(failed)
    except Exception as exc:  # report it, keep the previous HTML, go on with the others
        result.ok = False
        result.error = _error_text(exc)
        failed = inside(story_dir, story_dir / "failed" / f"{name}.ipynb")
        for stale in (failed, failed.with_suffix(".html")):  # an older failure's, now out of date
            stale.unlink(missing_ok=True)
        if _readable_notebook(work):
            failed.parent.mkdir(parents=True, exist_ok=True)
            os.replace(work, failed)
            result.failed_notebook = f"failed/{failed.name}"
            try:
                write_atomic(failed.with_suffix(".html"),
                             render_html(failed, f"FAILED: {title}", hide_code=False))
                result.failed_html = f"failed/{failed.stem}.html"
            except Exception:
                pass
        else:  # a 0-byte or cut-off file (a full disk): nothing worth linking
            work.unlink(missing_ok=True)
        _remove_if_empty(failed.parent)
        result.stale = html_path.exists()
    return result


def _readable_notebook(path: Path) -> bool:
    """Whether ``path`` holds a whole notebook (not a 0-byte or cut-off file)."""
    import nbformat  # ~1 s; only after a notebook failed

    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        nbformat.read(path, as_version=4)
        return True
    except Exception:
        return False


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()  # only succeeds when empty
    except OSError:
        pass


def _as_seen_from(path: Path, notebooks_dir: Path) -> str:
    """``path`` relative to the notebooks' folder when both sit in this project (so the
    parameters read like the notebooks' defaults, e.g. ``../seeds``), else absolute."""
    inside_project = lambda p: p == PROJECT or PROJECT in p.parents  # noqa: E731
    if inside_project(path) and inside_project(notebooks_dir):
        return os.path.relpath(path, notebooks_dir)
    return str(path)


def _kernel_can_import_project() -> None:
    """Let the kernel import ``analysis`` from this checkout even when the package is not
    installed in the environment (kernels inherit this process's environment)."""
    parts = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if str(PROJECT) not in parts:
        os.environ["PYTHONPATH"] = os.pathsep.join([str(PROJECT), *parts])


def _ensure_kernel(name: str) -> None:
    """Register the project kernel in this environment if ``make`` has not done it yet."""
    # jupyter_client and ipykernel (~0.05 s each) only when a build or the lab starts
    from jupyter_client.kernelspec import KernelSpecManager

    if name in KernelSpecManager().find_kernel_specs():
        return
    from ipykernel.kernelspec import install

    install(kernel_name=name, display_name=f"Python ({name})", prefix=sys.prefix)


def _error_text(exc: Exception) -> str:
    ename, evalue = getattr(exc, "ename", None), getattr(exc, "evalue", None)
    if ename:
        return f"{ename}: {evalue}"
    return f"{type(exc).__name__}: {exc}"


def build(params: ReportParams | str | os.PathLike,
          out_dir: str | os.PathLike = PROJECT / "reports", story: str | None = None, *,
          notebooks=None, notebooks_dir: str | os.PathLike | None = None, kernel: str = KERNEL,
          corpus: Corpus | None = None, lock_timeout: float = 1800, log=None, **fields) -> Path:
    """Build every report for ``params`` into ``out_dir/<story>/`` and rewrite
    ``out_dir/index.html``; return the index's path. ``params`` may also be the articles'
    path, with ``story`` and any other :class:`ReportParams` field as keywords. Raise
    ParamError for a value that cannot work and FileNotFoundError when the articles do
    not exist (both before anything is created), :class:`BuildFailed` (carrying the
    index's path) after building the rest when a notebook fails, and :class:`BuildLocked`
    when another build of the story holds the folder longer than ``lock_timeout`` seconds.
    ``corpus``: frames already loaded from the articles (skips the load). ``log``: called
    with one line per step (the console's progress)."""
    if not isinstance(params, ReportParams):
        params = ReportParams(articles=params, story=story or "", **fields)
    elif story is not None or fields:
        raise TypeError("build(ReportParams, ...) takes the story and the other parameters "
                        "inside it")
    params.check(files=False)
    say = log or (lambda line: None)
    articles = Path(params.articles).resolve()
    if corpus is None and not articles.exists():
        raise FileNotFoundError(f"{articles}: no such file or folder")
    root = Path(out_dir).resolve()
    root.mkdir(parents=True, exist_ok=True)
    story = params.story_title()
    story_dir = inside(root, root / slugify(story))
    story_dir.mkdir(parents=True, exist_ok=True)
    notebooks_dir = Path(notebooks_dir or NOTEBOOKS_DIR).resolve()
    lock = FileLock(str(story_dir / ".build.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        say(f"another build of {story!r} is running; waiting up to {lock_timeout:.0f} s")
        try:
            lock.acquire(timeout=lock_timeout)
        except Timeout:
            raise BuildLocked(f"another build of {story!r} still holds {story_dir} after "
                              f"{lock_timeout:.0f} s; try again when it has finished") from None
    try:
        params = replace(params, articles=str(articles), story=story)
        return _build_locked(params, root, story_dir, notebooks_dir, kernel, corpus, say,
                             notebooks)
    finally:
        lock.release()


def _build_locked(params: ReportParams, root: Path, story_dir: Path, notebooks_dir: Path,
                  kernel: str, corpus: Corpus | None, say, notebooks) -> Path:
    chosen = [(n, t) for n, t in NOTEBOOKS if notebooks is None or n in notebooks]
    with KernelSupply(kernel, notebooks_dir, KERNEL_PRELOAD) as kernels:
        if chosen:  # the kernel boots while the corpus loads and the frames are saved
            _kernel_can_import_project()
            _ensure_kernel(kernel)
            try:
                kernels.start()
            except Exception:
                pass  # each notebook tries again, and its report says why it cannot run
        if corpus is None:
            say(f"loading {params.articles}")
            corpus = load_corpus(params.articles, reference_date=params.reference_date or None)
            say(f"loaded {len(corpus.articles)} articles ({skipped_line(corpus.errors)})")
        data_dir = inside(story_dir, story_dir / "data")
        previous = _save_frames(corpus, data_dir)

        show = lambda p: _as_seen_from(Path(p), notebooks_dir)  # noqa: E731
        shown = replace(params, articles=show(params.articles), out_dir=show(story_dir),
                                    frames_dir=show(data_dir / "current"))
        results = []
        for i, (n, t) in enumerate(chosen, 1):
            started = time.monotonic()
            r = run_notebook(n, t, shown.to_notebook(), story_dir, notebooks_dir, kernel, kernels)
            took = time.monotonic() - started
            say(f"[{i}/{len(chosen)}] {n}: " + (f"done in {took:.1f} s" if r.ok else "FAILED "
                                                f"({r.error})"))
            results.append(r)

    shutil.rmtree(story_dir / ".build", ignore_errors=True)
    _remove_if_empty(story_dir / "failed")

    info = story_summary(corpus, previous, params.story, story_dir.name, results)
    write_atomic(story_dir / "summary.json", json.dumps(info, indent=2, sort_keys=True,
                                                        ensure_ascii=False))
    with FileLock(str(root / ".index.lock")):  # builds of other stories rewrite it too
        index = report_index.write_index(root)
    if not all(r.ok for r in results):
        raise BuildFailed(index, [r for r in results if not r.ok])
    _advance_baseline(data_dir)
    return index


class BuildLocked(RuntimeError):
    """Another build of the same story holds its folder."""


class BuildFailed(RuntimeError):
    """One or more notebooks failed; the index (``.index``) says which and why."""

    def __init__(self, index: Path, failed: list[ReportResult]):
        super().__init__("; ".join(f"{r.name}: {r.error}" for r in failed))
        self.index = index
        self.failed = failed


def story_summary(corpus: Corpus, previous: Corpus | None, story: str, slug: str,
                  results: list[ReportResult]) -> dict:
    """What the index shows for one story (also saved as ``summary.json``)."""
    arts = corpus.articles
    outlets = sorted({summary.text(o) for o in arts["outlet"]} - {""},
                     key=str.lower) if not arts.empty else []
    ch = changes.compare(previous, corpus)
    heads = summary.headlines(corpus.claim_groups)
    conf = summary.conflicts(corpus.claim_groups, corpus.group_figures)
    return {
        "story": story, "slug": slug, "version": __version__,
        "built": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "n_articles": int(len(arts)), "outlets": outlets,
        "sources": sorted(summary.source_labels(arts).values(), key=str.lower),
        "headline": [f"{r.label}: {r.answer}" for r in heads.itertuples(index=False)],
        "groups": [{"group_id": r.group_id, "label": r.label, "verdict": r.verdict,
                    "status": r.status,
                    "headline": r.headline_text, "answer": r.answer, "n_sources": int(r.n_sources),
                    "n_whole": int(r.n_whole), "n_support": int(r.n_support),
                    "n_parts": int(r.n_parts)}
                   for r in heads.itertuples(index=False)],
        "conflicts": [f"{r.label}: {r.answer} — {r.says}" for r in conf.itertuples(index=False)],
        "changes": ch.summary_line(),
        "new_articles": list(ch.new_articles["source"]) if not ch.new_articles.empty else [],
        "skipped": [{"path": summary.text(r["path"]), "stage": summary.text(r["stage"]),
                     "message": summary.text(r["message"])} for _, r in corpus.errors.iterrows()],
        "reports": [asdict(r) for r in results],
        "left_out": language.left_out(arts),
        "left_out_line": language.left_out_line(arts),
    }


def main(argv=None) -> int:
    """``python -m analysis.reporting.build_report ARGS`` = ``newsdesk report ARGS``."""
    from .cli import main as cli_main  # cli imports this module

    return cli_main(["report", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
