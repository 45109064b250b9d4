"""What every report notebook calls first: open the corpus (saved frames when the build step
gave them, else a fresh load, same result), narrow it to the focus parameters, and show the
header (parameters, run time, articles read, package version).

Everything shown goes through :func:`html.escape`; article text never becomes markup.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import html
from pathlib import Path

import pandas as pd

from .. import __version__
from ..corpus import Corpus, load_corpus
from ..extraction.problems import skipped_line
from ..loading import language
from ..story import changes as changes_mod
from ..story.summary import date_span, is_missing, text, texts
from . import tables
from .build_report import notebooks_dir
from .params import ReportParams

CSS = """<style>
.nd-header{font-family:system-ui,sans-serif;border:1px solid #ddd;border-radius:6px;\
padding:10px 14px;
  background:#fafafa;margin:6px 0 14px 0;font-size:14px}
.nd-header h2{margin:0 0 6px 0;font-size:20px}
.nd-meta{color:#444;margin:2px 0}
.nd-table{border-collapse:collapse;font-size:13px;margin:6px 0}
.nd-table th,.nd-table td{border-bottom:1px solid #e3e3e3;padding:3px 8px;\
text-align:left !important;
  vertical-align:top;max-width:none}
.nd-table th{background:#f0f0f0}
.nd-table tr:nth-child(even){background:#fafafa}
.nd-empty{color:#666;font-style:italic}
.nd-caption{font-weight:600;margin:10px 0 2px 0}
</style>"""


class Html:
    """Markup assembled here from escaped pieces, shown as HTML in a notebook."""

    def __init__(self, markup: str):
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup


def located(path: str) -> str:
    """A path parameter as given when it exists from the current folder, else read from the
    notebooks' folder (whose defaults, like ``../seeds``, are written from there): a notebook
    runs the same from ``notebooks/`` and from the repository root."""
    if not path or Path(path).is_absolute() or Path(path).exists():
        return path
    there = notebooks_dir() / path
    return str(there.resolve()) if there.exists() else path


def open_corpus(articles: str, frames_dir: str = "", reference_date: str = "") -> Corpus:
    """The corpus for ``articles``: reloaded from ``frames_dir`` when it holds saved frames
    (the build step loads once for all notebooks), else loaded afresh."""
    articles, frames_dir = located(articles), located(frames_dir)
    if frames_dir and (Path(frames_dir) / "articles.parquet").exists():
        return Corpus.from_parquet(frames_dir)
    return load_corpus(articles, reference_date=reference_date or None)


def focus(corpus: Corpus, entities=(), kinds=(), date_from: str = "", date_to: str = "") -> Corpus:
    """Narrow ``corpus``: only the named entities (canonical names, any case), only the given
    claim kinds, only events overlapping [date_from, date_to] (ISO prefixes). Empty = all."""
    c = dataclasses.replace(corpus)
    if entities:
        wanted = {str(e).casefold() for e in entities}
        keep = c.entities[c.entities["canonical"].map(lambda n: text(n).casefold() in wanted)]
        c.entities = keep.reset_index(drop=True)
        c.mentions = c.mentions[c.mentions["entity_id"].isin(set(keep["entity_id"]))]
        c.mentions = c.mentions.reset_index(drop=True)
    if kinds:
        wanted = {str(k) for k in kinds}
        c.claims = c.claims[texts(c.claims["kind"], "other").isin(wanted)].reset_index(drop=True)
        if c.claim_groups is not None and "kind" in c.claim_groups.columns:
            c.claim_groups = c.claim_groups[
                texts(c.claim_groups["kind"], "other").isin(wanted)
            ].reset_index(drop=True)
            ids = set(c.claim_groups["group_id"])
            for name in ("group_sources", "group_figures"):
                df = getattr(c, name)
                if df is not None and "group_id" in df.columns:
                    setattr(c, name, df[df["group_id"].isin(ids)].reset_index(drop=True))
    if (date_from or date_to) and not c.events.empty:
        lo = pd.Period(date_from, freq="D").start_time if date_from else pd.Timestamp.min
        hi = date_span(date_to,
                       {4: "year", 7: "month"}.get(len(date_to),
                                                   "day"))[1] if date_to else pd.Timestamp.max

        def inside(d, p):
            if is_missing(d):
                return False
            try:
                s, e = date_span(d, p)
            except (ValueError, TypeError):
                return False
            return s <= hi and e >= lo
        c.events = c.events[[inside(d, p) for d,
                             p in zip(c.events["date"],
                                      c.events["precision"])]].reset_index(drop=True)
    return c


def header(corpus: Corpus, params: ReportParams | dict, story: str = "") -> Html:
    """The block at the top of every report: story, run time, package version, parameters
    used and the articles read (source, outlet, title, date)."""
    if isinstance(params, ReportParams):
        params = params.to_notebook()
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    story = story or params.get("story") or Path(text(params.get("articles"), "articles")).name
    prm = pd.DataFrame({"parameter": list(params), "value": [_show(v) for v in params.values()]})
    n_out = (corpus.articles["outlet"].map(text).replace("",
                                                        pd.NA).nunique()
                                                            if not corpus.articles.empty else 0)
    parts = [
        CSS, '<div class="nd-header">',
        f"<h2>Story: {html.escape(str(story))}</h2>",
        f'<p class="nd-meta">Run at <b class="nd-run-time">{html.escape(now)}</b> · '
        f"newsdesk-analysis {html.escape(__version__)} · {len(corpus.articles)} articles, "
        f"{n_out} named outlets · {html.escape(skipped_line(corpus.errors))}</p>",
        *([f'<p class="nd-meta nd-left-out">{html.escape(line)}</p>']
          if (line := language.left_out_line(corpus.articles)) else []),
        "<details><summary>Parameters used</summary>",
        tables.Table(prm).to_html(),
        "</details>",
        '<p class="nd-meta">The articles read are listed at the end of this report.</p>',
        "</div>",
    ]
    return Html("\n".join(parts))


def articles_read(corpus: Corpus) -> Html:
    """The articles read (source, title, date, words, file), folded: the last block of every
    report, so the answer comes first however many articles there are."""
    arts = tables.articles_table(corpus.articles)
    table = tables.Table(arts[["source", "title", "published", "words",
                               "file"]] if not arts.empty else arts,
                         empty="No articles were read.")
    return Html(CSS + '<details class="nd-articles"><summary>Articles read '
                f'({len(corpus.articles):,})'
                f"</summary>{table.to_html()}</details>")


def parameters(namespace: dict) -> ReportParams:
    """The report parameters the notebook's ``parameters`` cell (and papermill) set, read
    and checked against the one contract, :class:`ReportParams`: pass ``globals()``. A
    missing name is a NameError, a value that cannot work a ParamError, before anything
    loads (the build has checked the articles already)."""
    return ReportParams.from_mapping(namespace).check(files=False)


def start(params: ReportParams) -> tuple[Corpus, Corpus]:
    """Every report notebook's first step: the whole corpus (:func:`open_corpus`) and the
    corpus narrowed to the focus parameters (:func:`focus`)."""
    full = open_corpus(params.articles, params.frames_dir, params.reference_date)
    return full, focus(full, params.focus_entities, params.focus_kinds, params.date_from,
                       params.date_to)


def _show(v) -> str:
    if isinstance(v, (list, tuple)):
        return ", ".join(map(str, v)) if v else "(all)"
    return "(none)" if is_missing(v) else str(v)


def show_table(df: pd.DataFrame, empty: str = "Nothing to show.",
               caption: str = "") -> tables.Table:
    """``df`` as an escaped HTML table."""
    return tables.Table(df, empty=empty, caption=caption)


def previous_frames(out_dir: str) -> Corpus | None:
    """The frames of the build before this one (``out_dir/data/previous``), if any."""
    p = Path(located(out_dir)) / "data" / "previous"
    return Corpus.from_parquet(p) if (p / "articles.parquet").exists() else None


def what_changed(corpus: Corpus, out_dir: str) -> Html:
    """The 'what changed' section: this corpus against the previous build's saved frames."""
    ch = changes_mod.compare(previous_frames(out_dir), corpus)
    parts = [CSS, f'<p class="nd-meta nd-changes"><b>{html.escape(ch.summary_line())}</b></p>']
    if not ch.first_run:
        for name, df in ch.sections():
            if not df.empty:
                parts.append(tables.Table(df, caption=f"{name} ({len(df)})").to_html())
    return Html("\n".join(parts))
