"""Matplotlib charts for the reports. Each function takes frames and returns a Figure with a
title, labelled axes, units and a source line naming the articles it is drawn from.

Figures are built with ``matplotlib.figure.Figure`` (not pyplot), so nothing is shown twice
in a notebook; :func:`show` renders one to PNG bytes that are identical run after run.
Article text drawn on a chart never goes through mathtext (``$`` stays a dollar sign).
"""
from __future__ import annotations

import io
import math
import textwrap
from contextlib import contextmanager

import matplotlib
import matplotlib.dates as mdates
import matplotlib.patches
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..story import summary
from ..story.summary import date_span, is_missing, source_line
from . import tables

WIDTH_IN = 12.0     # 12 in × 100 dpi = 1,200 px: readable in a 1,280 px window
DPI = 100
RC = {"text.parse_math": False, "font.size": 11, "axes.titlesize": 14, "axes.titleweight": "bold",
      "axes.labelsize": 11, "svg.hashsalt": "newsdesk", "axes.spines.top": False,
      "axes.spines.right": False}
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#bcbd22", "#7f7f7f", "#d62728"]
CONFLICT = "#d62728"
DISPUTED = "#ff7f0e"
# Caps that keep a chart readable (and its image small) on a large corpus. What is left out
# is said on the chart; the tables beside it list everything.
MAX_PANELS = 8      # figures in the agreement chart (x3)
MAX_ROWS = 20       # sources in a panel of counts
MAX_COUNT_ROWS = 120  # rows in all panels of counts together (~55 in of chart)
MAX_HEAT_ROWS = 30  # sources in a heat map
MAX_EVENTS = 60     # dates on the timeline


@contextmanager
def _style():
    with matplotlib.rc_context(RC):
        yield


def show(fig: Figure):
    """A notebook display object for ``fig``: a byte-stable PNG (no software/date metadata)."""
    from IPython.display import Image
    title = fig._suptitle.get_text() if fig._suptitle is not None else "chart"
    return Image(data=to_png(fig), format="png", alt=title)


def to_png(fig: Figure) -> bytes:
    """``fig`` as PNG bytes, without the metadata that would differ between runs."""
    buf = io.BytesIO()
    with _style():
        fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return buf.getvalue()


def _finish(fig: Figure, title: str, source: str, note: str = "") -> Figure:
    fig.suptitle(title, x=0.01, ha="left", fontsize=15, fontweight="bold")
    lines = textwrap.wrap(note, 150) if note else []
    lines += textwrap.wrap(source, 150)
    height = fig.get_figheight()
    foot = min(0.45, (0.17 * len(lines) + 0.12) / height)  # footer as a fraction of the figure
    engine = fig.get_layout_engine()
    if engine is not None and hasattr(engine, "set"):
        engine.set(rect=(0, foot, 1, 1 - foot))
    fig.text(0.01, 0.04 / height, "\n".join(lines), ha="left", va="bottom", fontsize=9,
             color="#444444")
    return fig


def _empty(title: str, message: str, source: str) -> Figure:
    with _style():
        fig = Figure(figsize=(WIDTH_IN, 2.2), layout="constrained")
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=12, color="#555555")
        return _finish(fig, title, source)


def _keep_top(df: pd.DataFrame, score: pd.Series, n: int) -> pd.DataFrame:
    """The ``n`` rows of ``df`` with the highest ``score`` (ties: the earlier row), in
    ``df``'s own order; ``df`` itself when it has no more than ``n`` rows."""
    if len(df) <= n:
        return df
    keep = score.sort_values(ascending=False, kind="stable").index[:n]
    return df[df.index.isin(keep)]


def _wrap(label: str, width: int = 28) -> str:
    return "\n".join(textwrap.wrap(label, width)) or label


# --- people counts by source --------------------------------------------------------------

def counts_panels(groups: pd.DataFrame, sources: pd.DataFrame,
                  figures: pd.DataFrame) -> list[dict]:
    """What :func:`counts_by_source` draws, read from the story's answer: one panel per
    quantity (report order, those most sources give while the rows fit), each with its
    ``title`` (the quantity and its answer), ``headline`` and ``rows``. A panel of at most
    ``MAX_ROWS`` sources has a row per source; a larger one a row per figure with the
    number of sources giving it."""
    heads = summary.headlines(groups)
    if heads.empty:
        return []
    panels = []
    for h in heads.itertuples(index=False):
        g = groups[groups["group_id"] == h.group_id].iloc[0]
        src = sources[sources["group_id"] == h.group_id]
        if len(src) <= MAX_ROWS:
            rows = pd.DataFrame({
                "label": src["source"], "value": src["value"].astype(float),
                "low": src["low"].map(lambda v: -math.inf if is_missing(v) else float(v)),
                "high": src["high"].map(lambda v: math.inf if is_missing(v) else float(v)),
                "figure": src["figure"], "part": src["part"].astype(bool),
                "supports": src["supports"],
                "n_sources": 1, "other_values": src["other_values"]})
            rows = rows.sort_values("label", key=lambda s: s.str.lower(), kind="stable")
        else:
            fig = figures[figures["group_id"] == h.group_id]
            rows = pd.DataFrame({
                "label": [f"{n:,} source{'s' if n != 1 else ''}: {summary.some_names(list(ss), 2)}"
                          for n, ss in zip(fig["n_sources"], fig["sources"])],
                "value": fig["value"].astype(float),
                "low": fig["low"].map(lambda v: -math.inf if is_missing(v) else float(v)),
                "high": fig["high"].map(lambda v: math.inf if is_missing(v) else float(v)),
                "figure": fig["figure"], "part": fig["part"].astype(bool),
                "supports": fig["supports"],
                "n_sources": fig["n_sources"], "other_values": [[] for _ in range(len(fig))]})
            rows = rows.head(MAX_ROWS)
        panels.append({"group_id": h.group_id, "label": h.label, "answer": h.answer,
                       "verdict": h.verdict, "status": g["status"],
                       "headline": None if is_missing(g["headline"]) else float(g["headline"]),
                       "n_sources": int(h.n_sources),
                       "n_figures": int((figures["group_id"] == h.group_id).sum()),
                       "rows": rows.reset_index(drop=True)})
    keep, total = [], 0
    for p in sorted(panels, key=lambda p: -p["n_sources"]):  # stable: report order on ties
        if keep and total + len(p["rows"]) > MAX_COUNT_ROWS:
            continue
        keep.append(p["group_id"])
        total += len(p["rows"])
    return [p for p in panels if p["group_id"] in keep]


def _row_color(r) -> str:
    if r["part"]:
        return "#888888"
    if r["supports"] is None or is_missing(r["supports"]):
        return DISPUTED
    return PALETTE[0] if r["supports"] else CONFLICT


def counts_by_source(groups: pd.DataFrame, sources: pd.DataFrame, figures: pd.DataFrame,
                     articles: pd.DataFrame) -> Figure:
    """People counts as each source states them, one panel per quantity (kind, destination,
    time), one row per source (per figure on a large corpus, with how many sources give it).

    A dot is the figure stated; a bar its hedge, an arrow an open end; hollow rings are other
    figures the same source gives. Blue: allows the headline figure (dotted line); red: does
    not; orange: a disputed quantity; grey: a part of the quantity, not a rival total.
    """
    title = "People counts as each source reports them"
    panels = counts_panels(groups, sources, figures)
    if not panels:
        return _empty(title, "No counts of people were found in these articles.",
                      source_line(articles))
    n_groups = len(summary.headlines(groups))
    heights = [max(1.4, 0.45 * len(p["rows"]) + 1.1) for p in panels]
    with _style():
        fig = Figure(figsize=(WIDTH_IN, sum(heights) + 1.4), layout="constrained")
        axes = fig.subplots(len(panels), 1, squeeze=False, height_ratios=heights)[:, 0]
        for ax, p in zip(axes, panels):
            g = p["rows"].iloc[::-1].reset_index(drop=True)
            finite = [v for v in list(g["value"]) + list(g["low"]) + list(g["high"])
                      + [x for xs in g["other_values"] for x in xs] if math.isfinite(v)]
            lo_all, hi_all = min(finite), max(finite)
            span = (hi_all - lo_all) or max(abs(hi_all), 1.0)
            span = max(span, 4.0)  # at least a few whole numbers on the axis
            left, right = max(0.0, lo_all - 0.25 * span), hi_all + 0.25 * span
            if p["headline"] is not None:
                ax.axvline(p["headline"], color="#999999", lw=1, ls=":", zorder=1)
            for y, r in g.iterrows():
                color = _row_color(r)
                lo = r["low"] if math.isfinite(r["low"]) else left
                hi = r["high"] if math.isfinite(r["high"]) else right
                if hi > lo:
                    ax.plot([lo, hi], [y, y], color=color, lw=6, alpha=0.35, solid_capstyle="butt",
                            zorder=2)
                if not math.isfinite(r["high"]):
                    ax.annotate("", xy=(right, y), xytext=(r["value"], y),
                                arrowprops=dict(arrowstyle="->", color=color, lw=1.5))
                if not math.isfinite(r["low"]):
                    ax.annotate("", xy=(left, y), xytext=(r["value"], y),
                                arrowprops=dict(arrowstyle="->", color=color, lw=1.5))
                for other in r["other_values"]:
                    ax.plot(other, y, "o", mfc="none", mec="#777777", ms=7, zorder=3)
                ax.plot(r["value"], y, "o", color=color, ms=9, zorder=4)
                label = r["figure"] + (" (part)" if r["part"] else "")
                ax.annotate(label, (r["value"], y), xytext=(0, 9), textcoords="offset points",
                            ha="center", fontsize=10, color=color)
            ax.set_yticks(range(len(g)), [_wrap(s, 40) for s in g["label"]])
            ax.set_ylim(-0.7, len(g) - 0.3)
            ax.set_xlim(left, right)
            shown = ""
            if len(g) < (p["n_sources"] if g["n_sources"].max() == 1 else p["n_figures"]):
                shown = f" (the first {len(g)} rows)"
            ax.set_title(_wrap(f"{p['label'].replace('_', ' ')}: {p['answer']}{shown}", 95),
                         loc="left", fontsize=12)
            ax.set_xlabel("number of people")
            ax.set_ylabel("source" if g["n_sources"].max() == 1 else "sources giving the figure")
            ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
            ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
            ax.grid(axis="x", color="#eeeeee")
        note = ("Dot: the figure stated. Bar: its hedge. Arrow: open-ended (at least, more than, "
                "up to). "
                "Ring: another figure from the same source. Dotted line: the headline figure. "
                "Blue: allows "
                "it; red: does not; orange: disputed, no figure has a majority; grey: part of the "
                "quantity.")
        if len(panels) < n_groups:
            note += (f" The {len(panels)} quantities given by most sources are drawn, of "
                     f"{n_groups:,}.")
        ids = sources[sources["group_id"].isin([p["group_id"] for p in panels])]["article_id"]
        return _finish(fig, title, source_line(articles, ids), note)


# --- coverage ------------------------------------------------------------------------------

def _heatmap(ax, matrix: pd.DataFrame, cmap: str, unit: str):
    data = matrix.to_numpy(dtype=float)
    im = ax.imshow(data, aspect="auto", cmap=cmap, vmin=0,
                   vmax=max(1.0, float(np.nanmax(data)) if data.size else 1.0))
    ax.set_xticks(range(matrix.shape[1]), [_wrap(str(c), 22) for c in matrix.columns],
                  rotation=50, ha="right", rotation_mode="anchor", fontsize=9)
    ax.set_yticks(range(matrix.shape[0]), [_wrap(str(i), 30) for i in matrix.index], fontsize=10)
    ax.spines[:].set_visible(False)
    vmax = data.max() if data.size else 1
    for (i, j), v in np.ndenumerate(data):
        if v:
            ax.text(j, i, f"{v:,.0f}", ha="center", va="center", fontsize=9,
                    color="white" if v > 0.6 * vmax else "black")
    return im


def _coverage_figure(m: pd.DataFrame, title: str, cmap: str, unit: str, xlabel: str,
                     articles: pd.DataFrame) -> Figure:
    """A source × column count matrix as an annotated heat map with a count colour bar; on a
    large corpus, the ``MAX_HEAT_ROWS`` sources with the highest counts."""
    n_sources = len(m.index)
    m = _keep_top(m, m.sum(axis=1), MAX_HEAT_ROWS)
    with _style():
        fig = Figure(figsize=(WIDTH_IN, 2.8 + 0.5 * len(m.index) + 0.08 * max(len(str(c))
                                                                              for c in m.columns)),
                     layout="constrained")
        ax = fig.add_subplot()
        im = _heatmap(ax, m, cmap, unit)
        ax.set_xlabel(xlabel)
        ax.set_ylabel("source" if len(m.index) == n_sources
                      else f"source (the {len(m.index)} of {n_sources:,} with the highest counts)")
        fig.colorbar(im, ax=ax, label=f"{unit} (count)", shrink=0.8,
                     ticks=matplotlib.ticker.MaxNLocator(integer=True))
        return _finish(fig, title, source_line(articles))


def coverage_entities(mentions: pd.DataFrame, entities: pd.DataFrame, articles: pd.DataFrame,
                      top: int = 25) -> Figure:
    """Outlet × entity: how many times each source mentions each of the most-covered entities."""
    title = "Who mentions whom: mentions of the main entities, by source"
    m = tables.coverage_entity_matrix(mentions, entities, articles, top=top)
    if m.empty:
        return _empty(title, "No entities were found in these articles.", source_line(articles))
    return _coverage_figure(m, title, "Blues", "mentions",
                            f"entity (the {m.shape[1]} mentioned by most sources)", articles)


def coverage_claims(claims: pd.DataFrame, articles: pd.DataFrame, top: int = 25) -> Figure:
    """Outlet × figure: which source states which count (kind and value)."""
    title = "Who reports which figure: counts stated, by source"
    m = tables.coverage_claim_matrix(claims, articles, top=top)
    if m.empty:
        return _empty(title, "No counted figures were found in these articles.",
                      source_line(articles))
    return _coverage_figure(m, title, "Oranges", "times stated",
                            "figure (kind: value, what is counted)", articles)


# --- timeline ------------------------------------------------------------------------------

def _lanes(ax, ev: pd.DataFrame, colors: dict) -> None:
    """Draw ``ev`` (timeline rows) on ``ax``: one lane per category, one row per date; the
    date as written on the left, the event's label on the right (one line a row, so labels
    never overlap), the axis spanning the dated events."""
    y = 0
    ticks, ticklabels, labels, bands = [], [], [], []
    for cat in dict.fromkeys(ev["category"]):
        g = ev[ev["category"] == cat]
        y += 0.5  # room for the lane's name
        top = y
        for _, r in g.iterrows():
            start, end = date_span(r["date"], r["precision"])
            c = colors[cat]
            if (end - start) <= pd.Timedelta(days=1):
                ax.plot(start + (end - start) / 2, y, "o", color=c, ms=8)
            else:
                ax.barh(y, end - start, left=start, height=0.5, color=c, alpha=0.55)
            ticks.append(y)
            ticklabels.append(f"{r['date']} ({r['precision']})")
            labels.append(r["label"])
            y += 1
        bands.append((cat, top, y - 1))
        y += 0.6
    for cat, top, bottom in bands:
        ax.axhspan(top - 0.95, bottom + 0.45, color=colors[cat], alpha=0.07)
        ax.text(0.005, top - 0.55, cat.replace("_", " "), transform=ax.get_yaxis_transform(),
                va="center", ha="left", fontsize=11, fontweight="bold", color=colors[cat])
    ax.set_yticks(ticks, ticklabels, fontsize=9)
    ax.set_ylim(y - 0.4, -0.2)  # first lane on top
    right = ax.secondary_yaxis("right")
    right.set_yticks(ticks, labels, fontsize=9)
    right.tick_params(length=0)
    starts = [date_span(d, p)[0] for d, p in zip(ev["date"], ev["precision"])]
    ends = [date_span(d, p)[1] for d, p in zip(ev["date"], ev["precision"])]
    lo, hi = min(starts), max(ends)
    pad = (hi - lo) * 0.03 + pd.Timedelta(days=1)
    ax.set_xlim(lo - pad, hi + pad)
    loc = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(loc)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc, show_offset=False))
    ax.set_xlabel("date (a dot is a day; a bar spans the week, month or year given)")
    ax.set_ylabel("date as written (precision)")
    ax.grid(axis="x", color="#eeeeee")


def recent_rows(ev: pd.DataFrame, days: int) -> pd.DataFrame:
    """The timeline rows inside the last ``days`` days before the latest date given, when
    the whole timeline is much longer than that (else empty): the close-up of the story."""
    if ev.empty:
        return ev
    spans = [date_span(d, p) for d, p in zip(ev["date"], ev["precision"])]
    latest = max(e for _, e in spans)
    first = min(s for s, _ in spans)
    if latest - first <= pd.Timedelta(days=4 * days):
        return ev.iloc[0:0]
    keep = [s >= latest - pd.Timedelta(days=days) for s, _ in spans]
    near = ev[keep]
    return near if 2 <= len(near) < len(ev) else ev.iloc[0:0]


def timeline(events: pd.DataFrame, articles: pd.DataFrame, recent_days: int = 45,
             answers: dict[str, str] | None = None) -> Figure:
    """Dated events on a real time axis, one lane per category (releases apart from
    sanctions); a day is a dot, a week, month or year a bar spanning it; labels say how many
    sources give the date. When the dates span years, a second panel shows the last
    ``recent_days`` days close up. ``answers`` (:func:`summary.answer_labels`) labels a
    release or transfer with the story's answer ("123 prisoners released")."""
    title = "Timeline of the dated events the articles mention"
    ev = tables.timeline_rows(events, articles, answers=answers)
    n_said = 0 if events is None or events.empty else int(tables.is_statement(events).sum())
    said = (f"; {n_said:,} dated statement{'s' if n_said != 1 else ''} (\u201cX said on "
            "Saturday\u201d) "
            "left out" if n_said else "")
    if ev.empty:
        return _empty(title, f"No dated events were found in these articles{said}.",
                      source_line(articles))
    cats = list(dict.fromkeys(ev["category"]))
    colors = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(cats)}
    n_all = len(ev)
    ev = _keep_top(ev, ev["n_sources"], MAX_EVENTS)  # the dates most sources give
    near = recent_rows(ev, recent_days)
    h_full = 1.2 + 0.42 * len(ev) + 0.3 * len(cats)
    h_near = (1.2 + 0.42 * len(near) + 0.3 * near["category"].nunique()) if len(near) else 0
    with _style():
        fig = Figure(figsize=(WIDTH_IN, 1.0 + h_full + h_near), layout="constrained")
        if len(near):
            ax_full, ax_near = fig.subplots(2, 1, height_ratios=[h_full, h_near])
        else:
            ax_full, ax_near = fig.add_subplot(), None
        _lanes(ax_full, ev, colors)
        ax_full.set_title(("All dated events" if len(ev) == n_all else
                           f"The {len(ev)} dates given by most sources, of {n_all:,}") + said,
                          loc="left", fontsize=12)
        if ax_near is not None:
            _lanes(ax_near, near, colors)
            first = min(date_span(d, p)[0] for d, p in zip(near["date"], near["precision"]))
            last = max(date_span(d, p)[1] for d, p in zip(near["date"], near["precision"]))
            ax_near.set_title(f"Close-up: {first:%d %b %Y} – {last:%d %b %Y} (the dates within "
                              f"{recent_days} "
                              "days of the latest)", loc="left", fontsize=12)
        return _finish(fig, title, source_line(articles, ev["article_ids"].explode()))


# --- entities ------------------------------------------------------------------------------

def entity_variants(entities: pd.DataFrame, articles: pd.DataFrame, top: int = 20) -> Figure:
    """The most-covered entities: how many sources name each, and in how many spellings."""
    title = "Main entities: sources naming each, and the spellings they use"
    t = tables.entity_rows(entities).head(top)
    if t.empty:
        return _empty(title, "No entities were found in these articles.", source_line(articles))
    labels = list(dict.fromkeys(t["label"]))
    colors = {lab: PALETTE[i % len(PALETTE)] for i, lab in enumerate(labels)}
    with _style():
        fig = Figure(figsize=(WIDTH_IN, 1.8 + 0.42 * len(t)), layout="constrained")
        ax = fig.add_subplot()
        t = t.iloc[::-1].reset_index(drop=True)
        ax.barh(range(len(t)), t["n_articles"], color=[colors[lab] for lab in t["label"]])
        for i, r in t.iterrows():
            note = (f"{r['n_mentions']:,} mentions, {r['n_variants']} "
                    f"spelling{'s' if r['n_variants'] != 1 else ''}")
            ax.text(r["n_articles"], i, f"  {note}", va="center", fontsize=9)
        ax.set_yticks(range(len(t)), [f"{_wrap(n, 34)} ({lab})" for n,
                                      lab in zip(t["canonical"], t["label"])],
                      fontsize=9)
        ax.set_xlim(0, max(t["n_articles"]) * 1.35 + 0.5)
        handles = [matplotlib.patches.Patch(color=colors[lab], label=lab) for lab in labels]
        ax.legend(handles=handles, title="type (spaCy label)", loc="lower right", frameon=False)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        ax.set_xlabel("articles naming the entity (count)")
        ax.set_ylabel("entity (spaCy label)")
        return _finish(fig, title, source_line(articles))


# --- agreement -----------------------------------------------------------------------------

def agreement_rows(groups: pd.DataFrame) -> pd.DataFrame:
    """What :func:`agreement` draws: per quantity (those most sources give, report order),
    the sources giving a whole that allow its headline, those that do not, and the parts."""
    cols = ["group_id", "label", "answer", "verdict", "status", "support", "against", "disputed",
            "parts"]
    h = summary.headlines(groups)
    if h.empty:
        return pd.DataFrame(columns=cols)
    h = _keep_top(h, h["n_sources"], 3 * MAX_PANELS)
    disputed = h["status"] == "disputed"
    return pd.DataFrame({
        "group_id": h["group_id"], "label": h["label"], "answer": h["answer"],
        "verdict": h["verdict"],
        "status": h["status"], "support": h["n_support"].where(~disputed, 0),
        "against": (h["n_whole"] - h["n_support"]).where(~disputed, 0),
        "disputed": h["n_whole"].where(disputed, 0), "parts": h["n_parts"]},
                        columns=cols).reset_index(drop=True)


def agreement(groups: pd.DataFrame, articles: pd.DataFrame,
              sources: pd.DataFrame | None = None) -> Figure:
    """Per quantity: how many sources allow its headline figure, how many do not, and how
    many give only a part of it; the answer printed beside each bar."""
    title = "Do the sources agree? Sources allowing or contradicting each headline figure"
    rows = agreement_rows(groups)
    if rows.empty:
        return _empty(title, "No counts of people were found in these articles.",
                      source_line(articles))
    n_all = len(summary.headlines(groups))
    with _style():
        fig = Figure(figsize=(WIDTH_IN, 1.9 + 0.6 * len(rows)), layout="constrained")
        ax = fig.add_subplot()
        h = rows.iloc[::-1].reset_index(drop=True)
        left = np.zeros(len(h))
        for col, color, name in (("support", "#2ca02c", "allows the headline figure"),
                                 ("against", CONFLICT, "does not allow it"),
                                 ("disputed", DISPUTED, "disputed: no figure has a majority"),
                                 ("parts", "#999999", "gives only a part of the quantity")):
            vals = h[col].to_numpy(dtype=float)
            if vals.any():
                ax.barh(range(len(h)), vals, left=left, color=color, label=name)
            left += vals
        for i, r in h.iterrows():
            ax.text(left[i], i, "  " + _wrap(r["answer"], 80), va="center", fontsize=9)
        ax.set_yticks(range(len(h)), [_wrap(k.replace("_", " "), 40) for k in h["label"]])
        ax.set_xlim(0, max(left.max(), 1) * 2.4 + 0.5)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        ax.set_xlabel("sources (count)")
        ax.set_ylabel("quantity" if len(rows) == n_all
                      else f"quantity (the {len(rows)} of {n_all:,} given by most sources)")
        ax.legend(loc="lower right", frameon=False)
        ids = None
        if sources is not None and not sources.empty:
            ids = sources[sources["group_id"].isin(set(rows["group_id"]))]["article_id"]
        return _finish(fig, title, source_line(articles, ids))
