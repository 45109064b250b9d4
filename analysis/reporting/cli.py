"""The ``newsdesk`` command (also ``python -m analysis``): ``report``, ``eval``, ``lab``, ``load``.

Every parameter is checked before anything loads: a wrong date, a missing folder or an
unknown report stops the command with one line naming the problem (exit status 2).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from .. import __version__
from ..corpus import load_corpus
from ..extraction.problems import skip_word
from ..schema import column_dictionary
from .build_report import (
    KERNEL,
    NOTEBOOKS,
    BuildFailed,
    BuildLocked,
    _ensure_kernel,
    build,
    notebooks_dir,
    slugify,
)
from .params import ParamError, ReportParams, check_articles, check_date

PROG = "newsdesk"


# The options of ``report`` that are not report parameters (those come from ReportParams):
# where the build writes, which reports, how long to wait for another build, the console.
BUILD_OPTIONS = ("out", "notebook", "wait", "quiet", "notebooks_dir")


# --------------------------------------------------------------------------- checks

def check_build_args(a: argparse.Namespace) -> None:
    """The build's own options of ``report``, checked before the corpus loads."""
    names = [n for n, _ in NOTEBOOKS]
    unknown = [n for n in a.notebook or () if n not in names]
    if unknown:
        raise ParamError(f"--notebook {unknown[0]!r} is not a report; "
                         f"choose from {', '.join(names)}")
    if a.out and Path(a.out).exists() and not Path(a.out).is_dir():
        raise ParamError(f"--out {a.out}: is a file, not a folder")
    if a.wait < 0:
        raise ParamError("--wait must be 0 or more seconds")


# --------------------------------------------------------------------------- commands

def cmd_report(a: argparse.Namespace) -> int:
    params = ReportParams.from_mapping(vars(a), complete=False).check()
    check_build_args(a)
    out = Path(a.out or "reports")
    say = _say(a.quiet)
    try:
        index = build(params, out, notebooks=a.notebook, notebooks_dir=a.notebooks_dir or None,
                      lock_timeout=a.wait, log=say)
        rc = 0
    except BuildLocked as exc:
        print(f"{PROG} report: {exc}", file=sys.stderr)
        return 3
    except BuildFailed as exc:
        for r in exc.failed:
            print(f"report failed: {r.name}: {r.error}", file=sys.stderr)
        index, rc = exc.index, 1
    story_dir = index.parent / slugify(params.story_title())
    rc = max(rc, _report_skipped(story_dir))
    print(index)
    return rc


def _report_skipped(story_dir: Path) -> int:
    """One console line per file left out (the report lists them too); 1 when no article
    at all could be read."""
    try:
        info = json.loads((story_dir / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    for r in info.get("skipped", []):
        print(f"{skip_word(r['stage'])}: {r['path']}: {r['stage']}: {r['message']}",
              file=sys.stderr)
    for r in info.get("left_out", []):
        print(f"not analysed: {r['path']}: {r['reason']}", file=sys.stderr)
    if not info.get("n_articles"):
        print(f"{PROG} report: no article could be read; see the lines above", file=sys.stderr)
        return 1
    return 0


def _say(quiet: bool):
    def say(line: str) -> None:
        if not quiet:
            print(line, file=sys.stderr, flush=True)
    return say


def cmd_load(a: argparse.Namespace) -> int:
    check_articles(a.articles)
    check_date(a.reference_date, "--reference-date", day_only=True)
    out = Path(a.out)
    if out.exists() and not out.is_dir():
        raise ParamError(f"--out {a.out}: is a file, not a folder")
    corpus = load_corpus(a.articles, reference_date=a.reference_date or None,
                         progress=None if not a.quiet else False)
    (corpus.to_csv if a.format == "csv" else corpus.to_parquet)(out)
    for r in corpus.errors.itertuples():
        print(f"{skip_word(r.stage)}: {r.path}: {r.stage}: {r.message}", file=sys.stderr)
    print(f"{len(corpus.articles)} articles, {len(corpus.claims)} claims, {len(corpus.events)} "
          "events "
          f"→ {out} ({a.format})")
    return 0 if len(corpus.articles) else 1


def cmd_columns(a: argparse.Namespace) -> int:
    sys.stdout.write(column_dictionary())
    return 0


def cmd_eval(a: argparse.Namespace) -> int:
    scorer = Path(a.scorer)
    gold = Path(a.gold)
    for p, flag in ((scorer, "--scorer"), (gold, "--gold")):
        if not p.is_file():
            raise ParamError(f"{flag} {p}: no such file (the shared scorer lives in "
                             "../shared/eval)")
    check_articles(a.articles)
    cmd = [sys.executable, str(scorer), "--gold", str(gold), "--articles", a.articles]
    if a.story:
        cmd += ["--story", a.story]
    if a.require:
        cmd += ["--require", a.require]
    if a.diag:
        cmd.append("--diag")
    return subprocess.call(cmd)


def cmd_lab(a: argparse.Namespace) -> int:
    folder = Path(a.notebooks_dir) if a.notebooks_dir else notebooks_dir()
    if not folder.is_dir():
        raise ParamError(f"--notebooks-dir {folder}: no such folder")
    _ensure_kernel(KERNEL)
    cmd = [sys.executable, "-m", "jupyterlab", str(folder)]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")  # containers and CI machines run as root
    if a.no_browser:
        cmd.append("--no-browser")
    cmd += a.lab_args
    if a.dry_run:
        print(" ".join(cmd))
        return 0
    return subprocess.call(cmd)


# --------------------------------------------------------------------------- parser

def _add_param_options(p: argparse.ArgumentParser) -> None:
    """One option per report parameter a user sets, from :class:`ReportParams`' fields."""
    for f, option in ReportParams.options():
        kw = {"dest": f.name, "help": f.metadata["help"], "metavar": f.metadata["metavar"]}
        if isinstance(f.default, tuple):
            kw.update(action="append", default=[])
        else:
            kw.update(default=f.default)
            if f.default:
                kw["help"] += f" (default: {f.default})"
        p.add_argument(option, **kw)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=PROG, description="Follow one news story across many outlets: load a folder of "
                               "articles, build HTML reports, score against an answer key.")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", required=True)

    r = sub.add_parser("report", help="build the HTML reports for a folder of articles",
                       description="Load the articles once, run every report notebook and write "
                                   "OUT/<story>/*.html and OUT/index.html.")
    _add_param_options(r)
    r.add_argument("--out", default="", help="reports folder (default: ./reports)")
    r.add_argument("--notebook", action="append", default=None, metavar="NAME",
                   help="build only this report (repeatable): overview, counts, coverage, "
                   "timeline, "
                        "agreement, entities")
    r.add_argument("--wait", type=float, default=1800, metavar="SECONDS",
                   help="how long to wait for another build of the same story to finish (default: "
                   "1800)")
    r.add_argument("--quiet", action="store_true", help="no progress lines")
    r.add_argument("--notebooks-dir", default="", help=argparse.SUPPRESS)
    r.set_defaults(run=cmd_report)

    e = sub.add_parser("eval", help="score the loaded frames against an answer key (the shared "
                       "scorer)",
                       description="Run the shared scorer with this interpreter, from the current "
                       "folder.")
    e.add_argument("--articles", default="seeds", help="folder of articles (default: seeds)")
    e.add_argument("--gold", default="../shared/eval/seeds-gold.json", help="answer key")
    e.add_argument("--story", default="", help="story key (default: the scorer's)")
    e.add_argument("--scorer", default="../shared/eval/score.py", help="the scorer script")
    e.add_argument("--require", default="", help="floors, e.g. counts_f1=0.9 (exit 1 below them)")
    e.add_argument("--diag", action="store_true", help="list every miss and extra")
    e.set_defaults(run=cmd_eval)

    lab = sub.add_parser("lab", help="JupyterLab on the report notebooks with the project kernel",
                         description="Start JupyterLab on the notebooks (as root too).")
    lab.add_argument("--notebooks-dir", default="", help="folder to open (default: the report "
                     "notebooks)")
    lab.add_argument("--no-browser", action="store_true", help="do not open a browser")
    lab.add_argument("--dry-run", action="store_true", help="print the command instead of running "
                     "it")
    lab.add_argument("lab_args", nargs=argparse.REMAINDER, help="passed to jupyter lab (after --)")
    lab.set_defaults(run=cmd_lab)

    ld = sub.add_parser("load", help="load a folder of articles and save every frame (parquet or "
                        "CSV)",
                        description="Load the articles and write one file per frame to OUT.")
    ld.add_argument("articles", help="folder (recursive) or file of articles")
    ld.add_argument("--out", required=True, help="folder for the frames")
    ld.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    ld.add_argument("--reference-date", default="", metavar="YYYY-MM-DD")
    ld.add_argument("--quiet", action="store_true", help="no progress bar")
    ld.set_defaults(run=cmd_load)

    col = sub.add_parser("columns",
                         help="print every frame's columns: type and meaning (markdown)",
                         description="The column dictionary of the frames (analysis.schema).")
    col.set_defaults(run=cmd_columns)
    return ap


def main(argv=None) -> int:
    ap = parser()
    a = ap.parse_args(argv)
    if getattr(a, "lab_args", None) and a.lab_args[0] == "--":
        a.lab_args = a.lab_args[1:]
    try:
        return a.run(a)
    except ParamError as exc:
        print(f"{PROG} {a.command}: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
