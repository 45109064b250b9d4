"""What a report says first, read from the story's answer (:func:`agreement.synthesise`,
computed once per load): the headline per quantity, the conflicts with who says what, and
the words and labels every report shares (sources, kinds, figures).

Nothing here decides a verdict or a headline: that is ``agreement``'s one job.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from .. import kinds as kind_registry
from ..schema import date_label
from ..values import is_missing


def text(v, default: str = "") -> str:
    """``v`` as a display string, ``default`` when missing (a date as YYYY-MM-DD)."""
    if isinstance(v, pd.Timestamp) and not is_missing(v):
        return v.strftime("%Y-%m-%d")
    return default if is_missing(v) else str(v)


def texts(values: pd.Series, default: str = "") -> pd.Series:
    """:func:`text` of each value, as plain strings (a Categorical's ``.map`` would give a
    Categorical back)."""
    return values.astype(object).map(lambda v: text(v, default))


def source_labels(articles: pd.DataFrame) -> dict[str, str]:
    """article_id → a short unique label: the outlet, else the file name."""
    if articles is None or articles.empty:
        return {}
    rows = articles.sort_values(["path", "article_id"], kind="stable", na_position="last")
    base = {}
    for _, r in rows.iterrows():
        outlet = text(r.get("outlet"))
        base[r["article_id"]] = outlet or Path(text(r.get("path"), str(r["article_id"]))).name
    counts = Counter(base.values())
    labels = {}
    for aid, lab in base.items():
        if counts[lab] > 1:
            path = text(rows.loc[rows["article_id"] == aid, "path"].iloc[0])
            lab = f"{lab} ({Path(path).name or aid})"
        labels[aid] = lab
    return labels


#: A chart's source line names at most this many sources; beyond, it counts them.
MAX_NAMED_SOURCES = 12


def source_line(articles: pd.DataFrame, article_ids=None) -> str:
    """'Source: A, B, C' naming the articles a chart is drawn from (all articles by default);
    on a large corpus the first ``MAX_NAMED_SOURCES`` names and how many there are in all."""
    labels = source_labels(articles)
    if article_ids is not None:
        wanted = set(article_ids)
        labels = {k: v for k, v in labels.items() if k in wanted}
    names = sorted(set(labels.values()), key=str.lower)
    if not names:
        return "Source: no articles"
    if len(names) > MAX_NAMED_SOURCES:
        return (f"Source: {len(names):,} sources ({len(labels):,} articles): "
                f"{some_names(names, MAX_NAMED_SOURCES)} (every article is listed at the top of "
                "the report)")
    return "Source: " + ", ".join(names)


def some_names(names: list[str], limit: int) -> str:
    """'A, B, C and 9 more': the first ``limit`` of ``names``, then how many are left."""
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit:,} more" if len(names) > limit else "")


def kind_order(kinds) -> list[str]:
    """Kinds in report order: the registry's (:mod:`analysis.kinds`) first, then the rest
    alphabetically."""
    kinds = {k for k in kinds if not is_missing(k)}
    order = kind_registry.display_order()
    return [k for k in order if k in kinds] + sorted(kinds - set(order))


def people_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims counting people, with a usable value and kind."""
    if claims is None or claims.empty or "counted_class" not in claims.columns:
        return pd.DataFrame(columns=list(claims.columns) if claims is not None else [])
    c = claims[claims["counted_class"] == "people"].copy()
    c = c[pd.to_numeric(c["value"], errors="coerce").notna()]
    kind = c["kind"]
    c["kind"] = (kind.fillna(kind_registry.OTHER) if isinstance(kind.dtype, pd.CategoricalDtype)
                 else kind.map(lambda k: text(k, "other")))
    return c


#: The population of a figure that counts an exchange in both directions ("a swap involving
#: almost 300 people"): another quantity than what one side freed.
BOTH_SIDES = "both sides of the exchange"


def group_label(kind, destination=None, when=None, prospective=False, population=None) -> str:
    """'transferred → Ukraine (june)': a claim group's kind, destination and time phrase;
    'remaining (prospect)' for a group of prospects ("could free up to 1,000"); 'remaining,
    journalists' for a class of people counted on its own."""
    label = text(kind, "other").replace("_", " ")
    if text(population):
        label += f", {text(population)}"
    if text(destination):
        label += f" → {text(destination)}"
    if text(when):
        label += f" ({text(when)})"
    if prospective is True:
        label += " (prospect)"
    return label


HEDGE_WORDS = {"exact": "", "at_least": "at least ", "more_than": "more than ", "up_to": "up to ",
               "fewer_than": "fewer than ", "about": "about "}


def describe(r) -> str:
    """'more than 1,000' — a claim's figure in words, hedge included."""
    return describe_figure(r.get("value"), r.get("qualifier"))


def describe_figure(value, qualifier=None) -> str:
    """'more than 1,000' from 1000.0 and 'more_than'."""
    return f"{HEDGE_WORDS.get(text(qualifier, 'exact'), '')}{fmt_number(value)}"


def _report_order(groups: pd.DataFrame) -> pd.DataFrame:
    """Groups in the order a report shows them: by kind, then the most sources first."""
    order = {k: i for i, k in enumerate(kind_order(groups["kind"]))}
    return (groups.assign(_k=groups["kind"].astype(object).map(lambda k: order.get(k, len(order))),
                          _p=groups["prospective"].map(lambda p: p is True))
            .sort_values(["_p", "_k", "n_sources", "label"], ascending=[True, True, False, True],
                         kind="stable")
            .drop(columns=["_k", "_p"]).reset_index(drop=True))


def headlines(groups: pd.DataFrame, min_sources: int = 1) -> pd.DataFrame:
    """The story's answer, one row per quantity in report order: ``label``, ``answer`` (the
    headline figure and who gives it, or 'disputed: …'), ``verdict``, ``status`` and the
    source counts, read from ``claim_groups``."""
    cols = ["group_id", "label", "kind", "answer", "headline_text", "verdict", "status",
            "n_sources",
            "n_whole", "n_support", "n_parts"]
    if groups is None or groups.empty or "answer" not in groups.columns:
        return pd.DataFrame(columns=cols)
    g = _report_order(groups[groups["n_sources"] >= min_sources])
    return g[cols].reset_index(drop=True)


def conflicts(groups: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Quantities on which sources conflict, with who says what: ``label``, ``answer``,
    ``says`` ('114: A, B · 109: C', a few names per figure and how many more) and ``parts``."""
    cols = ["group_id", "label", "answer", "says", "parts", "n_sources"]
    if groups is None or groups.empty or "answer" not in groups.columns:
        return pd.DataFrame(columns=cols)
    g = _report_order(groups[groups["verdict"] == "conflict"])
    rows = []
    for r in g.itertuples(index=False):
        f = (figures[figures["group_id"] == r.group_id]
             if figures is not None and not figures.empty else figures)
        says = [] if f is None else [
            f"{x.figure}: {x.n_sources:,} source{'s' if x.n_sources != 1 else ''} "
            f"({some_names(list(x.sources), 3)})"
            for x in f.itertuples(index=False) if not x.part]
        parts = [] if f is None else [f"{x.figure} ({some_names(list(x.sources), 3)})"
                                      for x in f.itertuples(index=False) if x.part]
        rows.append({"group_id": r.group_id, "label": r.label, "answer": r.answer,
                     "says": " · ".join(says),
                     "parts": " · ".join(parts), "n_sources": r.n_sources})
    return pd.DataFrame(rows, columns=cols)


def fmt_number(v) -> str:
    """1234.0 → '1,234'; 2.5 → '2.5'; missing → '—'."""
    if is_missing(v):
        return "—"
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    return f"{f:,.0f}" if f == int(f) else f"{f:,.2f}".rstrip("0").rstrip(".")


def date_span(date: str, precision: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """(start, end) of an ISO prefix at its precision: a year, quarter or month is the whole
    period, a week the seven days from the date given, a day one day. Raises ValueError."""
    precision = text(precision, "day")
    date = date_label(date, precision)  # a typed date, shown at its precision; text as it is
    if precision == "week":
        start = pd.Timestamp(str(date)[:10])
        return start, start + pd.Timedelta(days=7) - pd.Timedelta(1)
    freq = {"year": "Y", "quarter": "Q", "month": "M"}.get(precision, "D")
    p = pd.Period(str(date), freq=freq)
    return p.start_time, p.end_time


#: Event categories that date people counted in the story's answer: the kinds they date, and
#: the verb of the label.
ANSWERED_CATEGORIES = {"release": {kind_registry.RELEASED: "released",
                                   kind_registry.EARLIER_RELEASE: "released"},
                       "transfer": {kind_registry.TRANSFERRED: "transferred"}}


def answer_labels(corpus) -> dict[str, str]:
    """event_id → a timeline label built from the story's answer for an event that dates a
    counted release or transfer: the quantity counted in the event's own sentence, with the
    figure the sources settle on and the noun they count ("123 prisoners released",
    "114 prisoners transferred to Ukraine"). Events with no such figure get none."""
    ev, cl = corpus.events, corpus.claims
    gs, cg = corpus.group_sources, corpus.claim_groups
    if any(f is None or f.empty for f in (ev, cl, gs, cg)):
        return {}
    group_of = {str(i): g for g, ids in zip(gs["group_id"], gs["claim_ids"]) for i in ids}
    groups = {g.group_id: g for g in cg.itertuples(index=False)}
    nouns: dict[str, Counter] = {}
    by_sentence: dict[tuple, list[str]] = {}
    for cid, aid, sent, counted in zip(cl["claim_id"], cl["article_id"], cl["sentence"],
                                       cl["counted"]):
        g = group_of.get(str(cid))
        if g is None:
            continue
        by_sentence.setdefault((aid, sent), []).append(g)
        words = text(counted).split()
        if words and words[-1].isalpha() and words[-1].islower():
            nouns.setdefault(g, Counter())[words[-1]] += 1
    labels = {}
    for eid, aid, sent, cat in zip(ev["event_id"], ev["article_id"], ev["sentence"],
                                   ev["category"]):
        verbs = ANSWERED_CATEGORIES.get(text(cat), {})
        found = [groups[g] for g in by_sentence.get((aid, sent), ()) if g in groups]
        found = [g for g in found if text(g.kind) in verbs and text(g.status) != "disputed"
                 and not is_missing(g.headline) and g.prospective is not True]
        if not found:
            continue
        g = max(found, key=lambda g: (g.n_sources, float(g.headline), g.group_id))
        noun = nouns.get(g.group_id, Counter()).most_common(1)
        verb = "exchanged" if text(g.population) == BOTH_SIDES else verbs[text(g.kind)]
        label = f"{text(g.headline_text)} {noun[0][0] if noun else 'people'} {verb}"
        if text(g.destination):
            label += f" to {text(g.destination)}"
        labels[eid] = label
    return labels
