"""The ``newsdesk`` command (also ``python -m analysis``): ``report``, ``eval``, ``lab``, ``load``.

Every parameter is checked before anything loads: a wrong date, a missing folder or an
unknown report stops the command with one line naming the problem (exit status 2).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from .. import __version__

PROG = "newsdesk"


class UsageError(Exception):
    """A parameter that cannot work; the message names it and says why."""


# --------------------------------------------------------------------------- checks

def check_date(value: str, name: str, *, day_only: bool = False) -> str:
    """``value`` if it is a real date written YYYY-MM-DD (or, unless ``day_only``, YYYY or
    YYYY-MM), else UsageError naming ``name``."""
    if not value:
        return ""
    shapes = ("%Y-%m-%d",) if day_only else ("%Y-%m-%d", "%Y-%m", "%Y")
    lengths = {"%Y-%m-%d": 10, "%Y-%m": 7, "%Y": 4}
    for shape in shapes:
        try:
            if len(value) == lengths[shape]:
                dt.datetime.strptime(value, shape)
                return value
        except ValueError:
            continue
    want = "YYYY-MM-DD" if day_only else "YYYY, YYYY-MM or YYYY-MM-DD"
    raise UsageError(f"{name} {value!r} is not a real date written {want}")


def _date_end(value: str) -> str:
    """The last day an ISO prefix covers, for comparing a range's ends."""
    return value + {4: "-12-31", 7: "-31"}.get(len(value), "")


def check_articles(path: str) -> Path:
    """The articles folder or file, which must exist and hold at least one article file."""
    from ..loading.readers import discover

    p = Path(path)
    if not p.exists():
        raise UsageError(f"articles: {path}: no such file or folder")
    if p.is_dir():
        files, skipped = discover(p)
        if not files:
            what = (f" ({len(skipped)} other files skipped: {_first_reasons(skipped)})" if skipped
                    else "")
            raise UsageError(f"articles: {path}: no article files found{what}; "
                             f"expected {', '.join(sorted(_suffixes()))} files")
    return p


def _suffixes() -> set[str]:
    from ..loading.readers import article_suffixes

    return article_suffixes()


def _first_reasons(rows: list[dict], n: int = 3) -> str:
    shown = "; ".join(f"{Path(r['path']).name}: {r['message']}" for r in rows[:n])
    return shown + (f"; and {len(rows) - n} more" if len(rows) > n else "")


def check_report_args(a: argparse.Namespace) -> None:
    """Everything ``report`` needs, checked before the corpus loads."""
    from .build_report import NOTEBOOKS

    check_articles(a.articles)
    check_date(a.reference_date, "--reference-date", day_only=True)
    check_date(a.date_from, "--date-from")
    check_date(a.date_to, "--date-to")
    if a.date_from and a.date_to and _date_end(a.date_to) < a.date_from:
        raise UsageError(f"--date-from {a.date_from} is after --date-to {a.date_to}")
    from ..schema import KINDS

    unknown_kinds = [k for k in a.focus_kind if k not in KINDS]
    if unknown_kinds:
        raise UsageError(f"--focus-kind {unknown_kinds[0]!r} is not a kind of figure; choose from "
                         f"{', '.join(KINDS)}")
    names = [n for n, _ in NOTEBOOKS]
    unknown = [n for n in a.notebook or () if n not in names]
    if unknown:
        raise UsageError(f"--notebook {unknown[0]!r} is not a report; choose from "
                         f"{', '.join(names)}")
    if a.out and Path(a.out).exists() and not Path(a.out).is_dir():
        raise UsageError(f"--out {a.out}: is a file, not a folder")
    if a.wait < 0:
        raise UsageError("--wait must be 0 or more seconds")


# --------------------------------------------------------------------------- commands

def cmd_report(a: argparse.Namespace) -> int:
    from .build_report import BuildFailed, BuildLocked, build, slugify

    check_report_args(a)
    out = Path(a.out or "reports")
    say = _say(a.quiet)
    try:
        index = build(a.articles, out, a.story or None, reference_date=a.reference_date,
                      focus_entities=a.focus_entity, focus_kinds=a.focus_kind,
                      date_from=a.date_from,
                      date_to=a.date_to, notebooks=a.notebook, notebooks_dir=a.notebooks_dir
                      or None,
                      lock_timeout=a.wait, log=say)
        rc = 0
    except BuildLocked as exc:
        print(f"{PROG} report: {exc}", file=sys.stderr)
        return 3
    except BuildFailed as exc:
        for r in exc.failed:
            print(f"report failed: {r.name}: {r.error}", file=sys.stderr)
        index, rc = exc.index, 1
    story_dir = index.parent / slugify(_story_name(a))
    rc = max(rc, _report_skipped(story_dir))
    print(index)
    return rc


def _story_name(a) -> str:
    p = Path(a.articles).resolve()
    return (a.story or "").strip() or (p.name if p.is_dir() else p.stem) or "story"


def _report_skipped(story_dir: Path) -> int:
    """One console line per file left out (the report lists them too); 1 when no article
    at all could be read."""
    import json

    try:
        info = json.loads((story_dir / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    for r in info.get("skipped", []):
        print(f"skipped: {r['path']}: {r['stage']}: {r['message']}", file=sys.stderr)
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
    from ..corpus import load_corpus

    check_articles(a.articles)
    check_date(a.reference_date, "--reference-date", day_only=True)
    out = Path(a.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {a.out}: is a file, not a folder")
    corpus = load_corpus(a.articles, reference_date=a.reference_date or None,
                         progress=None if not a.quiet else False)
    (corpus.to_csv if a.format == "csv" else corpus.to_parquet)(out)
    for r in corpus.errors.itertuples():
        print(f"skipped: {r.path}: {r.stage}: {r.message}", file=sys.stderr)
    print(f"{len(corpus.articles)} articles, {len(corpus.claims)} claims, {len(corpus.events)} "
          "events "
          f"→ {out} ({a.format})")
    return 0 if len(corpus.articles) else 1


def cmd_columns(a: argparse.Namespace) -> int:
    from ..schema import column_dictionary

    sys.stdout.write(column_dictionary())
    return 0


def cmd_eval(a: argparse.Namespace) -> int:
    scorer = Path(a.scorer)
    gold = Path(a.gold)
    for p, flag in ((scorer, "--scorer"), (gold, "--gold")):
        if not p.is_file():
            raise UsageError(f"{flag} {p}: no such file (the shared scorer lives in "
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
    from .build_report import KERNEL, _ensure_kernel, notebooks_dir

    folder = Path(a.notebooks_dir) if a.notebooks_dir else notebooks_dir()
    if not folder.is_dir():
        raise UsageError(f"--notebooks-dir {folder}: no such folder")
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

def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=PROG, description="Follow one news story across many outlets: load a folder of "
                               "articles, build HTML reports, score against an answer key.")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", required=True)

    r = sub.add_parser("report", help="build the HTML reports for a folder of articles",
                       description="Load the articles once, run every report notebook and write "
                                   "OUT/<story>/*.html and OUT/index.html.")
    r.add_argument("--articles", default="seeds", help="folder (recursive) or file of articles "
                   "(default: seeds)")
    r.add_argument("--story", default="", help="story title (default: the folder's name)")
    r.add_argument("--out", default="", help="reports folder (default: ./reports)")
    r.add_argument("--reference-date", default="", metavar="YYYY-MM-DD",
                   help="what relative dates resolve against in undated articles")
    r.add_argument("--focus-entity", action="append", default=[], metavar="NAME",
                   help="keep only this entity, by canonical name (repeatable)")
    r.add_argument("--focus-kind", action="append", default=[], metavar="KIND",
                   help="keep only this kind of count, e.g. released (repeatable)")
    r.add_argument("--date-from", default="", metavar="DATE",
                   help="timeline start: YYYY, YYYY-MM or YYYY-MM-DD")
    r.add_argument("--date-to", default="", metavar="DATE",
                   help="timeline end: YYYY, YYYY-MM or YYYY-MM-DD")
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
    except UsageError as exc:
        print(f"{PROG} {a.command}: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
